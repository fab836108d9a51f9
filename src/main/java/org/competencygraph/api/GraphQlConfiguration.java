package org.competencygraph.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Limits that keep one query from occupying the server: how deep it nests and how many fields it asks for. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlConfiguration.Limits.class)
class GraphQlConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(Limits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(Limits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity());
	}

	/**
	 * @param maxDepth deepest nesting of selections a query may have
	 * @param maxComplexity most fields a query may select in all (each field counts one, wherever it nests)
	 */
	@ConfigurationProperties("competency-graph.graphql")
	record Limits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity) {
	}

}
