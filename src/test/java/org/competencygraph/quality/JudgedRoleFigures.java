package org.competencygraph.quality;

import java.util.List;

import org.competencygraph.quality.QualitySets.JudgedRelated;

/**
 * Related roles within O*NET against the candidates a careers adviser graded (related-roles-judged.yaml): how much of
 * each sampled occupation's top-10 is related, clearly related or not graded, and how many of the clearly related
 * candidates the top-10 finds.
 */
final class JudgedRoleFigures {

	private static final String ONET = "onet:";

	private final RoleFigures roles;

	private final List<JudgedRelated> judged;

	private final QualityReport report;

	JudgedRoleFigures(RoleFigures roles, QualitySets sets, QualityReport report) {
		this.roles = roles;
		this.judged = sets.relatedJudged();
		this.report = report;
	}

	void relatedRoles() {
		this.report.section("Related roles within O*NET, judged by an adviser", "For the " + this.judged.size()
				+ " occupations of related-roles-judged.yaml: `similarJobs` top-10 within O*NET, each answer graded "
				+ "clearly related (2), somewhat related (1) or not related (0) by the set, or not graded (the set grades "
				+ "only the candidates BLENDED and WEIGHTED_COSINE gave when it was made). Shares of all answers; recall "
				+ "= clearly related candidates found in the top 10 / clearly related in the set; first = occupations "
				+ "whose first answer is clearly related.");
		this.report.line("| metric | related (1 or 2) | clearly related (2) | not graded | recall of clearly related | first "
				+ "answer clearly related |");
		this.report.line("|---|---|---|---|---|---|");
		for (String metric : RoleFigures.METRICS) {
			this.report.line("| " + metric + " | " + this.report.figure(() -> grades(metric)) + " |");
		}
	}

	private String grades(String metric) {
		long answers = 0;
		long related = 0;
		long clearly = 0;
		long ungraded = 0;
		long clearlyInSet = 0;
		long first = 0;
		for (JudgedRelated occupation : this.judged) {
			List<String> found = this.roles.similar(ONET + occupation.occupation(), metric, "onet").stream()
				.map(id -> id.startsWith(ONET) ? id.substring(ONET.length()) : id)
				.toList();
			for (String code : found) {
				answers++;
				clearly += occupation.clearly().contains(code) ? 1 : 0;
				related += occupation.clearly().contains(code) || occupation.somewhat().contains(code) ? 1 : 0;
				ungraded += occupation.graded(code) ? 0 : 1;
			}
			clearlyInSet += occupation.clearly().size();
			first += !found.isEmpty() && occupation.clearly().contains(found.getFirst()) ? 1 : 0;
		}
		return QualityReport.share(related, answers) + " | " + QualityReport.share(clearly, answers) + " | "
				+ QualityReport.share(ungraded, answers) + " | " + QualityReport.share(clearly, clearlyInSet) + " | "
				+ QualityReport.share(first, this.judged.size());
	}

}
