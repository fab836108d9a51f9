package org.competencygraph.gap;

import java.util.List;

import org.competencygraph.analysis.ProfileCapability;

import org.springframework.context.ApplicationContext;

/** Calls skillGap as the GraphQL controller does, without GraphQL, for the benchmark's service-level figures. */
public final class SkillGapCalls {

	private final SkillGapController controller;

	public SkillGapCalls(ApplicationContext context) {
		this.controller = context.getBean(SkillGapController.class);
	}

	/** The readiness of the answer, so that the call cannot be optimised away. */
	public double fromProfile(List<ProfileCapability> profile, String to) {
		return this.controller.skillGap(new SkillGapController.GapSourceInput(null, profile, null), to).readiness();
	}

	/** The readiness of a job's holders for another job. */
	public double fromJob(String from, String to) {
		return this.controller.skillGap(new SkillGapController.GapSourceInput(from, null, null), to).readiness();
	}

}
