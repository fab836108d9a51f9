package org.competencygraph.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql}, served by the application with everything it loads: Spring GraphQL's own page
 * (disabled with {@code spring.graphql.graphiql.enabled=false}) loads its scripts from a public CDN and so stays on
 * "Loading..." without internet. The page, {@code static/graphiql.html}, loads GraphiQL and React from webjars
 * ({@code /webjars/**}) and its start-up script from {@code static/graphiql/}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlConfiguration {

	static final String PATH = "/graphiql";

	@Bean
	RouterFunction<ServerResponse> graphiQlPage() {
		return RouterFunctions.resource(RequestPredicates.GET(PATH), new ClassPathResource("static/graphiql.html"));
	}

}
