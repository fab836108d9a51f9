package org.competencygraph.importer;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A requirement of a standard occupation, with the properties the job-profile importer writes: the project's
 * priority, level (0-7) and importance (0-1), and where it comes from.
 *
 * @param job the occupation's id
 * @param capability the capability's id
 * @param priority {@code essential} or {@code desirable}
 * @param sourceDocument the file it was read from
 * @param sourceSection where in the file, e.g. {@code Skills / Critical Thinking (2.A.2.a)}
 * @param sourceText the source's values in words
 * @param values the source's own values beside the project's, where the source has figures; null for none
 */
public record RequiresRow(String job, String capability, String priority, @Nullable Double level,
		@Nullable Double importance, String sourceDocument, String sourceSection, String sourceText,
		@Nullable SourceValues values) implements RelationshipRow {

	/** The source's own values behind a requirement, kept as they were read. */
	public sealed interface SourceValues {
	}

	/** O*NET's importance (1-5) and level (0-7) of a skill or knowledge area; null when suppressed. */
	public record OnetRating(@Nullable Double onetImportance, @Nullable Double onetLevel) implements SourceValues {
	}

	/** O*NET's Work Styles Impact (-3..3) and Distinctiveness Rank (0-10, null when not given). */
	public record OnetWorkStyle(double onetWorkStyleImpact, @Nullable Double onetDistinctivenessRank)
			implements SourceValues {
	}

	/** O*NET's Hot Technology and In Demand flags of a technology for the occupation. */
	public record OnetTechnology(boolean hotTechnology, boolean inDemand) implements SourceValues {
	}

	/** The share of O*NET's respondents (percent) whose answer is the typical (median) category. */
	public record OnetEducation(double shareOfRespondents) implements SourceValues {
	}

	@Override
	public String from() {
		return this.job;
	}

	@Override
	public String to() {
		return this.capability;
	}

	@Override
	public Map<String, Object> properties() {
		PropertyMap properties = new PropertyMap().put("priority", this.priority)
			.put("level", this.level)
			.put("importance", this.importance)
			.put("derivedFromDuty", false)
			.put("sourceDocument", this.sourceDocument)
			.put("sourceSection", this.sourceSection)
			.put("sourceText", this.sourceText);
		switch (this.values) {
			case null -> {
			}
			case OnetRating rating -> properties.put("onetImportance", rating.onetImportance())
				.put("onetLevel", rating.onetLevel());
			case OnetWorkStyle style -> properties.put("onetWorkStyleImpact", style.onetWorkStyleImpact())
				.put("onetDistinctivenessRank", style.onetDistinctivenessRank());
			case OnetTechnology technology -> properties.put("hotTechnology", technology.hotTechnology())
				.put("inDemand", technology.inDemand());
			case OnetEducation education -> properties.put("shareOfRespondents", education.shareOfRespondents());
		}
		return properties.toMap();
	}

}
