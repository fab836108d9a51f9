package org.competencygraph.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.competencygraph.CompetencyGraphApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The hostile-input and load script (issue 9; BENCHMARKS.md has the command and the figures). It starts the whole
 * application on a throwaway data folder with the seed graph, on loopback only, and fires a fixed number of hostile
 * requests per attack, each attack bounded in time, while a small probe query runs alone in a loop beside it. Per
 * attack it prints the responses by HTTP status and error classification, the probe's latency (p50, p99) beside its
 * baseline (the probe alone, measured in the same run), and memory: heap used and the process's RSS (from
 * /proc/self/status) before, at the peak during, and after. Server and attackers share this JVM, so the memory
 * figures include both; the attackers keep no response bodies.
 * <p>
 * System properties: {@code hostile.data-dir} (default target/hostile-load-neo4j, deleted at the end).
 */
public final class HostileLoad {

	static final String PROBE = "{ job(id: \"uk-council-b/infrastructure-engineer-l2\") { title } }";

	static final Duration ATTACK_BOUND = Duration.ofSeconds(60);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	private final List<String> report = new ArrayList<>();

	private HostileLoad(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("hostile.data-dir", "target/hostile-load-neo4j"))
			.resolve(UUID.randomUUID().toString());
		Instant started = Instant.now();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1",
				"--competency-graph.embedded.data-dir=" + dataDir.toAbsolutePath(),
				"--competency-graph.embedded.bolt.port=0", "--competency-graph.embedded.page-cache=128MB",
				"--competency-graph.security.admin.password=" + UUID.randomUUID(),
				"--logging.level.root=warn");
		int exit = 0;
		try {
			int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
			new HostileLoad(port).run(Duration.between(started, Instant.now()));
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		finally {
			context.close();
			FileSystemUtils.deleteRecursively(dataDir);
		}
		System.exit(exit);
	}

	private void run(Duration startup) throws Exception {
		line("# Hostile-input and load run, " + Instant.now());
		line("");
		line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1 << 20)
				+ " MB; load average at start " + loadAverage() + "; application start " + startup.toSeconds() + " s");
		line("- Probe: `" + PROBE + "`, one at a time in a loop beside each attack");
		for (int i = 0; i < 50; i++) {
			send(graphQl(PROBE));
		}
		List<Long> baseline = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			long t = System.nanoTime();
			send(graphQl(PROBE));
			baseline.add(System.nanoTime() - t);
		}
		line(String.format(Locale.ROOT, "- Probe alone (baseline, 200 requests): p50 %.1f ms, p99 %.1f ms",
				percentile(baseline, 0.5), percentile(baseline, 0.99)));
		line("");
		line("| attack | requests | responses (HTTP status: classification x count) | attack took | probe p50 / p99 ms (n) | heap used MB before / peak / after | RSS MB before / peak / after |");
		line("|---|---|---|---|---|---|---|");

		attack("abusive alias query (100 x similarJobs(first: 100) { results { shared(first: 100) ... } }, 13 KB) x8 at once",
				8, 8, () -> graphQl(aliases(100)));
		attack("heaviest allowed: 4 such aliases (cost 80,408 of 100,000), 8 at once x 3", 24, 8,
				() -> graphQl(aliases(4)));
		attack("deep nesting (depth 40), x20, 4 at once", 20, 4, () -> graphQl(deep(40)));
		attack("nested requiredBy: jobs(first: 20) { ... requirements { capability { requiredBy { totalCount } } } }, x16, 8 at once",
				16, 8, () -> graphQl("{ jobs(first: 20) { edges { node { requirements { capability { requiredBy { totalCount } } } } } } }"));
		attack("nested requiredBy with edges: jobs(first: 100) x requirements x requiredBy(first: 100) { edges { node { title } } }, x8 at once",
				8, 8, () -> graphQl("{ jobs(first: 100) { edges { node { requirements { capability { requiredBy(first: 100) { edges { node { title } } } } } } } } }"));
		attack("malformed JSON body, x20", 20, 4, () -> body("{\"query\": \"{ jobs { totalCount } \""));
		attack("batched array of 50 queries, x20", 20, 4, () -> body(batch(50)));
		attack("non-object variables (\"variables\": [1, 2]), x20", 20, 4,
				() -> body("{\"query\": \"query($n: Int) { jobs(first: $n) { totalCount } }\", \"variables\": [1, 2]}"));
		attack("huge query text (2 MB of aliases of __typename), x4", 4, 2, () -> graphQl(hugeQuery(2 << 20)));
		attack("huge query text (2 MB string literal), x4", 4, 2,
				() -> graphQl("{ searchCapabilities(text: \"" + "a".repeat(2 << 20) + "\") { score } }"));
		attack("wrong passwords on a write (refreshAnalysisIndex), x30 one after another", 30, 1,
				() -> wrongPassword());
		line("");
		line("Classification: `data` is an answer without errors; otherwise the first error's `extensions.classification`"
				+ " (or `message` when it has none); `-` a response without a GraphQL body. Load average at the end "
				+ loadAverage() + ".");
		String text = String.join("\n", this.report) + "\n";
		Path out = Path.of("target/hostile-load/report.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text);
		System.out.println();
		System.out.print(text);
	}

	/**
	 * Sends {@code requests} requests, {@code concurrency} at a time, bounded by {@link #ATTACK_BOUND}, with the
	 * probe in a loop beside them, and reports one table row.
	 */
	private void attack(String name, int requests, int concurrency, Supplier<HttpRequest> request)
			throws Exception {
		Memory before = Memory.now();
		AtomicLong peakHeap = new AtomicLong(before.heap());
		AtomicLong peakRss = new AtomicLong(before.rss());
		Map<String, Integer> outcomes = Collections.synchronizedMap(new TreeMap<>());
		List<Long> probes = Collections.synchronizedList(new ArrayList<>());
		long start = System.nanoTime();
		try (ExecutorService attackers = Executors.newFixedThreadPool(concurrency);
				ExecutorService sampler = Executors.newSingleThreadExecutor()) {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				sent.add(attackers.submit(() -> {
					String outcome;
					try {
						outcome = classify(send(request.get()));
					}
					catch (IOException ex) {
						outcome = "connection: " + ex.getClass().getSimpleName();
					}
					outcomes.merge(outcome, 1, Integer::sum);
					return null;
				}));
			}
			attackers.shutdown();
			Future<?> sampling = sampler.submit(() -> {
				while (!attackers.isTerminated()) {
					Memory m = Memory.now();
					peakHeap.accumulateAndGet(m.heap(), Math::max);
					peakRss.accumulateAndGet(m.rss(), Math::max);
					Thread.sleep(20);
				}
				return null;
			});
			long deadline = start + ATTACK_BOUND.toNanos();
			do {
				long t = System.nanoTime();
				send(graphQl(PROBE));
				probes.add(System.nanoTime() - t);
			}
			while (!attackers.isTerminated() && System.nanoTime() < deadline);
			if (!attackers.awaitTermination(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
				outcomes.merge("not finished within " + ATTACK_BOUND.toSeconds() + " s", (int) sent.stream()
					.filter(f -> !f.isDone())
					.count(), Integer::sum);
				attackers.shutdownNow();
			}
			sampling.cancel(true);
		}
		double took = (System.nanoTime() - start) / 1e9;
		Memory after = Memory.now();
		StringBuilder responses = new StringBuilder();
		outcomes.forEach((outcome, count) -> responses.append(responses.isEmpty() ? "" : ", ")
			.append(outcome)
			.append(" x")
			.append(count));
		line(String.format(Locale.ROOT, "| %s | %d | %s | %.2f s | %.1f / %.1f (%d) | %d / %d / %d | %d / %d / %d |", name,
				requests, responses, took, percentile(probes, 0.5), percentile(probes, 0.99), probes.size(),
				mb(before.heap()), mb(peakHeap.get()), mb(after.heap()), mb(before.rss()), mb(peakRss.get()),
				mb(after.rss())));
		System.out.println(this.report.getLast());
	}

	private HttpRequest graphQl(String query) {
		return body(this.json.writeValueAsString(Map.of("query", query)));
	}

	private HttpRequest body(String body) {
		return HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.timeout(ATTACK_BOUND)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest wrongPassword() {
		String credential = Base64.getEncoder()
			.encodeToString(("admin:wrong-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + credential)
			.timeout(ATTACK_BOUND)
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { refreshAnalysisIndex { errors } }\"}"))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** HTTP status, then {@code data} or the first error's classification (its message when it has none). */
	private String classify(HttpResponse<String> response) {
		String outcome;
		try {
			JsonNode body = this.json.readTree(response.body());
			JsonNode error = body.path("errors").path(0);
			if (error.isMissingNode()) {
				outcome = body.has("data") ? "data" : "-";
			}
			else {
				String classification = error.path("extensions").path("classification").asString("");
				outcome = !classification.isEmpty() ? classification : abbreviate(error.path("message").asString(""));
			}
		}
		catch (RuntimeException ex) {
			outcome = "-";
		}
		return response.statusCode() + ": " + outcome;
	}

	private static String abbreviate(String message) {
		String oneLine = message.replace('\n', ' ').replace('|', '/');
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
	}

	static String aliases(int count) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			query.append(" a").append(i).append(": similarJobs(to: \"harvard/it-infrastructure-professional-iv\", ")
				.append("first: 100) { results { shared(first: 100) { capability { name } } } }");
		}
		return query.append(" }").toString();
	}

	static String deep(int depth) {
		StringBuilder query = new StringBuilder("{ job(id: \"uk-council-b/infrastructure-engineer-l2\") { ");
		int closing = 2;
		for (int i = 0; i < depth / 2; i++) {
			query.append("progressesTo { job { ");
			closing += 2;
		}
		return query.append("title").append(" }".repeat(closing)).toString();
	}

	static String hugeQuery(int bytes) {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; query.length() < bytes; i++) {
			query.append(" t").append(i).append(": __typename");
		}
		return query.append(" }").toString();
	}

	private String batch(int queries) {
		List<Map<String, String>> batch = new ArrayList<>();
		for (int i = 0; i < queries; i++) {
			batch.add(Map.of("query", "{ jobs(first: 100) { edges { node { title requirements { level } } } } }"));
		}
		return this.json.writeValueAsString(batch);
	}

	private static double percentile(List<Long> nanos, double quantile) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		sorted.sort(Comparator.naturalOrder());
		return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1)) / 1e6;
	}

	private static long mb(long bytes) {
		return bytes / (1 << 20);
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private void line(String text) {
		this.report.add(text);
	}

	/** Heap used (no GC forced) and the resident set size of this process. */
	record Memory(long heap, long rss) {

		static Memory now() {
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long rss = 0;
			try {
				for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
					if (line.startsWith("VmRSS:")) {
						rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
					}
				}
			}
			catch (IOException ex) {
				// not on Linux: RSS stays 0
			}
			return new Memory(heap, rss);
		}

	}

}
