package org.competencygraph.importer;

import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * A standard occupation: a job (with the properties the rest of the application reads) labelled {@code Occupation}.
 *
 * @param aliases other titles; null when the release has no file of them, so that a stored list stays
 * @param sourceDocument the release, e.g. {@code O*NET 30.1 Database}
 * @param sourceTitle the release with its attribution
 * @param sourceUrl the occupation's page (O*NET OnLine) or URI (ESCO)
 * @param details what only one framework says of an occupation
 */
public record OccupationRow(String id, Framework framework, String sourceId, String release, String title,
		@Nullable String code, @Nullable List<String> aliases, @Nullable String summary, String sourceDocument,
		String sourceTitle, String sourceUrl, Details details) implements NodeRow {

	/** What only one framework says of an occupation. */
	public sealed interface Details {
	}

	/**
	 * O*NET's job zone (1-5, how much preparation the occupation needs) and its name; null without a rating. Its
	 * interests: the occupational interest (OI) ratings 1-7 of the six RIASEC types in the order Realistic,
	 * Investigative, Artistic, Social, Enterprising, Conventional (Interests.txt); null without them.
	 *
	 * @param residualOf for a residual occupation (SOC's "All Other": O*NET describes it only with a catalogue note,
	 * "All computer occupations not listed separately", and gives it no tasks or ratings), the group it is the rest
	 * of, e.g. "Computer Occupations"; null for every other occupation. A residual occupation has no detailed
	 * profile, and its title is compared with others' as the group's name ({@code comparedTitle}).
	 */
	public record OnetDetails(@Nullable Long jobZone, @Nullable String jobZoneName, @Nullable List<Double> interests,
			@Nullable String residualOf) implements Details {
	}

	/** ESCO's ISCO unit group of the occupation (4 digits), also its job family. */
	public record EscoDetails(String iscoGroup) implements Details {
	}

	@Override
	public KeyLabel keyLabel() {
		return KeyLabel.JOB;
	}

	@Override
	public List<String> labels() {
		return List.of("Occupation");
	}

	@Override
	public Map<String, Object> properties() {
		PropertyMap properties = PropertyMap.node(this.id, this.framework, this.sourceId, this.release)
			.put("title", this.title)
			.put("code", this.code)
			.put("aliases", this.aliases)
			.put("summary", this.summary)
			.put("detailedProfile", !(this.details instanceof OnetDetails onet && onet.residualOf() != null))
			.put("sourceDocument", this.sourceDocument)
			.put("sourceTitle", this.sourceTitle)
			.put("sourceUrl", this.sourceUrl);
		switch (this.details) {
			case OnetDetails onet -> properties.put("jobZone", onet.jobZone())
				.put("jobZoneName", onet.jobZoneName())
				.put("interests", onet.interests())
				.put("comparedTitle", onet.residualOf());
			case EscoDetails esco -> properties.put("iscoGroup", esco.iscoGroup());
		}
		return properties.toMap();
	}

}
