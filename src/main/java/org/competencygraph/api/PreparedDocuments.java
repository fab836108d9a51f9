package org.competencygraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
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
 * limits and the cost limit ({@link QueryCosts}) once, then kept (the most recently used {@code capacity} documents
 * that passed validation); a document with variables, {@code @skip} or {@code @include} is checked against the
 * limits on every request, with its variables. A request that passes is then admitted by {@link RequestLimits}
 * (time limit, analysis permits). The limits are graphql-java's MaxQueryDepthInstrumentation and MaxQueryComplexityInstrumentation
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

	private final long maxCost;

	private final @Nullable RequestLimits requestLimits;

	private final Supplier<GraphQLSchema> schema;

	PreparedDocuments(int capacity, int maxDepth, int maxComplexity, Supplier<GraphQLSchema> schema) {
		this(capacity, maxDepth, maxComplexity, Long.MAX_VALUE, null, schema);
	}

	PreparedDocuments(int capacity, int maxDepth, int maxComplexity, long maxCost,
			@Nullable RequestLimits requestLimits, Supplier<GraphQLSchema> schema) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.maxCost = maxCost;
		this.requestLimits = requestLimits;
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
			// @skip, @include and variables given as first can make the limits depend on the variables.
			boolean dependsOnVariables = query.contains("@skip") || query.contains("@include") || query.contains("$");
			Checked checked = dependsOnVariables ? null : check(entry.getDocument(), input);
			prepared = new Prepared(entry, checked, dependsOnVariables);
			if (query.length() <= MAX_CACHED_LENGTH) {
				synchronized (this.entries) {
					this.entries.put(query, prepared);
				}
			}
		}
		Checked checked = prepared.checked();
		if (checked == null) {
			checked = check(prepared.entry().getDocument(), input);
		}
		GraphQLError exceeded = checked.exceeded();
		if (exceeded == null && checked.estimate() != null && this.requestLimits != null) {
			exceeded = this.requestLimits.admit(input, checked.estimate());
		}
		return CompletableFuture.completedFuture(exceeded == null ? prepared.entry()
				: new PreparsedDocumentEntry(exceeded));
	}

	/** A valid document and, unless it depends on the variables, the outcome of its checks. */
	private record Prepared(PreparsedDocumentEntry entry, @Nullable Checked checked, boolean dependsOnVariables) {
	}

	/** The limit a document exceeds (null for none) and its cost estimate (null when it could not be made). */
	private record Checked(@Nullable GraphQLError exceeded, QueryCosts.@Nullable Estimate estimate) {
	}

	private Checked check(Document document, ExecutionInput input) {
		GraphQLError exceeded = exceededLimit(document, input);
		if (exceeded != null) {
			return new Checked(exceeded, null);
		}
		QueryCosts.Estimate estimate;
		try {
			estimate = QueryCosts.estimate(this.schema.get(), document, input.getOperationName(),
					input.getVariables());
		}
		catch (RuntimeException ex) {
			// An unknown operation name and the like: execution reports it.
			return new Checked(null, null);
		}
		if (estimate.cost() > this.maxCost) {
			return new Checked(GraphqlErrorBuilder.newError()
				.errorType(Refusal.QUERY_TOO_COSTLY)
				.message("query cost %,d exceeds the limit of %,d; ask for fewer items with first, or split the query"
					.formatted(estimate.cost(), this.maxCost))
				.extensions(Map.of("cost", estimate.cost(), "limit", this.maxCost))
				.build(), estimate);
		}
		return new Checked(null, estimate);
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
