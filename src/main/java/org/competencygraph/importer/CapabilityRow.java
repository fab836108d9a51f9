package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * A capability of a framework, labelled with its kind as the seed graph's are.
 *
 * @param aliases other names; null when the framework has none to give
 * @param externalIds {@code onet:<element id>} or {@code esco:<concept URI>}, the convention seed capabilities use
 * to name the concept; null when the concept has no such id
 * @param details what only one kind of framework capability says
 */
public record CapabilityRow(String id, Framework framework, String sourceId, String release, CapabilityKind kind,
		String name, @Nullable String description, @Nullable List<String> aliases, @Nullable List<String> externalIds,
		Details details) implements NodeRow {

	/** What only one kind of framework capability says. */
	public sealed interface Details {
	}

	/** An element of O*NET's content model (a skill, knowledge area or work style) and its domain, e.g. Skills. */
	public record OnetElement(String onetDomain) implements Details {
	}

	/** An O*NET technology: hot when any occupation lists it as such; the UNSPSC commodities it is listed under. */
	public record Technology(boolean hotTechnology, List<String> commodityCodes, List<String> commodityTitles)
			implements Details {
	}

	/** An O*NET education level or length of related work experience. */
	public record Qualification(String qualificationType) implements Details {
	}

	/**
	 * An ESCO skill or knowledge concept.
	 *
	 * @param escoCollections the skill collections that list it; null when the release has none of their files
	 */
	public record EscoSkill(@Nullable String escoSkillType, @Nullable String escoReuseLevel,
			@Nullable List<String> escoCollections) implements Details {

		public EscoSkill withCollections(List<String> collections) {
			return new EscoSkill(this.escoSkillType, this.escoReuseLevel, collections);
		}

	}

	/** The same capability with other details. */
	public CapabilityRow withDetails(Details details) {
		return new CapabilityRow(this.id, this.framework, this.sourceId, this.release, this.kind, this.name,
				this.description, this.aliases, this.externalIds, details);
	}

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.CAPABILITY;
	}

	@Override
	public List<String> labels() {
		return List.of(this.kind.label());
	}

	@Override
	public Map<String, Object> properties() {
		PropertyMap properties = PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("kind", this.kind.label())
			.put("name", this.name)
			.put("description", this.description)
			.put("aliases", this.aliases)
			.put("externalIds", this.externalIds);
		switch (this.details) {
			case OnetElement element -> properties.put("onetDomain", element.onetDomain());
			case Technology technology -> properties.put("technology", true)
				.put("hotTechnology", technology.hotTechnology())
				.put("commodityCodes", technology.commodityCodes())
				.put("commodityTitles", technology.commodityTitles());
			case Qualification qualification -> properties.put("qualificationType",
					qualification.qualificationType());
			case EscoSkill skill -> properties.put("escoSkillType", skill.escoSkillType())
				.put("escoReuseLevel", skill.escoReuseLevel())
				.put("escoCollections", skill.escoCollections());
		}
		return properties.toMap();
	}

}
