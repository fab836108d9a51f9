package org.competencygraph.database;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.BeanCreationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failed start-ups are reported as one line (the rest keep Spring Boot's report with its stack trace); the
 * line for a folder in use is checked end to end in {@link EmbeddedNeo4jTests}.
 */
class DatabaseStartFailureReporterTests {

	private final DatabaseStartFailureReporter reporter = new DatabaseStartFailureReporter(null);

	@Test
	void aRefusedBoltCredentialIsReportedAsOneLine() {
		var refused = new BeanCreationException("schemaMigrations",
				new AuthenticationException("Neo.ClientError.Security.Unauthorized", "The client is unauthorized"));
		assertThat(this.reporter.reportException(refused)).isTrue();
	}

	@Test
	void aFailureTheUserCanActOnIsReportedAsOneLine() {
		var inUse = new BeanCreationException("embeddedNeo4j",
				new EmbeddedNeo4jStartException("The database folder /x is in use", new RuntimeException("lock")));
		assertThat(this.reporter.reportException(inUse)).isTrue();
	}

	@Test
	void anythingElseIsLeftToSpringBoot() {
		assertThat(this.reporter.reportException(new BeanCreationException("job", new IllegalStateException("bug"))))
			.isFalse();
	}

}
