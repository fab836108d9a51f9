package org.competencygraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * One answer and one log line per request, however many fields fail. Errors of one cause (the same type and
 * message, such as 137 fields that found the server busy) become one error with {@code extensions.occurrences};
 * the request is logged once, in one bounded line (operation, request id, the first three kinds of error with
 * their counts and first paths, then how many more kinds; what callers chose, on one line, see {@link LogText});
 * only an unexpected failure adds its stack trace, once. The outermost interceptor, so that it sees the
 * errors as the caller will.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestErrors implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(RequestErrors.class);

	private static final int MAX_LOGGED_MESSAGE = 200;

	/** Kinds of error named in the log line; the rest are counted, so that the line stays short. */
	static final int MAX_LOGGED_KINDS = 3;

	/** The first exception of each error type in one request, filled in by {@link GraphQlErrors}. */
	static final class Causes {

		private final Map<String, Throwable> first = new ConcurrentHashMap<>();

		void add(ErrorClassification type, Throwable cause) {
			this.first.putIfAbsent(type.toString(), cause);
		}

		@Nullable Throwable first(String type) {
			return this.first.get(type);
		}

	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Causes causes = new Causes();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Causes.class, causes)).build());
		return chain.next(request)
			.onErrorResume(ex -> Mono.just(failed(request, ex, causes)))
			.map(response -> {
				if (response.getErrors().isEmpty()) {
					return response;
				}
				List<Kind> kinds = kinds(response.getErrors());
				log(request, response.getErrors().size(), kinds, causes);
				return kinds.size() == response.getErrors().size() ? response
						: response.transform(builder -> builder.errors(kinds.stream().map(Kind::error).toList()));
			});
	}

	/** An exception that escaped execution (an interceptor, the engine): answered as one error, not a 500. */
	private static WebGraphQlResponse failed(WebGraphQlRequest request, Throwable ex, Causes causes) {
		GraphQlErrors.Failure failure = GraphQlErrors.classify(ex);
		causes.add(failure.type(), ex);
		String message = failure.expected() ? failure.message() : ErrorType.INTERNAL_ERROR + " for " + request.getId();
		GraphQLError error = GraphqlErrorBuilder.newError().errorType(failure.type()).message(message).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().addError(error).build()));
	}

	/** Errors of one type and message: the first of them, and how many there were. */
	private record Kind(ResponseError first, int count) {

		String type() {
			return String.valueOf(this.first.getErrorType());
		}

		GraphQLError error() {
			Map<String, Object> extensions = new LinkedHashMap<>(this.first.getExtensions());
			if (this.count > 1) {
				extensions.put("occurrences", this.count);
			}
			GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
				.message(this.first.getMessage())
				.errorType(this.first.getErrorType())
				.locations(this.first.getLocations())
				.extensions(extensions);
			List<Object> path = this.first.getParsedPath();
			return (path.isEmpty() ? builder : builder.path(path)).build();
		}

	}

	private static List<Kind> kinds(List<ResponseError> errors) {
		Map<List<String>, List<ResponseError>> byCause = errors.stream()
			.collect(Collectors.groupingBy(e -> List.of(String.valueOf(e.getErrorType()), String.valueOf(e.getMessage())),
					LinkedHashMap::new, Collectors.toList()));
		List<Kind> kinds = new ArrayList<>();
		byCause.values().forEach(group -> kinds.add(new Kind(group.getFirst(), group.size())));
		return kinds;
	}

	private static void log(WebGraphQlRequest request, int total, List<Kind> kinds, Causes causes) {
		StringBuilder line = new StringBuilder("GraphQL ")
			.append(request.getOperationName() == null ? "request" : "operation " + clean(request.getOperationName()))
			.append(" [").append(request.getId()).append("]: ").append(total).append(total == 1 ? " error: " : " errors: ");
		for (int i = 0; i < Math.min(kinds.size(), MAX_LOGGED_KINDS); i++) {
			Kind kind = kinds.get(i);
			line.append(i == 0 ? "" : "; ").append(kind.type());
			if (kind.count() > 1) {
				line.append(" x").append(kind.count());
			}
			if (!kind.first().getPath().isEmpty()) {
				line.append(" at ").append(kind.first().getPath());
			}
			line.append(": ").append(clean(kind.first().getMessage()));
			// What the server was short of, for the operator; the caller only reads that it is busy.
			Throwable cause = causes.first(kind.type());
			if (cause != null && kind.type().equals(Refusal.UNAVAILABLE.name())) {
				line.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(clean(rootMessage(cause)))
					.append(')');
			}
		}
		if (kinds.size() > MAX_LOGGED_KINDS) {
			line.append("; and ").append(kinds.size() - MAX_LOGGED_KINDS).append(" more");
		}
		Throwable unexpected = causes.first(ErrorType.INTERNAL_ERROR.name());
		if (unexpected != null) {
			logger.error(line.toString(), unexpected);
		}
		else if (kinds.stream().anyMatch(k -> k.type().equals(ErrorType.INTERNAL_ERROR.name())
				|| k.type().equals(Refusal.UNAVAILABLE.name()))) {
			logger.warn(line.toString());
		}
		else {
			logger.info(line.toString());
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		for (int i = 0; i < 10 && root.getCause() != null; i++) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	/** Callers choose much of what messages say: one line, bounded. */
	private static String clean(@Nullable String text) {
		return LogText.printable(text, MAX_LOGGED_MESSAGE);
	}

}
