package org.competencygraph.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL HTTP endpoint, with the request body checked first: a body that is not one GraphQL request (not
 * JSON, a batch in a JSON array, {@code variables} that is not an object, no {@code query}) is answered 400 in the
 * GraphQL error format with the reason, where Spring GraphQL's handler gives an empty 400 (or a 500 for
 * {@code null}, or a persisted-query marker as the document). Replaces Spring Boot's default handler bean.
 */
// Only where Spring GraphQL serves HTTP: the command-line commands run without a web server.
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestBodies extends GraphQlHttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(RequestBodies.class);

	private static final List<MediaType> ERROR_MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final JsonMapper json;

	RequestBodies(WebGraphQlHandler graphQlHandler, JsonMapper json) {
		super(graphQlHandler);
		this.json = json;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		if (!json(request)) {
			// Other content types (application/graphql) are Spring GraphQL's to accept or refuse, as before.
			return super.handleRequest(request);
		}
		byte[] body;
		try {
			body = request.body(byte[].class);
		}
		catch (IOException ex) {
			return badRequest(request, "The request body could not be read");
		}
		String problem = problem(body);
		if (problem != null) {
			return badRequest(request, problem);
		}
		// The body was read here: the handler reads the same bytes.
		return super.handleRequest(ServerRequest.from(request).body(body).build());
	}

	private static boolean json(ServerRequest request) {
		try {
			MediaType type = request.headers().contentType().orElse(null);
			return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
					|| "json".equals(type.getSubtypeSuffix()));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Why the body is not one GraphQL request, or null when it is. */
	@Nullable String problem(byte[] body) {
		JsonNode request;
		try {
			request = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			return "The request body is not valid JSON"
					+ (location == null || location.getLineNr() < 1 ? ""
							: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
		}
		if (request == null || request.isMissingNode()) {
			return "The request body is empty: send a JSON object with the GraphQL document in 'query'";
		}
		if (request.isArray()) {
			return "Batched requests (a JSON array) are not supported: send one JSON object per request";
		}
		if (!request.isObject()) {
			return "The request body must be a JSON object with the GraphQL document in 'query', was " + kind(request);
		}
		JsonNode query = request.get("query");
		if (query == null || query.isNull()) {
			return request.hasNonNull("extensions") && request.get("extensions").has("persistedQuery")
					? "Persisted queries are not supported: send the GraphQL document in 'query'"
					: "The request has no 'query': send the GraphQL document in 'query'";
		}
		if (!query.isString()) {
			return "'query' must be a string holding the GraphQL document, was " + kind(query);
		}
		if (query.asString().isBlank()) {
			return "'query' is empty: send the GraphQL document in 'query'";
		}
		for (String member : List.of("variables", "extensions")) {
			JsonNode value = request.get(member);
			if (value != null && !value.isNull() && !value.isObject()) {
				return "'" + member + "' must be a JSON object, was " + kind(value);
			}
		}
		JsonNode operationName = request.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "'operationName' must be a string, was " + kind(operationName);
		}
		return null;
	}

	private static String kind(JsonNode node) {
		if (node.isArray()) {
			return "an array";
		}
		if (node.isString()) {
			return "a string";
		}
		if (node.isNumber()) {
			return "a number";
		}
		if (node.isBoolean()) {
			return "a boolean";
		}
		return node.isNull() ? "null" : "an object";
	}

	private static ServerResponse badRequest(ServerRequest request, String message) {
		logger.info("GraphQL request refused: {}", message);
		Map<String, Object> body = Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", ErrorType.BAD_REQUEST.name()))));
		return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(errorMediaType(request)).body(body);
	}

	/** application/graphql-response+json when the client accepts it before application/json, as Spring does. */
	private static MediaType errorMediaType(ServerRequest request) {
		try {
			for (MediaType accepted : request.headers().accept()) {
				for (MediaType candidate : ERROR_MEDIA_TYPES) {
					if (accepted.equalsTypeAndSubtype(candidate)) {
						return candidate;
					}
				}
			}
		}
		catch (InvalidMediaTypeException ex) {
			// answered as JSON below
		}
		return MediaType.APPLICATION_JSON;
	}

}
