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
 * rewrites the parser's internals in every message: values printed as Java objects (such as
 * {@code StringValue{value='abc'}} or {@code EnumValue{name='FOO'}}) are shown as GraphQL literals, and syntax
 * errors say what was unexpected without naming the parser (ANTLR).
 */
@Component
class ValidationErrors implements WebGraphQlInterceptor {

	// Innermost first; applied until nothing changes, so that values nested in lists and objects are printed too.
	// Brackets and braces of printed lists and objects are placeholders until the end, so that the patterns,
	// which only match values without brackets or braces inside, see the next level.
	private static final List<Rewrite> AST_VALUES = List.of(
			// A string may hold quotes (O'Brien): it ends at the first quote followed by the closing brace.
			new Rewrite("StringValue\\{value='(.*?)'}", "\"$1\""),
			new Rewrite("(?:Int|Float|Boolean)Value\\{value=([^{}\\[\\],]*)}", "$1"),
			new Rewrite("EnumValue\\{name='(\\w+)'}", "$1"),
			new Rewrite("NullValue\\{}", "null"),
			new Rewrite("VariableReference\\{name='(\\w+)'}", "\\$$1"),
			new Rewrite("ObjectField\\{name='(\\w+)', value='?([^{}\\[\\]]*?)'?}", "$1: $2"),
			new Rewrite("ArrayValue\\{values=\\[([^{}\\[\\]]*)]}", "\u0001$1\u0002"),
			new Rewrite("ObjectValue\\{objectFields=\\[([^{}\\[\\]]*)]}", "\u0003$1\u0004"));

	private static final Pattern AST_TYPE_HINT = Pattern.compile(" - Expected an AST type of .*$");

	private static final Pattern ENUM_HINT = Pattern.compile(" - Literal value not in allowable values for enum .*$");

	private static final Pattern LEXER_ERROR = Pattern
		.compile("Invalid syntax with ANTLR error 'token recognition error at: '(.*)'' at line");

	private static final Pattern ANY_PARSER_ERROR = Pattern.compile("Invalid syntax with ANTLR error '(.*)' at line");

	private static final Pattern ARGUMENT = Pattern.compile("argument '(\\w+)[^']*'|Variable '(\\w+)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
				: response.transform(builder -> builder.errors(response.getErrors().stream()
					.map(error -> clean(error.getMessage(), error.getErrorType(), error.getLocations(),
							error.getParsedPath(), error.getExtensions()))
					.toList())));
	}

	static String cleanMessage(String message) {
		String cleaned = LEXER_ERROR.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
				"Invalid syntax: unexpected character(s) '" + m.group(1) + "' at line"));
		cleaned = ANY_PARSER_ERROR.matcher(cleaned).replaceAll(m -> Matcher.quoteReplacement(
				"Invalid syntax: " + m.group(1) + " at line"));
		if (cleaned.startsWith("Invalid syntax")) {
			return cleaned.replace("Invalid syntax with offending token '<EOF>'", "Invalid syntax: the document ends unexpectedly")
				.replace("Invalid syntax with offending token", "Invalid syntax: unexpected");
		}
		for (String previous = null; !cleaned.equals(previous);) {
			previous = cleaned;
			for (Rewrite rewrite : AST_VALUES) {
				cleaned = rewrite.pattern().matcher(cleaned).replaceAll(rewrite.replacement());
			}
		}
		// 'StringValue{value='abc'}' became ''"abc"'': one pair of quotes is enough.
		cleaned = cleaned.replace("''", "'");
		cleaned = cleaned.replace('\u0001', '[').replace('\u0002', ']').replace('\u0003', '{').replace('\u0004', '}');
		cleaned = AST_TYPE_HINT.matcher(cleaned).replaceAll("");
		cleaned = ENUM_HINT.matcher(cleaned).replaceAll("");
		return cleaned;
	}

	private static GraphQLError clean(String message, graphql.ErrorClassification type,
			List<graphql.language.SourceLocation> locations, List<Object> path, Map<String, Object> extensions) {
		String cleaned = cleanMessage(message);
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

	private record Rewrite(Pattern pattern, String replacement) {

		Rewrite(String regex, String replacement) {
			this(Pattern.compile(regex), replacement);
		}

	}

}
