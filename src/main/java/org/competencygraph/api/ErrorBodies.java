package org.competencygraph.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The one writer of error responses made outside GraphQL execution (a refused body, a refused or locked-out
 * sign-in): the GraphQL error format, {@code {"errors":[{"message":...,"extensions":{"classification":...}}]}}, as
 * {@code application/graphql-response+json} when the client accepts it before {@code application/json}, as Spring
 * GraphQL answers. Public so that security can answer in the same format (security depends on api, not back).
 */
@Component
public final class ErrorBodies {

	private static final List<MediaType> MEDIA_TYPES = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final JsonMapper json;

	ErrorBodies(JsonMapper json) {
		this.json = json;
	}

	/** The body of a response with one error. */
	static Map<String, Object> body(ErrorClassification type, String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", type.toString()))));
	}

	/** Answers {@code request} with {@code status} and one error; headers set before (Retry-After ...) stay. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			ErrorClassification type, String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(mediaType(request.getHeader(HttpHeaders.ACCEPT)).toString());
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(this.json.writeValueAsBytes(body(type, message)));
		response.flushBuffer();
	}

	/** The media type of an error body for a request with this {@code Accept} header. */
	static MediaType mediaType(String accept) {
		try {
			for (MediaType accepted : MediaType.parseMediaTypes(accept)) {
				for (MediaType candidate : MEDIA_TYPES) {
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

	/** Classifications of refusals made before GraphQL runs, beside Spring GraphQL's {@code ErrorType}. */
	public enum Classification implements ErrorClassification {

		/** Too many failed sign-ins: wait for {@code Retry-After}. */
		TOO_MANY_REQUESTS,

		/** The request body is over {@code competency-graph.graphql.max-request-size}. */
		REQUEST_TOO_LARGE

	}

}
