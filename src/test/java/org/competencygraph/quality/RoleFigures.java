package org.competencygraph.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.competencygraph.quality.QualityApi.Job;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Figures about roles: how ICT the occupations similar to the seed roles are, whether the seed ladders map to
 * sensibly senior occupations, and how well similarJobs finds occupations of the same SOC broad group (O*NET) or
 * ISCO unit group (ESCO).
 */
final class RoleFigures {

	/** The metrics compared; {@code -Dquality.metrics=BLENDED} measures only those listed (a faster loop). */
	static final List<String> METRICS = List.of(System.getProperty("quality.metrics",
			"BLENDED,WEIGHTED_COSINE,WEIGHTED_JACCARD").split(","));

	private static final String SIMILAR = """
			query similar($to: ID!, $metric: SimilarityMetric, $organization: String) {
			  similarJobs(to: $to, first: 10, metric: $metric, filter: {organization: $organization}) { results { job { id } } }
			}""";

	private static final String SIMILAR_DEFAULT = """
			query similar($to: ID!, $organization: String) {
			  similarJobs(to: $to, first: 10, filter: {organization: $organization}) { results { job { id } } }
			}""";

	private static final String LADDER = """
			query ladder($id: ID!) {
			  job(id: $id) { responsibilityLevel { level } progressesTo { job { id } } progressesFrom { job { id } }
			    closestOccupations(framework: "onet") { occupation { id code } } }
			}""";

	private final QualityApi api;

	private final QualitySets sets;

	private final QualityReport report;

	private final Map<String, Job> onet;

	private final Map<String, Job> esco;

	RoleFigures(QualityApi api, QualitySets sets, QualityReport report, List<Job> onet, List<Job> esco) {
		this.api = api;
		this.sets = sets;
		this.report = report;
		this.onet = onet.stream().collect(Collectors.toMap(Job::id, Function.identity()));
		this.esco = esco.stream().collect(Collectors.toMap(Job::id, Function.identity()));
	}

	void seedRoles(List<Job> seedJobs) {
		this.report.section("Seed roles: ICT share of similar occupations", "Share of ICT occupations (ict-occupations.yaml) "
				+ "among the top-10 `similarJobs` of each of the " + seedJobs.size() + " seed roles, restricted to ESCO "
				+ "(`filter: {organization: \"esco\"}`) and to O*NET, pooled over all roles. Target: at least 0.90.");
		this.report.line("| metric | ESCO | O*NET |");
		this.report.line("|---|---|---|");
		for (String metric : METRICS) {
			this.report.line("| " + metric + " | " + this.report.figure(() -> ictShare(seedJobs, metric, "esco")) + " | "
					+ this.report.figure(() -> ictShare(seedJobs, metric, "onet")) + " |");
		}
	}

	private static final String SIMILAR_PARTS = """
			query similar($to: ID!, $organization: String) {
			  similarJobs(to: $to, first: 10, filter: {organization: $organization}) {
			    results { job { id title } score parts { name score } } }
			  job(id: $to) { closestOccupations(framework: $organization) { occupation { id title } score } }
			}""";

	/**
	 * With {@code -Dquality.dump=true}: each seed role's top-10 (default metric) in one framework with the parts'
	 * scores and whether each is ICT, and its closest occupations, to read as an adviser would.
	 */
	void dump(List<Job> seedJobs, String organization) {
		if (!Boolean.getBoolean("quality.dump")) {
			return;
		}
		this.report.section("Seed roles' similar occupations in " + organization, "profile / duties / title / crosswalk");
		for (Job seed : seedJobs) {
			JsonNode data = this.api.query(SIMILAR_PARTS, Map.of("to", seed.id(), "organization", organization));
			StringBuilder closest = new StringBuilder();
			data.path("job").path("closestOccupations").forEach(c -> closest.append(c.path("occupation").path("title")
				.asString()).append(ict(c.path("occupation").path("id").asString()) ? " [ICT]" : "").append("; "));
			this.report.line("- **" + seed.title() + "** (closest: " + closest + ")");
			data.path("similarJobs").path("results").forEach(r -> {
				StringBuilder parts = new StringBuilder();
				r.path("parts").forEach(part -> parts.append(part.path("name").asString().charAt(0)).append(' ')
					.append(part.path("score").isNull() ? "-" : String.format(java.util.Locale.ROOT, "%.2f",
							part.path("score").asDouble())).append(' '));
				this.report.line("  - " + (ict(r.path("job").path("id").asString()) ? "ICT " : "--- ")
						+ r.path("job").path("title").asString() + " " + String.format(java.util.Locale.ROOT, "%.3f",
								r.path("score").asDouble()) + " (" + parts.toString().trim() + ")");
			});
		}
	}

