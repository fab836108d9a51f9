package org.competencygraph.analysis;

import java.util.List;

import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.job.Job;

/** Small hand-made indexes for unit tests: capabilities and jobs named by short ids. */
public final class TestIndexes {

	public static final Scoring SCORING = new Scoring(1.0, 0.5, 0.5);

	private TestIndexes() {
	}

	public static Capability capability(String id) {
		return new Capability(id, CapabilityKind.SKILL, "Name of " + id, List.of(), null, null, List.of());
	}

	public static Job job(String id) {
		return job(id, "Org");
	}

	public static Job job(String id, String organization) {
		return new Job(id, "Title of " + id, List.of(), null, new Job.Organization(organization.toLowerCase(), organization),
				null, null, null, null, null, null, true, null);
	}

}
