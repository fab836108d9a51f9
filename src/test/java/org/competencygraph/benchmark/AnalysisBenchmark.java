package org.competencygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

import org.competencygraph.CompetencyGraphApplication;
import org.competencygraph.analysis.ProfileCapability;
import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.analysis.SimilarityMetric;
import org.competencygraph.analysis.SimilarityWeights;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.FrameworkImports;
import org.competencygraph.importer.ImportReport;
import org.competencygraph.background.JobProgress;
import org.competencygraph.semantic.ConceptMatcher;
import org.competencygraph.semantic.ConceptTarget;
import org.competencygraph.semantic.EmbeddingReport;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.semantic.Labels;
import org.competencygraph.gap.SkillGapCalls;
import org.competencygraph.similarity.SimilarityCalls;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The analysis benchmark at ESCO scale (see BENCHMARKS.md for the command and the figures). It starts the whole
 * application on its own embedded database, loads the ESCO release into it once (kept for later runs), and
 * (and the O*NET release when it is there; and the stored sentence vectors where missing) and measures
 * skillGap, similarJobs (WEIGHTED_COSINE and BLENDED) and jobsMatching
 * <ul>
 * <li>at the service level (the GraphQL controllers' methods, on the in-memory index),</li>
 * <li>end to end over HTTP (POST /graphql on the running server, with java.net.http.HttpClient),</li>
 * </ul>
 * each beside its baselines measured in the same run: the same question as one straightforward Cypher query, and
 * an HTTP endpoint returning a constant response of the size of a skillGap answer (the HTTP floor). Beside them the
 * plain read of a job with its requirements over HTTP, and the one Cypher query a GraphQL-to-Cypher layer
 * (@neo4j/graphql 7) sends for it, run through the driver. It checks the
 * answers agree, prints a Markdown report and writes it to {@code target/benchmark/report.md}.
 * <p>
 * System properties: {@code benchmark.esco} (release folder, default ../shared/data/esco-1.1.1),
 * {@code benchmark.onet} (default ../shared/data/onet-30.1, left out when absent),
 * {@code benchmark.data-dir} (default target/benchmark-neo4j), {@code benchmark.seconds} (per phase, default 10),
 * {@code benchmark.threads} (concurrent callers of the throughput phases, default 4), {@code benchmark.phases} (all, or
 * paths for only the career-path phase of {@link PathBenchmark}).
 */
public final class AnalysisBenchmark {

	static final int SAMPLE = 200;

	static final int FIRST = 10;

	private final ConfigurableApplicationContext context;

	private final int port;

	private final Duration phase;

	private final int threads;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> report = new ArrayList<>();

	/** The @neo4j/graphql 7 server of the plain-read comparison; null when it cannot run here (see layerMissing). */
	private @Nullable Neo4jGraphQlServer layer;

	private String layerMissing = "";

	private AnalysisBenchmark(ConfigurableApplicationContext context, Duration phase, int threads) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		this.phase = phase;
		this.threads = threads;
	}

	public static void main(String[] args) throws Exception {
		Path esco = Path.of(System.getProperty("benchmark.esco", "../shared/data/esco-1.1.1"));
		Path onet = Path.of(System.getProperty("benchmark.onet", "../shared/data/onet-30.1"));
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/benchmark-neo4j"));
		Duration phase = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
		int threads = Integer.getInteger("benchmark.threads", 4);
		if (!Files.isDirectory(esco.resolve("relations"))) {
			throw new IllegalArgumentException("No ESCO release in " + esco.toAbsolutePath()
					+ " (expected classification_en/ and relations/); set -Dbenchmark.esco=...");
		}
		Instant started = Instant.now();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class)
			.profiles("benchmark")
			// Command-line arguments, so that they win over application.yaml and the environment.
			.run("--server.port=0", "--competency-graph.embedded.data-dir=" + dataDir.toAbsolutePath(),
					"--competency-graph.embedded.bolt.port=0", "--competency-graph.embedded.page-cache=1GB",
					"--logging.level.org.competencygraph.importer=warn");
		try {
			new AnalysisBenchmark(context, phase, threads).run(esco, onet, Duration.between(started, Instant.now()));
		}
		finally {
			context.close();
		}
	}

	private void run(Path esco, Path onet, Duration startup) throws IOException, InterruptedException {
		Driver driver = this.context.getBean(Driver.class);
		RequirementIndexes indexes = this.context.getBean(RequirementIndexes.class);
		long escoJobs = escoJobs(driver);
		String loaded = "already in the database";
		if (escoJobs == 0) {
			ImportReport report = this.context.getBean(FrameworkImports.class).importRelease(Framework.ESCO, esco);
			loaded = String.format(Locale.ROOT, "imported by the project's ESCO importer in %.1f s (%,d rows read, "
					+ "%,d created, %,d skipped)", report.seconds(), report.rowsRead(), report.created(),
					report.skipped());
			escoJobs = escoJobs(driver);
		}
		// ESCO + O*NET scale, as users run it: O*NET too when its release is there.
		if (Files.isDirectory(onet) && driver.executableQuery("MATCH (j:Job {framework: 'onet'}) RETURN count(j) AS n")
			.execute().records().getFirst().get("n").asLong() == 0) {
			ImportReport report = this.context.getBean(FrameworkImports.class).importRelease(Framework.ONET, onet);
			loaded += String.format(Locale.ROOT, "; O*NET 30.1 imported in %.1f s", report.seconds());
		}
		// The application's own refresh: the vectors a user's imports give, computed only where missing or stale.
		EmbeddingReport refreshed = this.context.getBean(Embeddings.class).refresh(JobProgress.NONE);
		String embeddings = refreshed.computed() == 0 ? "already in the database"
				: String.format(Locale.ROOT, "%,d computed in %.0f s", refreshed.computed(), refreshed.seconds());
		// Built from the graph as it is now, to report the build time at this scale.
		RequirementIndex index = indexes.rebuild("benchmark start");
		line("# Analysis benchmark, " + Instant.now());
		line("");
		line(String.format(Locale.ROOT, "- Graph: %,d jobs (%,d ESCO occupations), %,d capabilities (%,d concepts), "
				+ "%,d requirements; ESCO 1.1.1 %s", index.jobCount(), escoJobs, index.capabilityCount(),
				index.conceptCount(), index.requirementCount(), loaded));
		line("- Index build from Neo4j: " + index.buildTime().toMillis() + " ms; application start " + startup.toSeconds()
				+ " s; sentence vectors " + embeddings);
		line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20)
				+ " MB; each phase " + this.phase.toSeconds() + " s; throughput with " + this.threads
				+ " concurrent callers; load average " + loadAverage() + " before the measurements");

		Workload work = Workload.of(driver, SAMPLE, new Random(42));
		// -Dbenchmark.phases=paths runs only issue 12's phase (careerPaths, transitions, whatIf, bestNextSkills).
		if ("paths".equals(System.getProperty("benchmark.phases", "all"))) {
			new PathBenchmark(this.context, this.phase, this.threads, this::line).run(driver, work);
			writeReport();
			return;
		}
		try {
			this.layer = Neo4jGraphQlServer.start(this.context.getBean(EmbeddedNeo4j.class));
			line("- @neo4j/graphql 7 server (Apollo Server 5, Node.js " + nodeVersion() + ") on the same database "
					+ "over Bolt, port " + this.layer.port());
		}
		catch (IllegalStateException | IOException ex) {
			this.layerMissing = ex.getMessage();
			line("- @neo4j/graphql 7 server left out: " + this.layerMissing);
		}
		try {
			measure(driver, work, index);
		}
		finally {
			if (this.layer != null) {
				this.layer.close();
			}
		}
	}

	private void measure(Driver driver, Workload work, RequirementIndex index) throws IOException {
		SkillGapCalls gaps = new SkillGapCalls(this.context);
		SimilarityCalls similarity = new SimilarityCalls(this.context);
		CypherBaselines cypher = new CypherBaselines(driver);
		agreement(work, gaps, similarity, cypher, index.weights());

		IntConsumer gapService = i -> gaps.fromProfile(work.gapProfile(i), work.target(i));
		IntConsumer similarService = i -> similarity.similarJobs(work.target(i), FIRST);
		IntConsumer matchingService = i -> similarity.jobsMatching(work.otherProfile(i), FIRST);
		IntConsumer gapCypher = i -> cypher.skillGap(work.gapProfile(i), work.target(i));
		IntConsumer similarCypher = i -> cypher.similarJobs(work.target(i), FIRST);
		SimilarityWeights weights = index.weights();
		IntConsumer blendedService = i -> similarity.similarJobs(work.target(i), FIRST, SimilarityMetric.BLENDED);
		IntConsumer blendedCypher = i -> cypher.similarJobsBlended(work.target(i), FIRST, weights);
		IntConsumer matchingCypher = i -> cypher.jobsMatching(work.otherProfile(i), FIRST);
		IntConsumer gapHttp = i -> graphQl(Queries.SKILL_GAP, Map.of("from", Map.of("profile",
				CypherBaselines.parameters(work.gapProfile(i))), "to", work.target(i)));
		IntConsumer similarHttp = i -> graphQl(Queries.SIMILAR_JOBS, Map.of("to", work.target(i), "first", FIRST));
		IntConsumer matchingHttp = i -> graphQl(Queries.JOBS_MATCHING, Map.of("profile",
				CypherBaselines.parameters(work.otherProfile(i)), "first", FIRST));
		byte[] typicalGap = graphQl(Queries.SKILL_GAP, Map.of("from", Map.of("profile",
				CypherBaselines.parameters(work.gapProfile(0))), "to", work.target(0)));
		ConstantResponseController.BODY.set(typicalGap);
		IntConsumer floor = i -> post("/benchmark/constant", "{}");
		IntConsumer plainHttp = i -> graphQl(Queries.PLAIN_READ, Map.of("id", work.target(i)));
		IntConsumer plainCypher = i -> cypher.plainRead(work.target(i));
		IntConsumer plainLayer = i -> layerRead(work.target(i));
		// Text to concept: the first words of capability descriptions, as a user would type a skill.
		List<String> texts = conceptTexts(driver);
		ConceptMatcher matcher = this.context.getBean(ConceptMatcher.class);
		IntConsumer conceptService = i -> matcher.match(texts.get(i % texts.size()), ConceptTarget.CAPABILITY, null,
				FIRST);
		IntConsumer conceptFullText = i -> driver.executableQuery("""
				CALL db.index.fulltext.queryNodes('capability_text', $query, {limit: 10}) YIELD node
				RETURN node.id AS id, node.name AS name
				""").withParameters(Map.of("query", ConceptMatcher.fullTextQuery(Labels.normalise(texts.get(i
				% texts.size()))))).execute();

		// -Dbenchmark.phases=reads runs only the plain read and text-to-concept phases, each beside its baseline.
		if ("reads".equals(System.getProperty("benchmark.phases", "all"))) {
			reads(floor, typicalGap.length, plainHttp, plainCypher, plainLayer, conceptService, conceptFullText);
			writeReport();
			return;
		}
		// Warm-up: JIT, Bolt connections, Neo4j's page cache and query plans, Tomcat threads.
		Duration warmUp = Duration.ofSeconds(Math.max(3, this.phase.toSeconds() / 2));
		for (IntConsumer operation : List.of(gapService, similarService, blendedService, matchingService, gapHttp,
				similarHttp, matchingHttp, floor, plainHttp, plainCypher, conceptService, conceptFullText)) {
			Measurement.of("warm-up", 0, warmUp, 1, operation);
		}
		for (IntConsumer operation : List.of(gapCypher, similarCypher, blendedCypher, matchingCypher)) {
			for (int i = 0; i < 20; i++) {
				operation.accept(i);
			}
		}

		Measurement gapS = Measurement.of("skillGap, service (index)", 200, this.phase, this.threads, gapService);
		Measurement gapC = Measurement.of("skillGap, Cypher baseline", 100, this.phase, this.threads, gapCypher);
		Measurement similarS = Measurement.of("similarJobs, service (index)", 200, this.phase, this.threads,
				similarService);
		Measurement similarC = Measurement.of("similarJobs, Cypher baseline", 50, this.phase, this.threads,
				similarCypher);
		Measurement blendedS = Measurement.of("similarJobs BLENDED, service (index)", 200, this.phase, this.threads,
				blendedService);
		Measurement blendedC = Measurement.of("similarJobs BLENDED, Cypher baseline", 20, this.phase, this.threads,
				blendedCypher);
		Measurement matchingS = Measurement.of("jobsMatching, service (index)", 200, this.phase, this.threads,
				matchingService);
		Measurement matchingC = Measurement.of("jobsMatching, Cypher baseline", 50, this.phase, this.threads,
				matchingCypher);
		Measurement floorH = Measurement.of("HTTP floor: constant response of " + typicalGap.length + " bytes", 200,
				this.phase, this.threads, floor);
		Measurement gapH = Measurement.of("skillGap, HTTP GraphQL", 200, this.phase, this.threads, gapHttp);
		Measurement similarH = Measurement.of("similarJobs (default metric: BLENDED), HTTP GraphQL", 200, this.phase, this.threads, similarHttp);
		Measurement matchingH = Measurement.of("jobsMatching, HTTP GraphQL", 200, this.phase, this.threads,
				matchingHttp);
		Reads reads = measureReads(plainHttp, plainCypher, plainLayer, conceptService, conceptFullText, warmUp);
		Measurement plainC = reads.plainC();
		Measurement plainH = reads.plainH();
		Measurement plainL = reads.plainL();
		Measurement conceptS = reads.conceptS();
		Measurement conceptF = reads.conceptF();

		line("");
		line("| question and path | p50 | p99 | throughput | CPU per call | samples (one caller) |");
		line("|---|---|---|---|---|---|");
		List<Measurement> rows = new ArrayList<>(List.of(gapS, gapC, gapH, similarS, similarC, blendedS, blendedC,
				similarH, matchingS, matchingC, matchingH, floorH, plainC, plainH, conceptS, conceptF));
		if (plainL != null) {
			rows.add(rows.indexOf(plainH), plainL);
		}
		rows.forEach(m -> line(m.row()));
		line("");
		double similarRatio = similarC.p99() / similarS.p99();
		double blendedRatio = blendedC.p99() / blendedS.p99();
		line(String.format(Locale.ROOT, "- Target 1b (issue 11), similarJobs BLENDED p99 at least 20x faster than "
				+ "its Cypher baseline: %s vs %s = %.0fx: %s", Measurement.ms(blendedS.p99()),
				Measurement.ms(blendedC.p99()), blendedRatio, blendedRatio >= 20 ? "MET" : "NOT MET"));
		double gapRatio = gapH.p99() / floorH.p99();
		line(String.format(Locale.ROOT, "- Target 1, similarJobs p99 at least 20x faster than its Cypher baseline: "
				+ "%s vs %s = %.0fx: %s", Measurement.ms(similarS.p99()), Measurement.ms(similarC.p99()), similarRatio,
				similarRatio >= 20 ? "MET" : "NOT MET"));
		line(String.format(Locale.ROOT, "- Target 2, skillGap p99 over HTTP within 3x of the HTTP floor: %s vs %s "
				+ "= %.2fx: %s", Measurement.ms(gapH.p99()), Measurement.ms(floorH.p99()), gapRatio,
				gapRatio <= 3 ? "MET" : "NOT MET"));
		plainReadTarget(plainH, plainL, plainC);
		line(String.format(Locale.ROOT, "- Also: skillGap service %.0fx faster than Cypher at p99, jobsMatching "
				+ "%.0fx; over HTTP, similarJobs p99 is %.2fx and jobsMatching %.2fx the floor",
				gapC.p99() / gapS.p99(), matchingC.p99() / matchingS.p99(), similarH.p99() / floorH.p99(),
				matchingH.p99() / floorH.p99()));
		conceptTarget(conceptS, conceptF);
		new PathBenchmark(this.context, this.phase, this.threads, this::line).run(driver, work);
		writeReport();
	}

	private void reads(IntConsumer floor, int floorBytes, IntConsumer plainHttp, IntConsumer plainCypher,
			IntConsumer plainLayer, IntConsumer conceptService, IntConsumer conceptFullText) {
		Duration warmUp = Duration.ofSeconds(Math.max(3, this.phase.toSeconds() / 2));
		for (IntConsumer operation : List.of(floor, plainHttp, plainCypher, conceptService, conceptFullText)) {
			Measurement.of("warm-up", 0, warmUp, 1, operation);
		}
		Measurement floorH = Measurement.of("HTTP floor: constant response of " + floorBytes + " bytes", 200,
				this.phase, this.threads, floor);
		Reads reads = measureReads(plainHttp, plainCypher, plainLayer, conceptService, conceptFullText, warmUp);
		line("");
		line("| question and path | p50 | p99 | throughput | CPU per call | samples (one caller) |");
		line("|---|---|---|---|---|---|");
		List<Measurement> rows = new ArrayList<>(List.of(floorH, reads.plainC(), reads.plainH(), reads.conceptS(),
				reads.conceptF()));
		if (reads.plainL() != null) {
			rows.add(rows.indexOf(reads.plainH()), reads.plainL());
		}
		rows.forEach(m -> line(m.row()));
		line("");
		plainReadTarget(reads.plainH(), reads.plainL(), reads.plainC());
		conceptTarget(reads.conceptS(), reads.conceptF());
	}

	/** The plain read (three ways) and text-to-concept phases, measured alike in the full run and in {@code reads}. */
	private record Reads(Measurement plainC, Measurement plainH, @Nullable Measurement plainL, Measurement conceptS,
			Measurement conceptF) {
	}

	private Reads measureReads(IntConsumer plainHttp, IntConsumer plainCypher, IntConsumer plainLayer,
			IntConsumer conceptService, IntConsumer conceptFullText, Duration warmUp) {
		Measurement plainC = Measurement.of("plain read, Cypher baseline (@neo4j/graphql 7 query, driver)", 200,
				this.phase, this.threads, plainCypher);
		Measurement plainH = Measurement.of("plain read, HTTP GraphQL", 200, this.phase, this.threads, plainHttp);
		Measurement plainL = layerMeasurement(plainLayer, warmUp);
		Measurement conceptS = Measurement.of("matchConcepts, service (embedding, vector and full-text indexes)", 200,
				this.phase, this.threads, conceptService);
		Measurement conceptF = Measurement.of("matchConcepts baseline: the full-text query alone (driver)", 200,
				this.phase, this.threads, conceptFullText);
		return new Reads(plainC, plainH, plainL, conceptS, conceptF);
	}

	/** The @neo4j/graphql server's phase, after its own warm-up; null when it is not running. */
	private @Nullable Measurement layerMeasurement(IntConsumer plainLayer, Duration warmUp) {
		if (this.layer == null) {
			return null;
		}
		Measurement.of("warm-up", 0, warmUp, 1, plainLayer);
		return Measurement.of("plain read, @neo4j/graphql 7 server (HTTP, Node.js)", 200, this.phase, this.threads,
				plainLayer);
	}

	private void plainReadTarget(Measurement plainH, @Nullable Measurement plainL, Measurement plainC) {
		if (plainL == null) {
			line("- Target 3, plain read over HTTP at least 2x the throughput of an @neo4j/graphql 7 server on the same "
					+ "database: not measured (" + this.layerMissing + ")");
		}
		else {
			double ratio = plainH.throughput() / plainL.throughput();
			line(String.format(Locale.ROOT, "- Target 3, plain read job(id) { title requirements { capability { name } "
					+ "priority level } } over HTTP at least 2x the throughput of an @neo4j/graphql 7 server on the "
					+ "same database answering the same read: %,.0f/s vs %,.0f/s = %.2fx: %s; p50 %s vs %s; CPU per "
					+ "call in this JVM (callers, this server, the database; not the Node.js server's own) %s vs %s", plainH.throughput(), plainL.throughput(), ratio,
					ratio >= 2 ? "MET" : "NOT MET", Measurement.ms(plainH.p50()), Measurement.ms(plainL.p50()),
					Measurement.ms(plainH.cpuPerCall()), Measurement.ms(plainL.cpuPerCall())));
		}
		double plainRatio = plainH.throughput() / plainC.throughput();
		line(String.format(Locale.ROOT, "- Also: the plain read over HTTP against the single Cypher query such a layer "
				+ "sends, run through the driver (no HTTP or GraphQL layer at all): %,.0f/s vs %,.0f/s = %.2fx; p50 %s "
				+ "vs %s; CPU per call %s vs %s", plainH.throughput(), plainC.throughput(), plainRatio,
				Measurement.ms(plainH.p50()), Measurement.ms(plainC.p50()), Measurement.ms(plainH.cpuPerCall()),
				Measurement.ms(plainC.cpuPerCall())));
	}

	/** One plain read from the @neo4j/graphql server. */
	private byte[] layerRead(String id) {
		Neo4jGraphQlServer server = java.util.Objects.requireNonNull(this.layer);
		byte[] body = post(server.port(), "/", this.json.writeValueAsString(Map.of("query",
				Neo4jGraphQlServer.PLAIN_READ, "variables", Map.of("id", id))));
		if (new String(body, 0, Math.min(body.length, 20), StandardCharsets.UTF_8).contains("\"errors\"")) {
			throw new IllegalStateException("@neo4j/graphql errors: " + new String(body, StandardCharsets.UTF_8));
		}
		return body;
	}

	private static String nodeVersion() {
		try {
			Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			return new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private void conceptTarget(Measurement conceptS, Measurement conceptF) {
		line(String.format(Locale.ROOT, "- Target 4 (issue 11), text-to-concept lookup p99 under 20 ms: %s (the "
				+ "full-text query alone: %s): %s", Measurement.ms(conceptS.p99()), Measurement.ms(conceptF.p99()),
				conceptS.p99() < 20 ? "MET" : "NOT MET"));
	}

	private void writeReport() throws IOException {
		line("- Load average after the measurements: " + loadAverage());
		Path file = Path.of("target/benchmark/report.md");
		Files.createDirectories(file.getParent());
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file.toAbsolutePath());
	}

	/** The first dozen words of 200 capability descriptions. */
	private static List<String> conceptTexts(Driver driver) {
		return driver.executableQuery("""
				MATCH (c:Capability) WHERE c.description IS NOT NULL
				RETURN c.description AS description ORDER BY c.id LIMIT 200
				""").execute().records().stream()
			.map(r -> String.join(" ", java.util.Arrays.stream(r.get("description").asString().split("\\s+"))
				.limit(12).toList()))
			.toList();
	}

	/** The index and the Cypher baselines give the same answers (to 0.001) on a part of the workload. */
	private void agreement(Workload work, SkillGapCalls gaps, SimilarityCalls similarity, CypherBaselines cypher,
			SimilarityWeights weights) {
		int checks = 20;
		int similarSame = 0;
		int blendedSame = 0;
		int matchingSame = 0;
		int gapSame = 0;
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < checks; i++) {
			List<Double> index = similarity.similarJobs(work.target(i), FIRST).stream().map(s -> s.score()).toList();
			List<Double> baseline = cypher.similarJobs(work.target(i), FIRST).stream()
				.map(r -> r.get("score").asDouble())
				.toList();
			similarSame += agree(index, baseline, "similarJobs " + work.target(i), differences) ? 1 : 0;
			List<Double> blendIndex = similarity.similarJobs(work.target(i), FIRST, SimilarityMetric.BLENDED).stream()
				.map(s -> s.score())
				.toList();
			List<Double> blendBaseline = cypher.similarJobsBlended(work.target(i), FIRST, weights).stream()
				.map(r -> r.get("score").asDouble())
				.toList();
			blendedSame += agree(blendIndex, blendBaseline, "similarJobs BLENDED " + work.target(i), differences) ? 1 : 0;
			List<Double> matchIndex = similarity.jobsMatching(work.otherProfile(i), FIRST).stream()
				.map(s -> s.score())
				.toList();
			List<Double> matchBaseline = cypher.jobsMatching(work.otherProfile(i), FIRST).stream()
				.map(r -> r.get("readiness").asDouble())
				.toList();
			matchingSame += agree(matchIndex, matchBaseline, "jobsMatching " + i, differences) ? 1 : 0;
			gapSame += agree(List.of(gaps.fromProfile(work.gapProfile(i), work.target(i))),
					List.of(cypher.skillGap(work.gapProfile(i), work.target(i))), "skillGap " + i, differences) ? 1 : 0;
		}
		int plainSame = 0;
		for (int i = 0; i < checks; i++) {
			List<String> http = requirementRows(this.json.readTree(graphQl(Queries.PLAIN_READ,
					Map.of("id", work.target(i)))).path("data").path("job").path("requirements"));
			List<String> baseline = cypher.plainRead(work.target(i)).get("requirements") instanceof List<?> rows
					? rows.stream().map(AnalysisBenchmark::requirementRow).sorted().toList() : List.of();
			List<String> layerRows = this.layer == null ? baseline
					: layerRows(this.json.readTree(layerRead(work.target(i))).path("data").path("jobs").path(0)
						.path("requirementsConnection").path("edges"));
			if (http.equals(baseline) && http.equals(layerRows) && !http.isEmpty()) {
				plainSame++;
			}
			else {
				differences.add("plain read " + work.target(i) + ": HTTP " + http + ", Cypher " + baseline
						+ ", @neo4j/graphql " + layerRows);
			}
		}
		line(String.format(Locale.ROOT, "- Answers agree with the Cypher baselines (to 0.001) on %d sample inputs: "
				+ "similarJobs top-%d scores %d/%d, BLENDED %d/%d, jobsMatching top-%d readiness %d/%d, skillGap "
				+ "readiness %d/%d; plain read: the same requirements (capability name, priority, level) %d/%d (HTTP, "
				+ "Cypher baseline and @neo4j/graphql server)", checks,
				FIRST, similarSame, checks, blendedSame, checks, FIRST, matchingSame, checks, gapSame, checks,
				plainSame, checks));
		differences.stream().limit(3).forEach(d -> line("  - differs: " + d));
	}

	/** The requirements of a plain-read answer as sorted "name|priority|level" rows. */
	private static List<String> requirementRows(JsonNode requirements) {
		List<String> rows = new ArrayList<>();
		for (JsonNode requirement : requirements) {
			JsonNode level = requirement.path("level");
			rows.add(requirement.path("capability").path("name").asString() + "|"
					+ requirement.path("priority").asString().toLowerCase(Locale.ROOT) + "|"
					+ (level.isNumber() ? String.valueOf(level.asDouble()) : "null"));
		}
		return rows.stream().sorted().toList();
	}

	/** The edges of an @neo4j/graphql answer as sorted "name|priority|level" rows. */
	private static List<String> layerRows(JsonNode edges) {
		List<String> rows = new ArrayList<>();
		for (JsonNode edge : edges) {
			JsonNode level = edge.path("properties").path("level");
			rows.add(edge.path("node").path("name").asString() + "|" + edge.path("properties").path("priority").asString()
					+ "|" + (level.isNumber() ? String.valueOf(level.asDouble()) : "null"));
		}
		return rows.stream().sorted().toList();
	}

	private static String requirementRow(Object row) {
		Map<?, ?> requirement = (Map<?, ?>) row;
		Object level = requirement.get("level");
		return ((Map<?, ?>) requirement.get("capability")).get("name") + "|" + requirement.get("priority") + "|"
				+ (level instanceof Number number ? String.valueOf(number.doubleValue()) : "null");
	}

	private static boolean agree(List<Double> index, List<Double> baseline, String what, List<String> differences) {
		boolean same = index.size() == baseline.size();
		for (int k = 0; same && k < index.size(); k++) {
			same = Math.abs(index.get(k) - baseline.get(k)) < 1e-3;
		}
		if (!same) {
			differences.add(what + ": index " + index + ", Cypher " + baseline);
		}
		return same;
	}

	private static long escoJobs(Driver driver) {
		return driver.executableQuery("MATCH (:Organization {id: 'esco'})<-[:IN_ORGANIZATION]-(j:Job) RETURN count(j) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong();
	}

	private byte[] graphQl(String query, Map<String, Object> variables) {
		byte[] body = post("/graphql", this.json.writeValueAsString(Map.of("query", query, "variables", variables)));
		if (new String(body, 0, Math.min(body.length, 20), StandardCharsets.UTF_8).contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL errors: " + new String(body, StandardCharsets.UTF_8));
		}
		return body;
	}

	private byte[] post(String path, String body) {
		return post(this.port, path, body);
	}

	private byte[] post(int port, String path, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private void line(String text) {
		System.out.println(text);
		this.report.add(text);
	}

	/** The GraphQL documents sent over HTTP: what a client showing the answer with its explanation would ask. */
	static final class Queries {

		static final String SKILL_GAP = """
				query skillGap($from: GapSourceInput!, $to: ID!) {
				  skillGap(from: $from, to: $to) {
				    readiness desirableCoverage fit essentialMissing explanation
				    counts { total met partlyMet belowLevel missing }
				    requirements { capability { id name } status priority requiredLevel currentLevel deficit weight
				      credit weightedGap heldAs { id } match explanation }
				    extras { capability { id name } level }
				  }
				}""";

		static final String SIMILAR_JOBS = """
				query similarJobs($to: ID!, $first: Int) {
				  similarJobs(to: $to, first: $first) {
				    metric candidates
				    results { job { id title } score computation sharedCount missingCount
				      shared(first: 5) { capability { id name } contribution }
				      missing(first: 5) { capability { id name } value } }
				  }
				}""";

		static final String JOBS_MATCHING = """
				query jobsMatching($profile: [ProfileCapabilityInput!]!, $first: Int) {
				  jobsMatching(profile: $profile, first: $first) {
				    candidates
				    results { job { id title } readiness fit essentialCoverage explanation
				      missingEssentials(first: 5) { capability { id name } } }
				  }
				}""";

		/** The plain read compared with a GraphQL-to-Cypher layer. */
		static final String PLAIN_READ = """
				query job($id: ID!) {
				  job(id: $id) { title requirements { capability { name } priority level } }
				}""";

		private Queries() {
		}

	}

}
