package org.competencygraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rewrites graphql-java's validation errors about arguments into BAD_REQUEST errors that name the argument, and
 * strips the parser's internal type names (such as {@code StringValue{value='abc'}}) from every message.
 */
@Component
class ValidationErrors implements WebGraphQlInterceptor {

	private static final Pattern AST_VALUE = Pattern.compile("[A-Z][A-Za-z]*Value\\{value=('?)(.*?)\\1}");

	private static final Pattern AST_TYPE_HINT = Pattern.compile(" - Expected an AST type of .*$");

	private static final Pattern ARGUMENT = Pattern.compile("argument '(\\w+)'|Variable '(\\w+)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
				: response.transform(builder -> builder.errors(response.getErrors().stream()
					.map(error -> clean(error.getMessage(), error.getErrorType(), error.getLocations(),
							error.getParsedPath(), error.getExtensions()))
					.toList())));
	}

	private static GraphQLError clean(String message, graphql.ErrorClassification type,
			List<graphql.language.SourceLocation> locations, List<Object> path, Map<String, Object> extensions) {
		String cleaned = AST_TYPE_HINT.matcher(AST_VALUE.matcher(message).replaceAll("'$2'")).replaceAll("");
		Map<String, Object> newExtensions = new LinkedHashMap<>(extensions == null ? Map.of() : extensions);
		graphql.ErrorClassification newType = type;
		Matcher argument = ARGUMENT.matcher(cleaned);
		if ((type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) && argument.find()) {
			newType = org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
			newExtensions.put("argument", argument.group(1) != null ? argument.group(1) : argument.group(2));
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(cleaned)
			.errorType(newType)
			.locations(locations)
			.extensions(newExtensions);
		return (path == null || path.isEmpty() ? builder : builder.path(path)).build();
	}

}
