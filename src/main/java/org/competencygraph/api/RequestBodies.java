package org.competencygraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import graphql.ErrorClassification;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL HTTP endpoint, with the request body checked first: a body that is not one GraphQL request (not
 * JSON, a batch in a JSON array, {@code variables} that is not an object, no {@code query}) is answered 400 in the
 * GraphQL error format with the reason, where Spring GraphQL's handler gives an empty 400 (or a 500 for
 * {@code null}, or a persisted-query marker as the document). A body over
 * {@code competency-graph.graphql.max-request-size} (1MB by default) is answered 413 before it is read further.
 * The body is parsed once: the request is executed from the tree that was checked. Replaces Spring Boot's default
 * handler bean.
 */
// Only where Spring GraphQL serves HTTP: the command-line commands run without a web server.
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestBodies extends GraphQlHttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(RequestBodies.class);

	private final WebGraphQlHandler graphQlHandler;

	private final JsonMapper json;

	private final long maxRequestSize;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	RequestBodies(WebGraphQlHandler graphQlHandler, JsonMapper json, GraphQlConfiguration.Limits limits) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.json = json;
		this.maxRequestSize = limits.maxRequestSize().toBytes();
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		long declared = request.servletRequest().getContentLengthLong();
		if (declared > this.maxRequestSize) {
			return tooLarge(request);
		}
		if (!json(request)) {
			// Other content types (application/graphql) are Spring GraphQL's to accept or refuse, as before; the
			// declared length was checked above, and Tomcat's maxPostSize bounds the rest.
			return super.handleRequest(request);
		}
		byte[] body;
		try (InputStream in = request.servletRequest().getInputStream()) {
			// One byte more than allowed tells a body over the limit without a Content-Length (chunked).
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxRequestSize + 1));
		}
		catch (IOException ex) {
			return badRequest(request, "The request body could not be read");
		}
		if (body.length > this.maxRequestSize) {
			return tooLarge(request);
		}
		JsonNode tree;
		try {
			tree = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return badRequest(request, notJson(ex));
		}
		String problem = problem(tree);
		if (problem != null) {
			return badRequest(request, problem);
		}
		// Executed from the tree parsed here, as Spring GraphQL's handler does from the body it would parse again.
		Map<String, Object> document = this.json.treeToValue(tree, DOCUMENT);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), document,
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
	}

	private static final TypeReference<Map<String, Object>> DOCUMENT = new TypeReference<>() {
	};

	/**
	 * On a virtual thread (Tomcat's request threads are virtual: {@code spring.threads.virtual.enabled}) the
	 * response is waited for here instead of through Servlet async processing, which would dispatch the request a
	 * second time through the filter chain and the DispatcherServlet to write it: waiting parks the virtual thread,
	 * it holds no platform thread. The time limits stay as they were: a stopped request's response completes the
	 * wait ({@link RequestLimits}). On a platform thread the response stays asynchronous, so that a slow request
	 * does not hold one of Tomcat's threads.
	 */
	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		ServerResponse response = super.prepareResponse(request, responseMono);
		if (!Thread.currentThread().isVirtual() || !(response instanceof AsyncServerResponse async)) {
			return response;
		}
		try {
			return async.block();
		}
		catch (IllegalStateException ex) {
			// What the asynchronous path would have handed to Spring MVC's error handling: the failure itself.
			if (ex.getCause() instanceof ExecutionException failed && failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies().forEach((name, values) -> values
			.forEach(cookie -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
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

	/** Why the body is not valid JSON, with where if known. */
	static String notJson(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		return "The request body is not valid JSON"
				+ (location == null || location.getLineNr() < 1 ? ""
						: " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
	}

	/** Why the parsed body is not one GraphQL request, or null when it is. */
	static @Nullable String problem(@Nullable JsonNode request) {
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
		return error(request, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST, message);
	}

	private ServerResponse tooLarge(ServerRequest request) {
		String message = "The request body is over " + this.maxRequestSize
				+ " bytes (competency-graph.graphql.max-request-size)";
		logger.info("GraphQL request refused: {}", message);
		return error(request, HttpStatus.CONTENT_TOO_LARGE, ErrorBodies.Classification.REQUEST_TOO_LARGE, message);
	}

	private static ServerResponse error(ServerRequest request, HttpStatus status, ErrorClassification type,
			String message) {
		return ServerResponse.status(status)
			.contentType(ErrorBodies.mediaType(request.headers().firstHeader(HttpHeaders.ACCEPT)))
			.body(ErrorBodies.body(type, message));
	}

}
