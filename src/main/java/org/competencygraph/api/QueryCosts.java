package org.competencygraph.api;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The cost model: what a query will cost, estimated from the document and its variables before anything runs.
 * Every field costs 1; a field returning a list costs 1 + (its estimated size x the cost of one entry's
 * selection), so nested lists multiply. The sizes:
 * <ul>
 * <li>a list field with a {@code first} argument ({@code searchCapabilities}, {@code similarJobs.results} through
 * {@code similarJobs(first)}, {@code shared}, {@code missing}, {@code matched}, {@code missingEssentials}): the
 * value given, or the schema's default when none is;</li>
 * <li>{@code edges} of a connection ({@code jobs}, {@code requiredBy}): the connection's {@code first}, or its
 * default (20);</li>
 * <li>the analysis results without paging: {@code results} of {@code similarJobs} and {@code jobsMatching} are
 * their {@code first}; {@code compareJobs}: {@code jobs} and {@code cells} are the number of ids, {@code pairs}
 * n(n-1)/2, {@code rows} {@link #REQUIREMENTS} per job compared;</li>
 * <li>unpaged lists, by an estimate from the data (see {@link #ESTIMATES}): requirements of a job (and of a skill
 * gap, and its extras) {@link #REQUIREMENTS}, which bounds the seed roles (at most 40) and ESCO occupations (41 on
 * average) and is about an O*NET occupation's; career links 5; the parts of a similarity 3; everything else 10.</li>
 * </ul>
 * Introspection fields ({@code __schema}, {@code __type}) cost 1 each and their lists are not multiplied: what they
 * return is bounded by the schema, and the depth and complexity limits keep their patterns in check. The estimate
 * may be wrong for a given graph; the response cap ({@link ResponseBudget}) is the bound that holds regardless.
 */
public final class QueryCosts {

	/** Estimated requirements of one job: the size of {@code requirements} lists. */
	static final int REQUIREMENTS = 100;

	/** Lists without paging not named in {@link #ESTIMATES}. */
	static final int DEFAULT_LIST = 10;

	/** Estimated sizes of unpaged lists, by {@code Type.field}. */
	static final Map<String, Integer> ESTIMATES = Map.ofEntries(Map.entry("Job.requirements", REQUIREMENTS),
			Map.entry("SkillGap.requirements", REQUIREMENTS), Map.entry("SkillGap.extras", REQUIREMENTS),
			Map.entry("Job.progressesTo", 5), Map.entry("Job.progressesFrom", 5),
			// profile, duties, title
			Map.entry("SimilarJob.parts", 3), Map.entry("JobPairSimilarity.parts", 3),
			// careerPaths: at most 4 steps, 15 rows of what to learn per move (analysis/paths.yaml learnRows)
			Map.entry("CareerPath.moves", 4), Map.entry("Move.toLearn", 15));

	/** Unpaged lists whose size is their parent field's {@code first} (transitions, careerPaths, whatIf, bestNextSkills). */
	static final Set<String> PAGED_BY_PARENT = Set.of("transitions", "paths", "changes", "skills");

	/** The fields whose computation is CPU-heavy: requests with any of them take an analysis permit. */
	static final Set<String> ANALYSIS_FIELDS = Set.of("similarJobs", "jobsMatching", "skillGap", "compareJobs",
			"trainingPlan", "transitions", "careerPaths", "whatIf", "bestNextSkills", "benchStrength", "teamTrainingPlan");

	private QueryCosts() {
	}

	/**
	 * What one operation of a document is estimated to cost, whether it is a mutation, and whether it asks for an
	 * analysis (see {@link #ANALYSIS_FIELDS}).
	 */
	public record Estimate(long cost, boolean mutation, boolean analysis) {
	}

	/**
	 * The estimate of the operation named {@code operationName} (or the only one) with these variables.
	 * @throws RuntimeException when the operation cannot be found or the variables do not fit it; execution
	 * reports that
	 */
	public static Estimate estimate(GraphQLSchema schema, Document document, @Nullable String operationName,
			Map<String, Object> variables) {
		OperationDefinition operation = operation(document, operationName);
		if (operation == null) {
			throw new IllegalArgumentException("no operation " + operationName);
		}
		// Coerced as execution will coerce them; variables that execution would refuse are refused here too.
		CoercedVariables coerced = ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(),
				RawVariables.of(variables), GraphQLContext.getDefault(), Locale.getDefault());
		Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();
		long[] total = { 0 };
		boolean[] analysis = { false };
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(coerced)
			.build()
			.visitPostOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					if (env.isTypeNameIntrospectionField()) {
						return;
					}
					long children = childCosts.getOrDefault(env, 0L);
					long cost = cost(env, children);
					QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
					if (parent == null) {
						total[0] = saturatedAdd(total[0], cost);
						analysis[0] |= ANALYSIS_FIELDS.contains(env.getFieldDefinition().getName());
					}
					else {
						childCosts.merge(parent, cost, QueryCosts::saturatedAdd);
					}
				}
			});
		return new Estimate(total[0], operation.getOperation() == OperationDefinition.Operation.MUTATION,
				analysis[0]);
	}

	/** The arguments whose values the estimate reads: list sizes ({@code first}, compareJobs' {@code ids}). */
	static final Set<String> SIZING_ARGUMENTS = Set.of("first", "ids");

	/**
	 * Whether the checks of a document (depth, complexity, this estimate) can come out differently with other
	 * variables: when a variable is used in a directive ({@code @skip(if: $hide)} changes what is selected) or in
	 * an argument that sizes a list ({@link #SIZING_ARGUMENTS}). Other variables ({@code job(id: $id)}) change what
	 * is read, not what the request may cost.
	 */
	static boolean checksUseVariables(Node<?> node) {
		return usesVariables(node, false);
	}

	private static boolean usesVariables(Node<?> node, boolean read) {
		if (node instanceof VariableReference) {
			return read;
		}
		boolean reads = read || node instanceof Directive
				|| (node instanceof Argument argument && SIZING_ARGUMENTS.contains(argument.getName()));
		for (Node<?> child : node.getChildren()) {
			if (usesVariables(child, reads)) {
				return true;
			}
		}
		return false;
	}

	private static long cost(QueryVisitorFieldEnvironment env, long children) {
		if (!isList(env.getFieldDefinition().getType()) || isIntrospection(env)) {
			return saturatedAdd(1, children);
		}
		long size = size(env);
		// A list of scalars or enums: its values are what it costs.
		return children == 0 ? size : saturatedAdd(1, saturatedMultiply(size, children));
	}

	/** The estimated number of entries of a list field. */
	static long size(QueryVisitorFieldEnvironment env) {
		GraphQLFieldDefinition field = env.getFieldDefinition();
		String name = field.getName();
		if (field.getArgument("first") != null) {
			return first(field, env.getArguments());
		}
		QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
		if (parent != null && parent.getFieldDefinition().getArgument("first") != null
				&& (name.equals("edges") || name.equals("results") || PAGED_BY_PARENT.contains(name))) {
			return first(parent.getFieldDefinition(), parent.getArguments());
		}
		String type = GraphQLTypeUtil.simplePrint(env.getFieldsContainer());
		if (type.equals("JobComparison") || type.equals("ComparisonRow")) {
			long jobs = comparedJobs(env);
			return switch (name) {
				case "rows" -> jobs * REQUIREMENTS;
				case "pairs" -> jobs * (jobs - 1) / 2;
				default -> jobs;
			};
		}
		return ESTIMATES.getOrDefault(type + "." + name, DEFAULT_LIST);
	}

	private static long first(GraphQLFieldDefinition field, Map<String, Object> arguments) {
		if (arguments.get("first") instanceof Number number) {
			// Out-of-range values are refused when the field runs; estimate what they would ask for.
			return Math.max(1, number.longValue());
		}
		GraphQLArgument argument = field.getArgument("first");
		if (argument != null && argument.hasSetDefaultValue()) {
			Object value = argument.getArgumentDefaultValue().getValue();
			if (value instanceof IntValue literal) {
				return literal.getValue().longValue();
			}
			if (value instanceof Number number) {
				return number.longValue();
			}
		}
		return Paging.MAX_FIRST;
	}

	/** The number of ids of the enclosing compareJobs (10, its maximum, when it cannot be told). */
	private static long comparedJobs(QueryVisitorFieldEnvironment env) {
		for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
			if (e.getFieldDefinition().getName().equals("compareJobs")) {
				return e.getArguments().get("ids") instanceof Collection<?> ids ? Math.max(2, ids.size()) : 10;
			}
		}
		return 10;
	}

	private static boolean isIntrospection(QueryVisitorFieldEnvironment env) {
		for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
			if (e.getFieldDefinition().getName().startsWith("__")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

	/**
	 * The operation execution will run: the one named, or without a name the only one (null for none, as
	 * graphql-java refuses a document of several operations without a name).
	 */
	static @Nullable OperationDefinition operation(Document document, @Nullable String name) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (name == null) {
			return operations.size() == 1 ? operations.getFirst() : null;
		}
		return operations.stream().filter(operation -> name.equals(operation.getName())).findFirst().orElse(null);
	}

	static long saturatedAdd(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	static long saturatedMultiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
