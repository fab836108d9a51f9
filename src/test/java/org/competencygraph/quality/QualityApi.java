package org.competencygraph.quality;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GraphQL API over HTTP, as a client sees it: every figure of the evaluation is measured through here. A
 * response with errors throws {@link Unavailable} with the first error's message, so that a field not (yet) in the
 * schema shows in the report as "not available: ..." instead of ending the run.
 */
final class QualityApi {

	/** A GraphQL answer with errors, or a failed request. */
	static final class Unavailable extends RuntimeException {

		Unavailable(String message) {
			super(message);
		}

	}

	/** An occupation or role as listed by {@code jobs}: its organization id, code and family id. */
	record Job(String id, String title, String organization, @Nullable String code, @Nullable String family) {
	}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI endpoint;

	private final String authorization;

	QualityApi(int port, String adminUser, String adminPassword) {
		this.endpoint = URI.create("http://localhost:" + port + "/graphql");
		this.authorization = "Basic " + Base64.getEncoder()
			.encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
	}

	/** The {@code data} of a query, or {@link Unavailable} with the first error. */
	JsonNode query(String document, Map<String, Object> variables) {
		String body = this.json.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Authorization", this.authorization)
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode answer = this.json.readTree(response.body());
			JsonNode errors = answer.path("errors");
			if (errors.isArray() && !errors.isEmpty()) {
				throw new Unavailable(errors.get(0).path("message").asString());
			}
			if (response.statusCode() != 200) {
				throw new Unavailable("HTTP " + response.statusCode());
			}
			return answer.path("data");
		}
		catch (IOException ex) {
			throw new Unavailable(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interrupted");
		}
	}

	/** Every job of an organization ({@code null}: all jobs), paging through {@code jobs}. */
	List<Job> jobs(String organization) {
		String document = """
				query jobs($filter: JobFilter, $after: String) {
				  jobs(filter: $filter, first: 100, after: $after) {
				    edges { node { id title code organization { id } family { id } } }
				    pageInfo { hasNextPage endCursor }
				  }
				}""";
		List<Job> jobs = new ArrayList<>();
		@Nullable String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("filter", organization == null ? Map.of() : Map.of("organization", organization));
			variables.put("after", after);
			JsonNode page = query(document, variables).path("jobs");
			for (JsonNode edge : page.path("edges")) {
				JsonNode node = edge.path("node");
				jobs.add(new Job(node.path("id").asString(), node.path("title").asString(),
						node.path("organization").path("id").asString(), text(node.path("code")),
						text(node.path("family").path("id"))));
			}
			after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString()
					: null;
		}
		while (after != null);
		return jobs;
	}

	/**
	 * Starts a background job with a mutation answering {@code { job { id } errors }} and polls it until it has
	 * ended; its final state (SUCCEEDED or FAILED) with its errors.
	 */
	String runJob(String mutation, String field, Map<String, Object> input) {
		JsonNode started = query("mutation run($input: " + inputType(field) + "!) { " + field
				+ "(input: $input) { job { id } errors } }", Map.of("input", input)).path(field);
		if (!started.path("errors").isEmpty()) {
			throw new Unavailable(field + " did not start: " + started.path("errors"));
		}
		String id = started.path("job").path("id").asString();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = query("query job($id: ID!) { backgroundJob(id: $id) { state errors progress { description } } }",
					Map.of("id", id)).path("backgroundJob");
			String state = job.path("state").asString();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				return state + (job.path("errors").isEmpty() ? "" : " " + job.path("errors"));
			}
			sleep(Duration.ofSeconds(2));
		}
		throw new Unavailable(mutation + " did not end within 30 minutes");
	}

	private static String inputType(String field) {
		return switch (field) {
			case "importOnet", "importEsco" -> "ImportFrameworkInput";
			case "linkFrameworks" -> "LinkFrameworksInput";
			default -> throw new IllegalArgumentException(field);
		};
	}

	static @Nullable String text(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asString();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Unavailable("interrupted");
		}
	}

}
