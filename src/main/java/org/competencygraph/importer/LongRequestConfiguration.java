package org.competencygraph.importer;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a GraphQL request run as long as a framework import takes (minutes, not Tomcat's default of 30 seconds).
 * Spring GraphQL answers over HTTP asynchronously without a timeout of its own, so the connector's default applies,
 * not {@code spring.mvc.async.request-timeout}; this sets the connector's default to that property's value.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LongRequestConfiguration {

	@Bean
	TomcatConnectorCustomizer asyncTimeout(@Value("${spring.mvc.async.request-timeout:15m}") Duration timeout) {
		return connector -> connector.setAsyncTimeout(timeout.toMillis());
	}

}
