package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.extraction.DraftProfile.Duty;
import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.jspecify.annotations.Nullable;

/** A job being drafted: its requirements by capability, the first sentence naming one kept. */
final class DraftJob {

	final String id;

	final String title;

	final @Nullable String code;

	final String organization;

	final Map<String, String> metadata;

	final @Nullable String grade;

	final List<String> summary;

	final @Nullable String includes;

	final List<Duty> duties = new ArrayList<>();

	final Map<String, Requirement> requirements = new LinkedHashMap<>();

	DraftJob(String id, String title, @Nullable String code, String organization, Map<String, String> metadata,
			@Nullable String grade, List<String> summary, @Nullable String includes) {
		this.id = id;
		this.title = title;
		this.code = code;
		this.organization = organization;
		this.metadata = metadata;
		this.grade = grade;
		this.summary = summary;
		this.includes = includes;
	}

	/** A capability named twice keeps its first sentence (unless a later one says more), essential when either says so. */
	void add(Requirement requirement) {
		Requirement known = this.requirements.get(requirement.capabilityId());
		if (known == null) {
			if (this.requirements.size() < 500) {
				this.requirements.put(requirement.capabilityId(), requirement);
			}
			return;
		}
		if (known.priority().equals("desirable") && requirement.priority().equals("essential")) {
			this.requirements.put(requirement.capabilityId(), requirement);
		}
		// A stated requirement replaces one derived from a duty (its level, provenance and assessment say more), but
		// a capability a duty implies stays essential: essential when any sentence says so.
		else if (known.derivedFromDuty() != null && requirement.derivedFromDuty() == null) {
			this.requirements.put(requirement.capabilityId(), known.priority().equals("essential")
					&& requirement.priority().equals("desirable") ? essential(requirement, "a duty of the job implies it")
							: requirement);
		}
		// So does a later sentence giving the level the first lacks ("Strong knowledge of Windows Server", then
		// "Windows Server: 3 years (Required)" in an Indeed posting's footer), essential when the first says so, when
		// its match is at least as sure: a weaker one is more often a wrong match the first sentence hid ("Some
		// familiarity with hotel systems" after "A genuine commitment to great customer service").
		else if (known.level() == null && requirement.level() != null && requirement.derivedFromDuty() == null
				&& requirement.confidence() >= known.confidence()) {
			this.requirements.put(requirement.capabilityId(), known.priority().equals("essential")
					&& requirement.priority().equals("desirable")
							? essential(requirement, "'" + known.provenance().text() + "' says so") : requirement);
		}
	}

	private static Requirement essential(Requirement r, String why) {
		return new Requirement(r.capability(), "essential", null, r.level(), r.levelText(), r.assessedBy(),
				r.criterion(), r.derivedFromDuty(), r.provenance(), r.confidence(),
				r.evidence() + "; essential, as " + why + " (the sentence says " + r.priority() + ")", r.candidates());
	}

	Job job() {
		String summary = this.summary.isEmpty() ? null : String.join(" ", this.summary);
		if (summary != null && summary.length() > 10_000) {
			summary = summary.substring(0, 10_000);
		}
		return new Job(this.id, this.title, this.code, this.organization, this.metadata.get("department"),
				this.grade, this.metadata.get("family"), summary, this.includes, this.duties,
				List.copyOf(this.requirements.values()));
	}

}
