package org.competencygraph.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code competency-graph.training-run=true}, the server asks itself over HTTP what a user's first minutes
 * ask (the explorer page, a list of jobs, a job with its requirements, similar jobs, a skill gap, a capability
 * search) a few rounds over, then stops. Run with {@code -XX:AOTCacheOutput}, this records an AOT cache that holds
 * the classes and method profiles of the first answers and of the analysis index's build, not only those of the
 * context's start that Spring Boot's {@code spring.context.exit=onRefresh} records: the first answers of a later
 * start then no longer load, link and interpret that code while the index is built beside them. Last it reads
 * the analysis index's snapshot file back (saved by its own start when there was none), so that the cache holds
 * the path a later start on the unchanged database takes. It reads only; on an empty database it asks what it
 * can.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("competency-graph.training-run")
class TrainingRun {

	private static final Logger logger = LoggerFactory.getLogger(TrainingRun.class);

	/** Rounds of the requests: enough for the JIT to profile the request path, few enough to stop within a minute. */
	private static final int ROUNDS = 30;

	private final JsonMapper json;

	private final RequirementIndexes indexes;

	TrainingRun(JsonMapper json, RequirementIndexes indexes) {
		this.json = json;
		this.indexes = indexes;
	}

	@EventListener(ApplicationReadyEvent.class)
	void run(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		long started = System.nanoTime();
		int answered = 0;
		try {
			answered = ask(this.json, base, ROUNDS);
			RequirementIndex snapshot = this.indexes.readSnapshot();
			logger.info("Training run: analysis index snapshot {}", snapshot == null ? "not usable (see above)"
					: "read back: " + snapshot.jobCount() + " jobs, " + snapshot.requirementCount() + " requirements");
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Training run stopped early: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		logger.info("Training run: {} requests answered in {} ms; stopping", answered,
				(System.nanoTime() - started) / 1_000_000);
		System.exit(SpringApplication.exit(context));
	}

	/**
	 * Asks the server at {@code base} the training requests {@code rounds} times over.
	 *
	 * @return how many were answered without errors (an answer with errors would train the error path instead)
	 */
	static int ask(JsonMapper json, String base, int rounds) throws IOException, InterruptedException {
		int answered = 0;
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			Requests requests = new Requests(json, client, base);
			List<String> ids = requests.graphQl("{ jobs(first: 2) { totalCount edges { node { id title } } } }")
				.path("data").path("jobs").path("edges").valueStream()
				.map(edge -> edge.path("node").path("id").asString())
				.toList();
			for (int round = 0; round < rounds; round++) {
				answered += requests.get("/");
				answered += requests.post("{ jobs(first: 1) { totalCount } }");
				answered += requests.post("""
						{ searchCapabilities(text: "network", first: 5) { score capability { id name } } }""");
				if (ids.size() >= 2) {
					answered += requests.post("""
							{ job(id: "%s") { title requirements { capability { name } priority level } } }"""
						.formatted(ids.get(0)));
					answered += requests.post("""
							{ similarJobs(to: "%s", first: 10) { results { job { title } score } } }"""
						.formatted(ids.get(0)));
					answered += requests.post("""
							{ skillGap(from: {job: "%s"}, to: "%s") { readiness requirements { capability { name } status } } }"""
						.formatted(ids.get(0), ids.get(1)));
				}
			}
		}
		return answered;
	}

	/** GraphQL requests over HTTP to the server at {@code base}. */
	private record Requests(JsonMapper json, HttpClient client, String base) {

		/** 1 when answered without errors, else 0. */
		int post(String query) throws IOException, InterruptedException {
			JsonNode answer = graphQl(query);
			if (answer.has("errors")) {
				logger.warn("Training request answered with errors: {}", answer);
				return 0;
			}
			return 1;
		}

		JsonNode graphQl(String query) throws IOException, InterruptedException {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(Map.of("query", query))))
				.build();
			return this.json.readTree(this.client.send(request, HttpResponse.BodyHandlers.ofString()).body());
		}

		/** 1 when answered with 200, else 0. */
		int get(String path) throws IOException, InterruptedException {
			int status = this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
			return status == 200 ? 1 : 0;
		}

	}

}