	private String ictShare(List<Job> seedJobs, String metric, String organization) {
		long ict = 0;
		long all = 0;
		for (Job seed : seedJobs) {
			for (String id : similar(seed.id(), metric, organization)) {
				all++;
				ict += ict(id) ? 1 : 0;
			}
		}
		return QualityReport.share(ict, all);
	}

	void ladders(List<Job> seedJobs) {
		this.report.section("Seed ladders", "Bottom rungs (seed roles with a PROGRESSES_TO link and none into them, or "
				+ "at responsibility level 1) whose closest O*NET occupation (`closestOccupations(framework: \"onet\")` "
				+ "first; also `similarJobs` first, default metric) is not a manager (SOC 11-); and PROGRESSES_TO steps "
				+ "whose upper role's closest O*NET occupation is no less senior (a manager is more senior than a "
				+ "non-manager) than the lower role's.");
		this.report.line(this.report.figure(() -> {
			Map<String, JsonNode> jobs = new HashMap<>();
			seedJobs.forEach(seed -> jobs.put(seed.id(), this.api.query(LADDER, Map.of("id", seed.id())).path("job")));
			long bottom = 0;
			long closestOk = 0;
			long similarOk = 0;
			long steps = 0;
			long stepsOk = 0;
			List<String> wrong = new ArrayList<>();
			for (Map.Entry<String, JsonNode> entry : jobs.entrySet()) {
				JsonNode job = entry.getValue();
				boolean first = (!job.path("progressesTo").isEmpty() && job.path("progressesFrom").isEmpty())
						|| job.path("responsibilityLevel").path("level").asInt(0) == 1;
				boolean manager = closestIsManager(job);
				if (first) {
					bottom++;
					closestOk += manager ? 0 : 1;
					if (manager) {
						wrong.add(entry.getKey());
					}
					List<String> similar = similar(entry.getKey(), null, "onet");
					similarOk += !similar.isEmpty() && !manager(similar.getFirst()) ? 1 : 0;
				}
				for (JsonNode next : job.path("progressesTo")) {
					JsonNode upper = jobs.get(next.path("job").path("id").asString());
					if (upper != null) {
						steps++;
						stepsOk += manager && !closestIsManager(upper) ? 0 : 1;
					}
				}
			}
			return "- bottom rungs whose closest O*NET occupation is not a manager: " + QualityReport.share(closestOk, bottom)
					+ (wrong.isEmpty() ? "" : " (manager for " + String.join(", ", wrong) + ")")
					+ "\n- bottom rungs whose first similar O*NET occupation is not a manager: "
					+ QualityReport.share(similarOk, bottom) + "\n- ladder steps no less senior: "
					+ QualityReport.share(stepsOk, steps);
		}));
	}

	private boolean closestIsManager(JsonNode job) {
		JsonNode closest = job.path("closestOccupations");
		return !closest.isEmpty() && this.sets.ict().manager(QualityApi.text(closest.get(0).path("occupation").path("code")));
	}

