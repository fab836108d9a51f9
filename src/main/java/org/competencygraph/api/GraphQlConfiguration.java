package org.competencygraph.api;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Limits that keep one query from occupying the server (how deep it nests and how many fields it asks for), checked
 * on every request together with the cache of parsed query documents (see {@link PreparedDocuments}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlConfiguration.Limits.class)
class GraphQlConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer preparedDocuments(Limits limits, ObjectProvider<GraphQlSource> graphQlSource) {
		PreparedDocuments documents = new PreparedDocuments(limits.parsedDocumentCache(), limits.maxDepth(),
				limits.maxComplexity(), () -> graphQlSource.getObject().schema());
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * @param maxDepth deepest nesting of selections a query may have
	 * @param maxComplexity most fields a query may select in all (each field counts one, wherever it nests)
	 * @param parsedDocumentCache how many distinct query documents to keep parsed and validated
	 */
	@ConfigurationProperties("competency-graph.graphql")
	record Limits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity,
			@DefaultValue("500") int parsedDocumentCache) {
	}

}
