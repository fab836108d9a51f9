package org.competencygraph.api;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from occupying the server: how deep it nests, how many fields it selects and what
 * it is estimated to cost, checked on every request together with the cache of parsed query documents (see
 * {@link PreparedDocuments}, {@link QueryCosts}); and while it runs, its time limit, the size of its response and
 * the number of analyses at once (see {@link RequestLimits}, {@link ResponseBudget}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlConfiguration.Limits.class)
class GraphQlConfiguration {

	@Bean
	RequestLimits requestLimits(Limits limits) {
		// Half the cores by default: the other half stays for everything else (serializing the answers included).
		int permits = limits.analysisConcurrency() > 0 ? limits.analysisConcurrency()
				: Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		return new RequestLimits(limits.queryTimeout(), limits.mutationTimeout(), limits.maxResponseValues(), permits,
				limits.analysisWait(), limits.heavyCost());
	}

	@Bean
	GraphQlSourceBuilderCustomizer preparedDocuments(Limits limits, RequestLimits requestLimits,
			ObjectProvider<GraphQlSource> graphQlSource) {
		PreparedDocuments documents = new PreparedDocuments(limits.parsedDocumentCache(), limits.maxDepth(),
				limits.maxComplexity(), limits.maxCost(), requestLimits, () -> graphQlSource.getObject().schema());
		return builder -> builder.typeVisitors(List.of(new ResponseBudget()))
			.instrumentation(List.of(requestLimits.executionEnd()))
			.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/**
	 * @param maxDepth deepest nesting of selections a query may have
	 * @param maxComplexity most fields a query may select in all (each field counts one, wherever it nests)
	 * @param maxCost highest estimated cost of a query (fields multiplied by list sizes, see {@link QueryCosts})
	 * @param maxResponseValues most values a response may hold (list entries times the fields selected on them)
	 * @param queryTimeout how long a query may run before it is stopped
	 * @param mutationTimeout how long a mutation may run (long work runs as background jobs; a mutation only starts it)
	 * @param analysisConcurrency most heavy queries (with similarJobs, jobsMatching, skillGap or compareJobs, or an
	 * estimated cost of {@code heavyCost} and more) that run at once; 0 for half the processors (at least 1)
	 * @param analysisWait how long a heavy query waits for a free permit before it is refused as busy
	 * @param heavyCost estimated cost from which a query counts as heavy even without an analysis field; above the
	 * ordinary nested queries (a page of 20 jobs with their requirements and who else requires each, about 6,000),
	 * which batched loading answers cheaply
	 * @param parsedDocumentCache how many distinct query documents to keep parsed and validated
	 * @param maxRequestSize largest request body accepted; a larger one is answered 413 before it is read further
	 */
	@ConfigurationProperties("competency-graph.graphql")
	record Limits(@DefaultValue("12") int maxDepth, @DefaultValue("500") int maxComplexity,
			@DefaultValue("100000") long maxCost, @DefaultValue("200000") long maxResponseValues,
			@DefaultValue("10s") Duration queryTimeout, @DefaultValue("30s") Duration mutationTimeout,
			@DefaultValue("0") int analysisConcurrency, @DefaultValue("500ms") Duration analysisWait,
			@DefaultValue("50000") long heavyCost,
			@DefaultValue("500") int parsedDocumentCache, @DefaultValue("1MB") DataSize maxRequestSize) {
	}

}
