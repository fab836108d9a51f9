package org.competencygraph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up and memory benchmark (see BENCHMARKS.md for the command and the figures). It prepares, once, a
 * database with the ESCO and O*NET releases imported and linked by the project's own commands ({@code import-esco},
 * {@code import-onet}, {@code link-frameworks} of the packaged jar), kept under {@code target/} for later runs. Then
 * it starts the packaged server on that database as a child process, in turn with the JVM's default settings, with
 * the documented memory settings, and with those and a JDK AOT cache (the jar extracted and a training run recorded
 * first, as Spring Boot documents for faster starts), and for each start measures
 * <ul>
 * <li>the wall-clock time from starting the process to the first answer of {@code { jobs(first: 1) { totalCount } }}
 * over HTTP (polled), the CPU time the server used until then, and the time to the first answer of an analysis
 * query (which needs the in-memory index);</li>
 * <li>when the work the server defers until it is ready (the sentence model's warm-up and the read of the
 * capabilities' vectors, which the server ends with the log line "Warm-up done", and the import check) has finished
 * and the server's CPU has settled: the requests below are then timed alone in every setting, whether that work waits
 * {@code competency-graph.startup.deferred-work-delay} or not;</li>
 * <li>after a warm-up of analysis queries (skillGap, similarJobs, the plain read of a job), the median time of
 * those queries, so that a memory setting that slows requests shows;</li>
 * <li>the child's resident memory (VmRSS, and its peak VmHWM, from {@code /proc/<pid>/status}).</li>
 * </ul>
 * The report is printed and written to {@code target/startup-benchmark/report.md}; each child's log is kept beside it.
 * <p>
 * System properties: {@code benchmark.jar} (default: the jar in target/), {@code benchmark.jvm-args} (the options
 * every start gets, the pom's {@code app.jvm.args}), {@code benchmark.memory-args} (the documented memory settings,
 * the pom's {@code app.memory.args}), {@code benchmark.esco}, {@code benchmark.onet} (release folders),
 * {@code benchmark.data-dir} (default target/startup-benchmark-neo4j), {@code benchmark.runs} (starts per setting,
 * default 2), {@code benchmark.warm-up} (rounds of analysis queries before they are timed and memory is read,
 * default 200).
 */
public final class StartupBenchmark {

	private static final String FIRST_ANSWER = "{ jobs(first: 1) { totalCount } }";

	/** Rounds of analysis queries timed after the warm-up. */
	private static final int MEASURED = 100;

	private static final String JOB_IDS = """
			{ jobs(first: 40, filter: {organization: "esco"}) { edges { node { id } } } }""";

	private static final String SKILL_GAP = """
			query gap($from: ID!, $to: ID!) {
			  skillGap(from: {job: $from}, to: $to) { readiness requirements { capability { name } status } }
			}""";

	private static final String SIMILAR_JOBS = """
			query similar($to: ID!) { similarJobs(to: $to, first: 10) { results { job { title } score } } }""";

	private static final String PLAIN_READ = """
			query job($id: ID!) { job(id: $id) { title requirements { capability { name } priority level } } }""";

	private static final Pattern STARTED = Pattern.compile("Started CompetencyGraphApplication in ([0-9.]+) seconds");

	private static final Pattern NEO4J_STARTED = Pattern.compile("Embedded Neo4j started in ([0-9]+) s");

	private static final Pattern INDEX_BUILT = Pattern.compile("Analysis index built in ([0-9]+) ms");

	private static final Pattern INDEX_SOURCE = Pattern.compile("Analysis index built in [0-9]+ ms \\([^)]*, from the (\\w+)\\)");

	/** The line the server logs when its deferred start-up work is done (TextEmbedderWarmUp). */
	private static final Pattern WARMED_UP = Pattern.compile("Warm-up done in [0-9]+ ms");

	private static final String DEFAULT_DATA_DIR = "target/startup-benchmark-neo4j";

	/** The application's options for a start without the background start (for comparison within one run). */
	private static final String[] IN_TURN = { "--competency-graph.startup.background=false",
			"--competency-graph.startup.deferred-work-delay=0s" };

	private final Path jar;

	private final List<String> jvmArgs;

	private final Path dataDir;

	private final Path output = Path.of("target/startup-benchmark");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> report = new ArrayList<>();

	private StartupBenchmark(Path jar, List<String> jvmArgs, Path dataDir) {
		this.jar = jar;
		this.jvmArgs = jvmArgs;
		this.dataDir = dataDir;
	}

	public static void main(String[] args) throws Exception {
		Path esco = Path.of(System.getProperty("benchmark.esco", "../shared/data/esco-1.1.1"));
		Path onet = Path.of(System.getProperty("benchmark.onet", "../shared/data/onet-30.1"));
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", DEFAULT_DATA_DIR)).toAbsolutePath();
		List<String> jvmArgs = options(System.getProperty("benchmark.jvm-args", ""));
		List<String> memoryArgs = options(System.getProperty("benchmark.memory-args", "-Xmx768m"));
		int runs = Integer.getInteger("benchmark.runs", 2);
		int warmUp = Integer.getInteger("benchmark.warm-up", 200);
		Path jar = System.getProperty("benchmark.jar") != null ? Path.of(System.getProperty("benchmark.jar")) : jar();
		StartupBenchmark benchmark = new StartupBenchmark(jar, jvmArgs, dataDir);
		Files.createDirectories(benchmark.output);
		benchmark.prepare(esco, onet);
		benchmark.run(memoryArgs, runs, warmUp);
	}

	/**
	 * Imports ESCO and O*NET and links them, once: a later run finds the marker file and reuses the database. A
	 * folder given by {@code benchmark.data-dir} other than the default is used as it is, never prepared (which
	 * would delete it first).
	 */
	private void prepare(Path esco, Path onet) throws IOException, InterruptedException {
		Path prepared = this.dataDir.resolve("benchmark-prepared");
		if (Files.exists(prepared)) {
			return;
		}
		if (!this.dataDir.equals(Path.of(DEFAULT_DATA_DIR).toAbsolutePath())) {
			if (!Files.isDirectory(this.dataDir.resolve("data/databases/neo4j"))) {
				throw new IllegalStateException("benchmark.data-dir " + this.dataDir + " holds no Neo4j database "
						+ "(data/databases/neo4j); leave it out to prepare one in " + DEFAULT_DATA_DIR);
			}
			System.out.println("Using the database in " + this.dataDir + " as it is");
			return;
		}
		if (Files.exists(this.dataDir)) {
			try (Stream<Path> files = Files.walk(this.dataDir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		for (List<String> command : List.of(List.of("import-esco", esco.toAbsolutePath().toString()),
				List.of("import-onet", onet.toAbsolutePath().toString()), List.of("link-frameworks"))) {
			Instant started = Instant.now();
			List<String> line = new ArrayList<>(java(true));
			line.add("-Xmx2g");
			line.addAll(List.of("-jar", this.jar.toString()));
			line.addAll(command);
			line.addAll(List.of("--competency-graph.embedded.data-dir=" + this.dataDir,
					"--competency-graph.embedded.bolt.port=0"));
			Path log = this.output.resolve("prepare-" + command.getFirst() + ".log");
			Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed; see " + log.toAbsolutePath());
			}
			System.out.printf(Locale.ROOT, "Prepared: %s in %d s%n", String.join(" ", command),
					Duration.between(started, Instant.now()).toSeconds());
		}
		Files.writeString(prepared, "ESCO and O*NET imported and linked " + Instant.now() + "\n");
	}

	/**
	 * How the server is started: JVM options, the jar and the application's own options; {@code vectorModule} false
	 * leaves {@code --add-modules jdk.incubator.vector} out of the options every start gets.
	 */
	private record Setting(String name, List<String> options, Path jar, List<String> arguments, boolean vectorModule) {

		Setting(String name, List<String> options, Path jar) {
			this(name, options, jar, List.of(), true);
		}

		Setting withArguments(String name, String... arguments) {
			return new Setting(name, this.options, this.jar, List.of(arguments), this.vectorModule);
		}

	}

	/**
	 * The jar extracted as Spring Boot documents it for class data sharing, and a JDK AOT cache recorded by a
	 * training run on the benchmark's database: one that exits once the context is up (Spring Boot's
	 * {@code spring.context.exit=onRefresh}), or the server's own training run, which also answers a user's first
	 * requests and builds the analysis index before it exits ({@code competency-graph.training-run}). Without
	 * {@code vectorModule}, training and starts go without {@code --add-modules jdk.incubator.vector}: the JDK then
	 * archives the full module graph and the classes linked (lambdas and invokedynamic call sites resolved), which
	 * it does not while an incubating module is added.
	 */
	private Setting aotCache(List<String> memoryArgs, boolean throughRequests, boolean vectorModule)
			throws IOException, InterruptedException {
		Path folder = this.output
			.resolve((throughRequests ? "aot-requests" : "aot") + (vectorModule ? "" : "-without-vector-module"))
			.toAbsolutePath();
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		List<String> extract = new ArrayList<>(List.of(java(true).getFirst(), "-Djarmode=tools", "-jar",
				this.jar.toString(), "extract", "--destination", folder.toString()));
		exec(extract, this.output.resolve("aot-extract.log"));
		Path jar = folder.resolve(this.jar.getFileName());
		Path cache = folder.resolve("app.aot");
		List<String> training = new ArrayList<>(java(vectorModule));
		training.addAll(memoryArgs);
		training.add("-XX:AOTCacheOutput=" + cache);
		if (!throughRequests) {
			training.add("-Dspring.context.exit=onRefresh");
		}
		training.addAll(List.of("-jar", jar.toString(), "--server.port=0",
				"--competency-graph.embedded.data-dir=" + this.dataDir, "--competency-graph.embedded.bolt.port=0"));
		if (throughRequests) {
			training.add("--competency-graph.training-run=true");
		}
		if (throughRequests) {
			// Without the analysis index's snapshot the training run reads the graph at its start, saves the
			// snapshot and then reads it back: the cache holds both paths, and the starts measured after it find
			// the snapshot of the unchanged database.
			Files.deleteIfExists(this.dataDir.resolve("analysis-index.snapshot"));
		}
		Instant started = Instant.now();
		exec(training, this.output.resolve(folder.getFileName() + "-training.log"));
		System.out.printf(Locale.ROOT, "AOT cache recorded in %d s: %d MB%n",
				Duration.between(started, Instant.now()).toSeconds(), Files.size(cache) >> 20);
		List<String> options = new ArrayList<>(memoryArgs);
		options.add("-XX:AOTCache=" + cache);
		String name = throughRequests ? "documented + AOT cache trained through requests" : "documented + AOT cache";
		return vectorModule ? new Setting(name, options, jar)
				: new Setting(name + ", without the vector module", options, jar, List.of(), false);
	}

	private static void exec(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + log.toAbsolutePath());
		}
	}

	private void run(List<String> memoryArgs, int runs, int warmUp) throws Exception {
		line("# Start-up and memory benchmark, " + Instant.now());
		line("");
		line(String.format(Locale.ROOT, "- Server: %s (%d MB), %s; database %s (%d MB on disk, transaction logs "
				+ "included: ESCO and O*NET imported and linked)", this.jar.getFileName(), Files.size(this.jar) >> 20,
				javaVersion(), this.dataDir, folderSize(this.dataDir) >> 20));
		line(String.format(Locale.ROOT, "- Machine: %d cores, %d MB memory; load average %s at the start",
				Runtime.getRuntime().availableProcessors(), memoryMb(), loadAverage()));
		line("- Options of every start: `" + String.join(" ", this.jvmArgs) + "`; documented memory settings: `"
				+ String.join(" ", memoryArgs) + "`; warm-up: " + warmUp + " rounds of skillGap, similarJobs and "
				+ "the plain read of a job");
		line("");
		Setting defaultSetting = new Setting("default", List.of(), this.jar);
		Setting documentedSetting = new Setting("documented", memoryArgs, this.jar);
		Setting aot = aotCache(memoryArgs, false, true);
		Setting aotRequests = aotCache(memoryArgs, true, true);
		// The README's alternative: the same training and cache without the incubating vector module.
		Setting aotRequestsWithoutVector = aotCache(memoryArgs, true, false);
		// The same without the analysis index's snapshot: the index read from the graph at every start, as before.
		Setting withoutSnapshot = aotRequests.withArguments(aotRequests.name() + ", index snapshot off",
				"--competency-graph.analysis.snapshot=false");
		// Without the background start: the database started and migrated on the main thread, and the work the
		// first requests do not need done at once when the server is ready, as before (same jar, same cache).
		Setting documentedInTurn = documentedSetting.withArguments(documentedSetting.name() + ", background start off",
				IN_TURN);
		Setting aotRequestsInTurn = aotRequests.withArguments(aotRequests.name() + ", background start off", IN_TURN);
		line("");
		line("| JVM settings | first answer | CPU to first answer | first analysis answer | deferred work done "
				+ "| Spring's start (log) | Neo4j start (log) | index build (log) | skillGap / similarJobs / plain read p50 after warm-up "
				+ "| RSS after warm-up | peak RSS | load average |");
		line("|---|---|---|---|---|---|---|---|---|---|---|---|");
		List<Start> defaults = new ArrayList<>();
		List<Start> documented = new ArrayList<>();
		List<Start> cached = new ArrayList<>();
		List<Start> cachedRequests = new ArrayList<>();
		List<Start> withoutVector = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			defaults.add(start(defaultSetting, run, warmUp));
			documented.add(start(documentedSetting, run, warmUp));
			cached.add(start(aot, run, warmUp));
			cachedRequests.add(start(aotRequests, run, warmUp));
			withoutVector.add(start(aotRequestsWithoutVector, run, warmUp));
			start(withoutSnapshot, run, warmUp);
			start(documentedInTurn, run, warmUp);
			start(aotRequestsInTurn, run, warmUp);
		}
		line("");
		Start bestDefault = defaults.stream().min(java.util.Comparator.comparingDouble(Start::firstAnswer)).orElseThrow();
		Start best = documented.stream().min(java.util.Comparator.comparingDouble(Start::firstAnswer)).orElseThrow();
		Start bestWithoutVector = withoutVector.stream()
			.min(java.util.Comparator.comparingDouble(Start::firstAnswer))
			.orElseThrow();
		long worstRss = documented.stream().mapToLong(Start::rssMb).max().orElseThrow();
		Start bestCached = cached.stream().min(java.util.Comparator.comparingDouble(Start::firstAnswer)).orElseThrow();
		Start bestTrained = cachedRequests.stream().min(java.util.Comparator.comparingDouble(Start::firstAnswer))
			.orElseThrow();
		line(String.format(Locale.ROOT, "- Target 1, first answer within 15 s on an existing database (best of %d): "
				+ "documented settings %.1f s: %s; with the AOT cache %.1f s: %s; with the AOT cache trained through "
				+ "requests %.1f s: %s (default settings: %.1f s)", runs, best.firstAnswer(),
				best.firstAnswer() <= 15 ? "MET" : "NOT MET", bestCached.firstAnswer(),
				bestCached.firstAnswer() <= 15 ? "MET" : "NOT MET", bestTrained.firstAnswer(),
				bestTrained.firstAnswer() <= 15 ? "MET" : "NOT MET", bestDefault.firstAnswer()));
		line(String.format(Locale.ROOT, "- The same AOT cache trained through requests without the vector module: "
				+ "%.1f s: %s", bestWithoutVector.firstAnswer(), bestWithoutVector.firstAnswer() <= 15 ? "MET" : "NOT MET"));
		line(String.format(Locale.ROOT, "- Target 2, RSS under 1.5 GB with O*NET and ESCO loaded, documented "
				+ "settings (highest of %d, after warm-up): %d MB: %s (default settings: %d MB)", runs, worstRss,
				worstRss < 1536 ? "MET" : "NOT MET",
				defaults.stream().mapToLong(Start::rssMb).max().orElseThrow()));
		Path file = this.output.resolve("report.md");
		Files.write(file, this.report, StandardCharsets.UTF_8);
		System.out.println("Report written to " + file.toAbsolutePath());
	}

	/** What one start measured: seconds from starting the process, resident memory after the warm-up. */
	private record Start(double firstAnswer, double firstAnalysis, long rssMb) {
	}

	/** Starts and measures; again on another port when the chosen one was taken meanwhile (by anyone). */
	private Start start(Setting setting, int run, int warmUp) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return startOnce(setting, run, warmUp);
			}
			catch (PortTakenException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private static final class PortTakenException extends IllegalStateException {

		PortTakenException(int port) {
			super("Port " + port + " was taken before the server could listen on it");
		}

	}

	private Start startOnce(Setting setting, int run, int warmUp) throws Exception {
		int port = freePort();
		List<String> command = new ArrayList<>(java(setting.vectorModule()));
		command.addAll(setting.options());
		command.addAll(List.of("-jar", setting.jar().toString(), "--server.port=" + port,
				"--competency-graph.embedded.data-dir=" + this.dataDir, "--competency-graph.embedded.bolt.port=0"));
		command.addAll(setting.arguments());
		Path log = this.output.resolve(setting.name().replaceAll("\\W+", "-") + "-" + run + ".log");
		String load = loadAverage();
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			double firstAnswer = seconds(started, until(process, port, log, FIRST_ANSWER, Map.of()));
			// What the start cost in CPU (all threads of the server): on a busy machine a better guide than the
			// wall-clock time, which waits for the cores other processes hold.
			double cpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
			List<String> ids = new ArrayList<>();
			this.json.readTree(post(port, JOB_IDS, Map.of()))
				.path("data").path("jobs").path("edges")
				.forEach(edge -> ids.add(edge.path("node").path("id").asString()));
			if (ids.size() < 2) {
				throw new IllegalStateException("Too few ESCO jobs in " + this.dataDir);
			}
			double firstAnalysis = seconds(started, until(process, port, log, SIMILAR_JOBS, Map.of("to", ids.getFirst())));
			double deferredDone = deferredWorkDone(process, log, started);
			List<Long> gaps = new ArrayList<>();
			List<Long> similar = new ArrayList<>();
			List<Long> plain = new ArrayList<>();
			for (int i = 0; i < warmUp + MEASURED; i++) {
				String from = ids.get(i % ids.size());
				String to = ids.get((i + 1) % ids.size());
				// Measured after the warm-up, which loads the read models and lets the JIT compile.
				boolean measured = i >= warmUp;
				time(measured ? gaps : null, () -> post(port, SKILL_GAP, Map.of("from", from, "to", to)));
				time(measured ? similar : null, () -> post(port, SIMILAR_JOBS, Map.of("to", to)));
				time(measured ? plain : null, () -> post(port, PLAIN_READ, Map.of("id", to)));
			}
			Map<String, Long> status = memory(process.pid());
			long rss = status.get("VmRSS") >> 10;
			line(String.format(Locale.ROOT, "| %s%s, run %d | %.1f s | %.1f s | %.1f s | %.1f s | %s | %s | %s | %s / %s / %s "
					+ "| %,d MB | %,d MB | %s |", setting.name(), setting.options().isEmpty() ? ""
							: " (`" + String.join(" ", setting.options()).replace(this.output.toAbsolutePath() + "/", "")
									+ "`)", run, firstAnswer, cpu, firstAnalysis, deferredDone, logged(log, STARTED, " s"),
					logged(log, NEO4J_STARTED, " s"),
					logged(log, INDEX_BUILT, " ms") + logged(log, INDEX_SOURCE, " ", ""), median(gaps), median(similar), median(plain), rss,
					status.get("VmHWM") >> 10, load));
			return new Start(firstAnswer, firstAnalysis, rss);
		}
		finally {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	/**
	 * Waits until the server has logged that its deferred start-up work is done, then until it uses less than a tenth
	 * of a core over a second (the import check runs beside the warm-up, and the JIT compiles after both), at most a
	 * minute; the seconds from starting the process.
	 */
	private static double deferredWorkDone(Process process, Path log, long started)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (!WARMED_UP.matcher(Files.readString(log)).find()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server stopped; see " + log.toAbsolutePath());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No \"Warm-up done\" within 3 minutes; see " + log.toAbsolutePath());
			}
			Thread.sleep(200);
		}
		long settleDeadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		Duration before = cpu(process);
		while (System.nanoTime() < settleDeadline) {
			Thread.sleep(1000);
			Duration now = cpu(process);
			if (now.minus(before).toMillis() < 100) {
				break;
			}
			before = now;
		}
		return seconds(started, System.nanoTime());
	}

	private static Duration cpu(Process process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/** Posts until the server answers without errors; the moment of the first such answer. */
	private long until(Process process, int port, Path log, String query, Map<String, Object> variables)
			throws InterruptedException, IOException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			if (!process.isAlive()) {
				if (Files.readString(log).contains("Port " + port + " was already in use")) {
					throw new PortTakenException(port);
				}
				throw new IllegalStateException("The server stopped; see " + log.toAbsolutePath());
			}
			try {
				JsonNode answer = this.json.readTree(post(port, query, variables));
				if (answer.path("errors").isMissingNode() && !answer.path("data").isMissingNode()) {
					return System.nanoTime();
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				// not listening yet, or not ready
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("No answer to " + query + " within 3 minutes");
			}
			Thread.sleep(50);
		}
	}

	private byte[] post(int port, String query, Map<String, Object> variables) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(
					this.json.writeValueAsString(Map.of("query", query, "variables", variables))))
			.build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("/graphql answered " + response.statusCode());
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

	private static void time(@Nullable List<Long> samples, Runnable call) {
		long start = System.nanoTime();
		call.run();
		if (samples != null) {
			samples.add(System.nanoTime() - start);
		}
	}

	private static String median(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return Measurement.ms(Measurement.percentile(sorted, 0.5) / 1e6);
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	/** VmRSS and VmHWM of a process, in kB. */
	private static Map<String, Long> memory(long pid) throws IOException {
		Map<String, Long> values = new java.util.HashMap<>();
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			for (String key : List.of("VmRSS", "VmHWM")) {
				if (line.startsWith(key + ":")) {
					values.put(key, Long.parseLong(line.replaceAll("[^0-9]", "")));
				}
			}
		}
		return values;
	}

	private static String logged(Path log, Pattern pattern, String unit) throws IOException {
		return logged(log, pattern, "", unit, "-");
	}

	private static String logged(Path log, Pattern pattern, String prefix, String missing) throws IOException {
		return logged(log, pattern, prefix, "", missing);
	}

	private static String logged(Path log, Pattern pattern, String prefix, String unit, String missing)
			throws IOException {
		Matcher matcher = pattern.matcher(Files.readString(log));
		return matcher.find() ? prefix + matcher.group(1) + unit : missing;
	}

	/** The java this benchmark runs on (the toolchain's JDK 21+) with the options every start gets. */
	private List<String> java(boolean vectorModule) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		List<String> args = new ArrayList<>(this.jvmArgs);
		int addModules = args.indexOf("--add-modules");
		if (!vectorModule && addModules >= 0 && addModules + 1 < args.size()
				&& args.get(addModules + 1).equals("jdk.incubator.vector")) {
			args.subList(addModules, addModules + 2).clear();
		}
		command.addAll(args);
		return command;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("competency-graph-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: run the benchmark with "
						+ "./mvnw -B -Pstartup-benchmark verify, which packages it first"));
		}
	}

	private static List<String> options(String value) {
		return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static long folderSize(Path folder) throws IOException {
		// Links followed: a data folder given as a link to the real one counted nothing ("0 MB on disk").
		try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
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

	private static long memoryMb() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo")).stream()
			.filter(l -> l.startsWith("MemTotal:"))
			.mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10)
			.findFirst()
			.orElse(0);
	}

	private static String javaVersion() {
		return "Java " + System.getProperty("java.version");
	}

	private void line(String text) {
		System.out.println(text);
		this.report.add(text);
	}

}
