package org.competencygraph.api;

import java.util.Collection;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The response cap, the bound that holds even where the cost estimate ({@link QueryCosts}) is wrong: every field
 * returning a list counts its entries times the fields selected on each (as in the response: the fields of
 * fragments and inline fragments counted one by one, each alias one), as it produces them, into the request's
 * {@link RequestGuard}, which stops the request past {@code max-response-values}. A request that did not come
 * through {@link RequestLimits} (executed in process) has no guard and is not counted. Only list fields are wrapped:
 * the values of a response are almost all in its lists, and a wrapper on every field would cost time on every
 * field of every response.
 */
final class ResponseBudget extends GraphQLTypeVisitorStub {

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList)
				|| !(context.getParentNode() instanceof GraphQLFieldsContainer container)
				|| container.getName().startsWith("__")) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(container, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		registry.dataFetcher(coordinates, (DataFetcher<?>) env -> counted(fetcher.get(env), env));
		return TraversalControl.CONTINUE;
	}

	private @Nullable Object counted(@Nullable Object value, DataFetchingEnvironment env) {
		if (value instanceof CompletionStage<?> stage) {
			return stage.thenApply(result -> counted(result, env));
		}
		if (value instanceof Mono<?> mono) {
			return mono.doOnNext(result -> counted(result, env));
		}
		RequestGuard guard = RequestGuard.find(env.getGraphQlContext());
		if (guard == null) {
			return value;
		}
		long entries = entries(value instanceof DataFetcherResult<?> result ? result.getData() : value);
		if (entries > 0) {
			// The fields of one entry as they will be in the response: fragments resolved, each alias its own.
			int selected = env.getField().getSelectionSet() == null ? 1
					: Math.max(1, env.getSelectionSet().getImmediateFields().size());
			guard.produced(entries * selected);
		}
		return value;
	}

	private static long entries(@Nullable Object list) {
		if (list instanceof Collection<?> collection) {
			return collection.size();
		}
		if (list instanceof Object[] array) {
			return array.length;
		}
		if (list instanceof Iterable<?> iterable) {
			long count = 0;
			for (Object ignored : iterable) {
				count++;
			}
			return count;
		}
		return 0;
	}

}