	void relatedRoles(int sample) {
		this.report.section("Related roles within a framework", "For a fixed sample (seed 42) of occupations whose "
				+ "group has at least one other member: `similarJobs` top-10 within the same framework against the "
				+ "occupations sharing the SOC broad group (O*NET, first 6 characters of the code, e.g. 15-124) or the "
				+ "ISCO unit group (ESCO). recall@10 = relevant found / min(10, relevant); precision@10 = relevant "
				+ "found / 10; MRR = mean of 1 / rank of the first relevant one (0 if none). O*NET also against the SOC "
				+ "minor group (first 5 characters) as a looser reference.");
		Map<String, List<String>> broad = groups(this.onet, job -> job.code() == null ? null : job.code().substring(0, 6));
		Map<String, List<String>> minor = groups(this.onet, job -> job.code() == null ? null : job.code().substring(0, 5));
		Map<String, List<String>> unit = groups(this.esco, Job::family);
		List<Job> onetSample = sample(this.onet, broad, job -> job.code().substring(0, 6), sample);
		List<Job> escoSample = sample(this.esco, unit, Job::family, sample);
		this.report.line("| metric | O*NET vs broad group: recall@10 / precision@10 / MRR | O*NET vs minor group: recall@10 "
				+ "| ESCO vs ISCO unit group: recall@10 / precision@10 / MRR |");
		this.report.line("|---|---|---|---|");
		for (String metric : METRICS) {
			String onetBroad = this.report.figure(() -> agreement(onetSample, metric, "onet",
					job -> broad.get(job.code().substring(0, 6)), true));
			String onetMinor = this.report.figure(() -> agreement(onetSample, metric, "onet",
					job -> minor.get(job.code().substring(0, 5)), false));
			String escoUnit = this.report.figure(() -> agreement(escoSample, metric, "esco", job -> unit.get(job.family()), true));
			this.report.line("| " + metric + " | " + onetBroad + " | " + onetMinor + " | " + escoUnit + " |");
		}
		this.report.line("");
		this.report.line("Samples: " + onetSample.size() + " O*NET occupations (of " + this.onet.size() + "), "
				+ escoSample.size() + " ESCO occupations (of " + this.esco.size() + ").");
	}

	private String agreement(List<Job> sample, String metric, String organization, Function<Job, List<String>> relevantOf,
			boolean all) {
		double recall = 0;
		double precision = 0;
		double reciprocalRank = 0;
		for (Job job : sample) {
			List<String> relevant = relevantOf.apply(job).stream().filter(id -> !id.equals(job.id())).toList();
			List<String> found = similar(job.id(), metric, organization).stream().filter(id -> !id.equals(job.id())).toList();
			int hits = 0;
			double rr = 0;
			for (int rank = 0; rank < found.size(); rank++) {
				if (relevant.contains(found.get(rank))) {
					hits++;
					rr = rr == 0 ? 1.0 / (rank + 1) : rr;
				}
			}
			recall += relevant.isEmpty() ? 0 : (double) hits / Math.min(10, relevant.size());
			precision += hits / 10.0;
			reciprocalRank += rr;
		}
		int n = sample.size();
		return all ? QualityReport.mean(recall, n) + " / " + QualityReport.mean(precision, n) + " / "
				+ QualityReport.mean(reciprocalRank, n) : QualityReport.mean(recall, n);
	}

	private static Map<String, List<String>> groups(Map<String, Job> jobs, Function<Job, String> key) {
		return jobs.values().stream().filter(job -> key.apply(job) != null)
			.collect(Collectors.groupingBy(key, Collectors.mapping(Job::id, Collectors.toList())));
	}

	private static List<Job> sample(Map<String, Job> jobs, Map<String, List<String>> groups, Function<Job, String> key,
			int size) {
		List<Job> candidates = new ArrayList<>(jobs.values().stream()
			.filter(job -> job.code() != null && key.apply(job) != null && groups.get(key.apply(job)).size() > 1)
			.sorted(Comparator.comparing(Job::id))
			.toList());
		Collections.shuffle(candidates, new Random(42));
		return candidates.subList(0, Math.min(size, candidates.size()));
	}

	/** Ids of the top-10 similar jobs; {@code metric} null for the API's default. */
	List<String> similar(String to, @Nullable String metric, String organization) {
		Map<String, Object> variables = new HashMap<>(Map.of("to", to, "organization", organization));
		if (metric != null) {
			variables.put("metric", metric);
		}
		JsonNode results = this.api.query(metric == null ? SIMILAR_DEFAULT : SIMILAR, variables).path("similarJobs")
			.path("results");
		List<String> ids = new ArrayList<>();
		results.forEach(result -> ids.add(result.path("job").path("id").asString()));
		return ids;
	}

	boolean ict(String id) {
		Job job = this.onet.get(id);
		if (job != null) {
			return this.sets.ict().onetIct(job.code());
		}
		job = this.esco.get(id);
		return job != null && job.family() != null && this.sets.ict().escoIct(job.family().replace("esco:isco-", ""));
	}

	private boolean manager(String id) {
		Job job = this.onet.get(id);
		return job != null && this.sets.ict().manager(job.code());
	}

}
