package org.competencygraph.api;

import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.introspection.GoodFaithIntrospection;
import org.jspecify.annotations.Nullable;

/**
 * Introspection ({@code __schema} and {@code __type} and everything under them) is left out of the depth and
 * complexity limits: the standard introspection query that GraphiQL and every graphql-js client send
 * ({@code getIntrospectionQuery()}) nests 13 to 15 levels, with the version, and selects nearly two hundred fields,
 * and answering it costs no database work. It is bounded instead by graphql-java's {@link GoodFaithIntrospection}, which refuses what no
 * tool sends: {@code __schema} or {@code __type} more than once, {@code __Type.fields}, {@code inputFields},
 * {@code interfaces} or {@code possibleTypes} more than once (the cycles that make introspection grow
 * exponentially), more than 20 levels or more than 500 fields. The exemption holds only while that check is on.
 */
final class IntrospectionFields {

	private IntrospectionFields() {
	}

	/** Whether the field is one of the introspection entry points, at the top of the operation. */
	static boolean isEntry(String fieldName, @Nullable Object parentEnvironment) {
		return parentEnvironment == null && (fieldName.equals("__schema") || fieldName.equals("__type"))
				&& GoodFaithIntrospection.isEnabledJvmWide();
	}

	/** Whether the field is an introspection entry point or lies under one. */
	static boolean isWithin(QueryVisitorFieldEnvironment environment) {
		QueryVisitorFieldEnvironment top = environment;
		while (top.getParentEnvironment() != null) {
			top = top.getParentEnvironment();
		}
		return isEntry(top.getField().getName(), null);
	}

}
