package org.competencygraph.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code competency-graph.training-run=true}, the server asks itself over HTTP what a user's first minutes
 * ask (the explorer page, a list of jobs, a job with its requirements, similar jobs, a skill gap, a capability
 * search) a few rounds over, then stops. Run with {@code -XX:AOTCacheOutput}, this records an AOT cache that holds
 * the classes and method profiles of the first answers and of the analysis index's build, not only those of the
 * context's start that Spring Boot's {@code spring.context.exit=onRefresh} records: the first answers of a later
 * start then no longer load, link and interpret that code while the index is built beside them. It reads only;
 * on an empty database it asks what it can.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnBooleanProperty("competency-graph.training-run")
class TrainingRun {

	private static final Logger logger = LoggerFactory.getLogger(TrainingRun.class);

	/** Rounds of the requests: enough for the JIT to profile the request path, few enough to stop within a minute. */
	private static final int ROUNDS = 30;

	private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	@EventListener(ApplicationReadyEvent.class)
	void run(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		long started = System.nanoTime();
		int answered = 0;
		try {
			answered = ask(base, ROUNDS);
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
	static int ask(String base, int rounds) throws IOException, InterruptedException {
		int answered = 0;
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			List<String> ids = ids(graphQl(client, base, "{ jobs(first: 2) { totalCount edges { node { id title } } } }"));
			for (int round = 0; round < rounds; round++) {
				answered += get(client, base + "/");
				answered += post(client, base, "{ jobs(first: 1) { totalCount } }");
				answered += post(client, base, """
						{ searchCapabilities(text: "network", first: 5) { score capability { id name } } }""");
				if (ids.size() >= 2) {
					answered += post(client, base, """
							{ job(id: "%s") { title requirements { capability { name } priority level } } }"""
						.formatted(ids.get(0)));
					answered += post(client, base, """
							{ similarJobs(to: "%s", first: 10) { results { job { title } score } } }"""
						.formatted(ids.get(0)));
					answered += post(client, base, """
							{ skillGap(from: {job: "%s"}, to: "%s") { readiness requirements { capability { name } status } } }"""
						.formatted(ids.get(0), ids.get(1)));
				}
			}
		}
		return answered;
	}

	private static List<String> ids(String body) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = FIRST_ID.matcher(body);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static int post(HttpClient client, String base, String query) throws IOException, InterruptedException {
		String answer = graphQl(client, base, query);
		if (answer.contains("\"errors\"")) {
			logger.warn("Training request answered with errors: {}", answer);
			return 0;
		}
		return 1;
	}

	private static String graphQl(HttpClient client, String base, String query)
			throws IOException, InterruptedException {
		String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static int get(HttpClient client, String uri) throws IOException, InterruptedException {
		int status = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
		return status == 200 ? 1 : 0;
	}

}
