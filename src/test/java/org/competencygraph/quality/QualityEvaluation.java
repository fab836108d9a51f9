package org.competencygraph.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.competencygraph.CompetencyGraphApplication;
import org.competencygraph.quality.QualityApi.Job;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The quality evaluation (QUALITY.md): starts the whole application on its own embedded database, imports O*NET
 * and ESCO through the API when they are not there yet, runs linkFrameworks, and then measures, only through the
 * GraphQL API over HTTP, how the answers agree with the hand-built development sets in
 * {@code src/test/resources/quality/}. Prints a Markdown report and writes it to {@code target/quality/report.md}.
 * <p>
 * Run with {@code ./mvnw -B -Pquality-evaluation test}. System properties: {@code quality.onet} and
 * {@code quality.esco} (release folders, default ../shared/data/onet-30.1 and esco-1.1.1, which must share a
 * parent folder: it becomes the server's import folder), {@code quality.data-dir} (default target/quality-neo4j,
 * kept between runs), {@code quality.sample} (occupations per framework for the related-roles figures, default 200),
 * {@code quality.only=roles} (a faster loop while tuning similarity: no linkFrameworks, only the seed-role,
 * ladder, crosswalk and related-roles figures; {@code seeds}: only the seed-role and ladder figures),
 * {@code quality.dump=true} (each seed role's top-10 O*NET occupations with their parts) and {@code quality.metrics} (e.g. BLENDED, the metrics measured).
 */
public final class QualityEvaluation {

	private static final boolean ROLES_ONLY = List.of("roles", "seeds").contains(System.getProperty("quality.only"));

	private static final boolean SEEDS_ONLY = "seeds".equals(System.getProperty("quality.only"));

	private static final String EVALUATION_QUERY_TIMEOUT = "2m";

	private static final String EVALUATION_TRANSACTION_TIMEOUT = "10m";

	private QualityEvaluation() {
	}

	public static void main(String[] args) throws Exception {
		Path onet = Path.of(System.getProperty("quality.onet", "../shared/data/onet-30.1")).toAbsolutePath().normalize();
		Path esco = Path.of(System.getProperty("quality.esco", "../shared/data/esco-1.1.1")).toAbsolutePath().normalize();
		Path dataDir = Path.of(System.getProperty("quality.data-dir", "target/quality-neo4j")).toAbsolutePath();
		int sample = Integer.getInteger("quality.sample", 200);
		if (!Files.isDirectory(onet) || !Files.isDirectory(esco) || !onet.getParent().equals(esco.getParent())) {
			throw new IllegalArgumentException("Expected the O*NET and ESCO release folders side by side, got " + onet
					+ " and " + esco + "; set -Dquality.onet=... -Dquality.esco=...");
		}
		QualitySets sets = QualitySets.load();
		String password = UUID.randomUUID().toString();
		Instant started = Instant.now();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class)
			// Command-line arguments, so that they win over application.yaml and the environment. The evaluation
			// measures answers, not speed (its speed figures are timed in process, below): its one client may wait
			// longer than a user's request is allowed to, so that a loaded machine (helpers' builds, CI) slows the
			// run instead of failing it. On 2026-12-05, at load average 7, a page of `jobs` took over the 10 s query
			// limit, and the start's first query over the engine's 60 s transaction timeout.
			.run("--server.port=0", "--competency-graph.embedded.data-dir=" + dataDir,
					"--competency-graph.embedded.bolt.port=0", "--competency-graph.security.admin.password=" + password,
					"--competency-graph.frameworks.import-folder=" + onet.getParent(),
					"--competency-graph.graphql.query-timeout=" + EVALUATION_QUERY_TIMEOUT,
					"--competency-graph.embedded.transaction-timeout=" + EVALUATION_TRANSACTION_TIMEOUT,
					"--logging.level.org.competencygraph=warn");
		try {
			int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			String user = context.getEnvironment().getProperty("competency-graph.security.admin.username", "admin");
			QualityApi api = new QualityApi(port, user, password);
			QualityReport report = new QualityReport();
			report.line("# Quality evaluation, " + Instant.now());
			report.line("");
			prepare(api, report, onet, esco);
			evaluate(api, sets, report, sample);
			speed(context, report, api);
			report.line("");
			report.line("- Run time " + Duration.between(started, Instant.now()).toSeconds() + " s; load average "
					+ loadAverage());
			report.write(Path.of("target/quality/report.md"));
		}
		finally {
			context.close();
		}
	}

	/** Imports what is missing or incomplete, then links the seed graph to the frameworks. */
	private static void prepare(QualityApi api, QualityReport report, Path onet, Path esco) {
		JsonNode frameworks = api.query("{ frameworks { id release status occupations capabilities } }", Map.of())
			.path("frameworks");
		for (String framework : List.of("onet", "esco")) {
			boolean complete = false;
			for (JsonNode summary : frameworks) {
				complete |= summary.path("id").asString().equals(framework) && summary.path("occupations").asInt() > 0
						&& summary.path("status").asString().equals("COMPLETE");
			}
			if (!complete) {
				String release = (framework.equals("onet") ? onet : esco).getFileName().toString();
				String field = framework.equals("onet") ? "importOnet" : "importEsco";
				report.line("- " + field + " " + release + ": " + api.runJob(field, field, Map.of("path", release)));
			}
		}
		if (!ROLES_ONLY) {
			report.line("- linkFrameworks: " + api.runJob("linkFrameworks", "linkFrameworks", Map.of()));
		}
		for (JsonNode summary : api.query("{ frameworks { id release occupations capabilities status } }", Map.of())
			.path("frameworks")) {
			report.line("- " + summary.path("id").asString() + " " + summary.path("release").asString() + ": "
					+ summary.path("occupations").asInt() + " occupations, " + summary.path("capabilities").asInt()
					+ " capabilities, " + summary.path("status").asString());
		}
	}

	private static void evaluate(QualityApi api, QualitySets sets, QualityReport report, int sample) {
		List<Job> onet = api.jobs("onet");
		List<Job> esco = api.jobs("esco");
		List<Job> seedJobs = api.jobs(null).stream()
			.filter(job -> !Set.of("onet", "esco").contains(job.organization()))
			.toList();
		report.line("- Jobs read through `jobs`: " + seedJobs.size() + " seed and user roles, " + onet.size()
				+ " O*NET and " + esco.size() + " ESCO occupations");
		RoleFigures roles = new RoleFigures(api, sets, report, onet, esco);
		roles.seedRoles(seedJobs);
		roles.dump(seedJobs, "onet");
		roles.ladders(seedJobs);
		if (SEEDS_ONLY) {
			return;
		}
		ConceptFigures concepts = new ConceptFigures(api, sets, report);
		concepts.crosswalk(seedJobs, roles::ict);
		if (!ROLES_ONLY) {
			concepts.capabilityLinks();
			concepts.textToConcept();
		}
		roles.relatedRoles(sample);
		new JudgedRoleFigures(roles, sets, report).relatedRoles();
	}

	/**
	 * The time of one similarJobs (BLENDED, first 10, no filter) in process, without GraphQL: seed roles are placed
	 * in both frameworks (their crosswalk part scans once per closest occupation), framework occupations in the other.
	 */
	private static void speed(ConfigurableApplicationContext context, QualityReport report, QualityApi api) {
		org.competencygraph.similarity.SimilarityCalls calls = new org.competencygraph.similarity.SimilarityCalls(context);
		report.section("similarJobs BLENDED in process", "first 10, no filter, 5 rounds over each group after one to warm up; "
				+ "milliseconds");
		List<Job> all = api.jobs(null);
		Map<String, List<Job>> groups = new java.util.LinkedHashMap<>();
		groups.put("seed roles", all.stream().filter(j -> !Set.of("onet", "esco").contains(j.organization())).toList());
		groups.put("ESCO occupations (100)", all.stream().filter(j -> "esco".equals(j.organization())).limit(100).toList());
		groups.put("O*NET occupations (100)", all.stream().filter(j -> "onet".equals(j.organization())).limit(100).toList());
		org.competencygraph.analysis.RequirementIndexes indexes = context
			.getBean(org.competencygraph.analysis.RequirementIndexes.class);
		for (int i = 0; i < 3; i++) {
			long started = System.nanoTime();
			org.competencygraph.analysis.RequirementIndex index = indexes.rebuild("quality evaluation");
			report.line(String.format(java.util.Locale.ROOT, "- analysis index rebuilt in %.1f s (build %.1f s), %d jobs",
					(System.nanoTime() - started) / 1e9, index.buildTime().toMillis() / 1e3, index.jobCount()));
		}
		groups.forEach((name, jobs) -> {
			jobs.forEach(j -> calls.similarJobs(j.id(), 10, org.competencygraph.analysis.SimilarityMetric.BLENDED));
			List<Long> nanos = new java.util.ArrayList<>();
			for (int round = 0; round < 5; round++) {
				for (Job job : jobs) {
					long started = System.nanoTime();
					calls.similarJobs(job.id(), 10, org.competencygraph.analysis.SimilarityMetric.BLENDED);
					nanos.add(System.nanoTime() - started);
				}
			}
			java.util.Collections.sort(nanos);
			report.line(String.format(java.util.Locale.ROOT, "- %s: p50 %.2f, p99 %.2f", name,
					nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) Math.min(nanos.size() - 1, nanos.size() * 0.99)) / 1e6));
		});
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

}
