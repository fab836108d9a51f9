package org.competencygraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

/**
 * Prepares every query document before execution: parsed, validated and checked against the depth and complexity
 * limits once, then kept (the most recently used {@code capacity} documents that passed validation); a document
 * with {@code @skip} or {@code @include} is checked against the limits on every request, with its variables. The limits are graphql-java's MaxQueryDepthInstrumentation and MaxQueryComplexityInstrumentation
 * computed the same way with the same messages, here rather than as instrumentations, because every extra
 * instrumentation in graphql-java's chain is called for every field of every response: with two of them, a
 * skillGap answer of a thousand fields took twice as long. Introspection is left out of both limits and bounded by
 * graphql-java's good-faith check instead (see {@link IntrospectionFields}).
 */
final class PreparedDocuments implements PreparsedDocumentProvider {

	/** Longer documents are parsed every time, so that a few huge ones cannot fill the memory. */
	static final int MAX_CACHED_LENGTH = 20_000;

	private final Map<String, Prepared> entries;

	private final int maxDepth;

	private final int maxComplexity;

	private final Supplier<GraphQLSchema> schema;

	PreparedDocuments(int capacity, int maxDepth, int maxComplexity, Supplier<GraphQLSchema> schema) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.schema = schema;
		this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
				return size() > capacity;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		Prepared prepared = null;
		if (query.length() <= MAX_CACHED_LENGTH) {
			synchronized (this.entries) {
				prepared = this.entries.get(query);
			}
		}
		if (prepared == null) {
			PreparsedDocumentEntry entry = parseAndValidate.apply(input);
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
			// Only @skip and @include can make the limits depend on the variables.
			boolean dependsOnVariables = query.contains("@skip") || query.contains("@include");
			prepared = new Prepared(entry, dependsOnVariables ? null : exceededLimit(entry.getDocument(), input),
					dependsOnVariables);
			if (query.length() <= MAX_CACHED_LENGTH) {
				synchronized (this.entries) {
					this.entries.put(query, prepared);
				}
			}
		}
		GraphQLError exceeded = prepared.dependsOnVariables()
				? exceededLimit(prepared.entry().getDocument(), input) : prepared.exceeded();
		return CompletableFuture.completedFuture(exceeded == null ? prepared.entry()
				: new PreparsedDocumentEntry(exceeded));
	}

	/** A valid document and, unless it depends on the variables, the limit it exceeds (null for none). */
	private record Prepared(PreparsedDocumentEntry entry, @Nullable GraphQLError exceeded,
			boolean dependsOnVariables) {
	}

	/** The first limit the operation exceeds (depth first, as graphql-java checks them), or null. */
	@Nullable GraphQLError exceededLimit(Document document, ExecutionInput input) {
		GraphQLSchema schema = this.schema.get();
		CoercedVariables variables = CoercedVariables.of(input.getVariables());
		int depth;
		int complexity;
		try {
			depth = QueryTraverser.newQueryTraverser()
				.schema(schema)
				.document(document)
				.operationName(input.getOperationName())
				.coercedVariables(variables)
				.build()
				.reducePreOrder((env, deepest) -> IntrospectionFields.isWithin(env) ? deepest
						: Math.max(pathLength(env.getParentEnvironment()), deepest), 0);
			complexity = QueryComplexityCalculator.newCalculator()
				.fieldComplexityCalculator((env, childComplexity) -> IntrospectionFields
					.isEntry(env.getField().getName(), env.getParentEnvironment()) ? 0 : 1 + childComplexity)
				.schema(schema)
				.document(document)
				.operationName(input.getOperationName())
				.variables(variables)
				.build()
				.calculate();
		}
		catch (RuntimeException ex) {
			// An unknown operation name and the like: execution reports it.
			return null;
		}
		if (depth > this.maxDepth) {
			return new AbortExecutionException("maximum query depth exceeded " + depth + " > " + this.maxDepth);
		}
		if (complexity > this.maxComplexity) {
			return new AbortExecutionException(
					"maximum query complexity exceeded " + complexity + " > " + this.maxComplexity);
		}
		return null;
	}

	private static int pathLength(@Nullable QueryVisitorFieldEnvironment environment) {
		int length = 1;
		for (QueryVisitorFieldEnvironment e = environment; e != null; e = e.getParentEnvironment()) {
			length++;
		}
		return length;
	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
