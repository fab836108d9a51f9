package org.competencygraph.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.CoercedVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;

/**
 * Prepares every query document before execution. Parsing and validation are done once per document text and kept
 * (at most {@code capacity} documents that passed validation, in a Caffeine cache: the least used go first). The limits are checked for the
 * operation each request actually executes, on every request: depth and complexity, then the cost limit
 * ({@link QueryCosts}). Their outcome is kept per document and operation name only when it cannot depend on the
 * request: when no variable of the document is used where the checks read values (a directive such as
 * {@code @skip} or {@code @include}, an argument that sizes a list: see {@link QueryCosts#checksUseVariables})
 * and the operation was found; so {@code job(id: $id)} is checked once, {@code jobs(first: $first)} on every
 * request. An unknown operation or variables that do not fit are never kept, and execution reports them. A request that passes is then admitted by {@link RequestLimits} (time limit,
 * analysis permits), every time. The limits are graphql-java's MaxQueryDepthInstrumentation and
 * MaxQueryComplexityInstrumentation computed the same way with the same messages (classified
 * {@link Refusal#QUERY_TOO_DEEP} and {@link Refusal#QUERY_TOO_COMPLEX}), here rather than as instrumentations,
 * because every extra instrumentation in graphql-java's chain is called for every field of every response: with
 * two of them, a skillGap answer of a thousand fields took twice as long. Introspection is left out of both limits
 * and bounded by graphql-java's good-faith check instead (see {@link IntrospectionFields}).
 */
final class PreparedDocuments implements PreparsedDocumentProvider {

	/** Longer documents are parsed every time, so that a few huge ones cannot fill the memory. */
	static final int MAX_CACHED_LENGTH = 20_000;

	private final Cache<String, Prepared> entries;

	private final int maxDepth;

	private final int maxComplexity;

	private final long maxCost;

	private final @Nullable RequestLimits requestLimits;

	private final Supplier<GraphQLSchema> schema;

	PreparedDocuments(int capacity, int maxDepth, int maxComplexity, long maxCost,
			@Nullable RequestLimits requestLimits, Supplier<GraphQLSchema> schema) {
		this.maxDepth = maxDepth;
		this.maxComplexity = maxComplexity;
		this.maxCost = maxCost;
		this.requestLimits = requestLimits;
		this.schema = schema;
		// Evictions run in the caller's thread: nothing is left for a pool thread to do after a request.
		this.entries = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		Prepared prepared = null;
		if (query.length() <= MAX_CACHED_LENGTH) {
			prepared = this.entries.getIfPresent(query);
		}
		if (prepared == null) {
			PreparsedDocumentEntry entry = parseAndValidate.apply(input);
			if (entry.hasErrors()) {
				return CompletableFuture.completedFuture(entry);
			}
			prepared = new Prepared(entry, QueryCosts.checksUseVariables(entry.getDocument()), new ConcurrentHashMap<>());
			if (query.length() <= MAX_CACHED_LENGTH) {
				this.entries.put(query, prepared);
			}
		}
		Checked checked = checked(prepared, input);
		GraphQLError exceeded = checked.exceeded();
		if (exceeded == null && checked.estimate() != null && this.requestLimits != null) {
			exceeded = this.requestLimits.admit(input, checked.estimate());
		}
		return CompletableFuture.completedFuture(exceeded == null ? prepared.entry()
				: new PreparsedDocumentEntry(exceeded));
	}

	/** The outcome of the checks for the operation this request executes, kept when it cannot vary. */
	private Checked checked(Prepared prepared, ExecutionInput input) {
		Document document = prepared.entry().getDocument();
		OperationDefinition operation = QueryCosts.operation(document, input.getOperationName());
		if (operation == null) {
			// Unknown, or no name given for a document of several: execution refuses it before any field runs.
			return new Checked(null, null);
		}
		String key = String.valueOf(operation.getName());
		Checked kept = prepared.checked().get(key);
		if (kept != null) {
			return kept;
		}
		Checked checked = check(document, input);
		if (!prepared.checksUseVariables() && checked.estimate() != null) {
			prepared.checked().put(key, checked);
		}
		return checked;
	}

	/**
	 * A valid document, whether the outcome of its checks can depend on a request's variables, and the outcome of
	 * the checks of its operations (by name, "null" for an anonymous one) when it cannot.
	 */
	private record Prepared(PreparsedDocumentEntry entry, boolean checksUseVariables, Map<String, Checked> checked) {
	}

	/** The limit an operation exceeds (null for none) and its cost estimate (null when it could not be made). */
	private record Checked(@Nullable GraphQLError exceeded, QueryCosts.@Nullable Estimate estimate) {
	}

	private Checked check(Document document, ExecutionInput input) {
		QueryCosts.Estimate estimate;
		try {
			estimate = QueryCosts.estimate(this.schema.get(), document, input.getOperationName(),
					input.getVariables());
		}
		catch (RuntimeException ex) {
			// Variables that do not fit the operation and the like: execution reports it. Never kept.
			return new Checked(null, null);
		}
		GraphQLError exceeded = exceededLimit(document, input);
		if (exceeded != null) {
			return new Checked(exceeded, estimate);
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
			return refusal(Refusal.QUERY_TOO_DEEP, "maximum query depth exceeded " + depth + " > " + this.maxDepth);
		}
		if (complexity > this.maxComplexity) {
			return refusal(Refusal.QUERY_TOO_COMPLEX,
					"maximum query complexity exceeded " + complexity + " > " + this.maxComplexity);
		}
		return null;
	}

	private static GraphQLError refusal(Refusal refusal, String message) {
		return GraphqlErrorBuilder.newError().errorType(refusal).message(message).build();
	}

	private static int pathLength(@Nullable QueryVisitorFieldEnvironment environment) {
		int length = 1;
		for (QueryVisitorFieldEnvironment e = environment; e != null; e = e.getParentEnvironment()) {
			length++;
		}
		return length;
	}

	long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

}
