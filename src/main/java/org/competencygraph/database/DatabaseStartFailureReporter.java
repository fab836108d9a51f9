package org.competencygraph.database;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a start-up that failed for a reason the user can act on (the data folder is in use by another server,
 * the Bolt port is taken, the database refused the credential) as one line saying what to do, instead of Spring
 * Boot's stack trace of a failed bean. The process still exits with a non-zero code. Registered in
 * {@code META-INF/spring.factories}; anything else is left to Spring Boot's own reporting.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class DatabaseStartFailureReporter implements SpringBootExceptionReporter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseStartFailureReporter.class);

	private final @Nullable ConfigurableApplicationContext context;

	public DatabaseStartFailureReporter(@Nullable ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean reportException(Throwable failure) {
		String message = describe(failure);
		if (message == null) {
			return false;
		}
		logger.error(message);
		return true;
	}

	private @Nullable String describe(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EmbeddedNeo4jStartException) {
				return cause.getMessage();
			}
			if (cause instanceof AuthenticationException) {
				String uri = this.context != null ? this.context.getEnvironment().getProperty("spring.neo4j.uri")
						: null;
				return "The Neo4j server" + (uri != null ? " at " + uri : "") + " refused the credential (" + cause.getMessage() + "). Give its "
						+ "password with --spring.neo4j.authentication.password=... or NEO4J_PASSWORD; for a "
						+ "Competency Graph server's embedded database it is in the file bolt-password of its data "
						+ "folder, or competency-graph.embedded.bolt.password where that is set.";
			}
		}
		return null;
	}

}
