package org.competencygraph.database;

import java.nio.file.Path;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.competencygraph.GraphFixtures;
import org.competencygraph.IntegrationTest;
import org.competencygraph.SelectableDatabase;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.framework.Framework;
import org.competencygraph.importer.FrameworkImports;
import org.competencygraph.importer.profile.JobProfileImporter;
import org.competencygraph.job.Jobs;
import org.competencygraph.linking.FrameworkLinker;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.FatalDiscoveryException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every way the application reaches the graph, reads and writes, opens its sessions on the configured database
 * (the one {@code spring.data.neo4j.database} names): pointed at a database that does not exist, each of them fails
 * and says which, where a bare {@code driver.session()} would have gone on quietly in the default one. (The
 * embedded Community Edition holds one user database, so there is no second one to see the writes arrive in.)
 */
@IntegrationTest
class ConfiguredDatabaseIntegrationTests {

	static final String MISSING = "no-such-database";

	@Autowired
	SelectableDatabase database;

	@Autowired
	ApplicationContext context;

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Jobs jobs;

	@Autowired
	RequirementIndexes indexes;

	@Autowired
	JobProfileImporter importer;

	@Autowired
	FrameworkImports frameworks;

	@Autowired
	FrameworkLinker linker;

	@Test
	void everyReadAndWriteUsesTheConfiguredDatabase() {
		SmartInitializingSingleton seedLoader = this.context.getBean("seedLoader", SmartInitializingSingleton.class);
		try (SelectableDatabase.Selection missing = this.database.select(MISSING)) {
			// What a start with a wrong name stops at, before anything else reads or writes.
			assertThatIllegalStateException().isThrownBy(this.migrations::apply)
				.withMessage("Cannot reach the database '" + MISSING + "' (spring.data.neo4j.database): Graph not "
						+ "found: " + MISSING);
			assertFailsOnTheMissingDatabase(seedLoader::afterSingletonsInstantiated);
			// Spring Data's Neo4jClient: every GraphQL read of jobs, capabilities and frameworks.
			assertFailsOnTheMissingDatabase(() -> this.jobs.findById("job/any"));
			assertFailsOnTheMissingDatabase(() -> this.indexes.rebuild("test: configured database"));
			assertFailsOnTheMissingDatabase(() -> this.importer.importContent("network-engineer.json",
					GraphFixtures.read(GraphFixtures.NETWORK_ENGINEER)));
			assertFailsOnTheMissingDatabase(() -> this.frameworks.importRelease(Framework.ONET,
					Path.of("src/test/resources/frameworks/onet-30.1")));
			assertFailsOnTheMissingDatabase(() -> this.linker.link(3));
		}
		// And back on the configured one, all is as before.
		this.indexes.rebuild("test: configured database again");
	}

	/** The server's answer to a session on a database it does not have, wrapped or not. */
	private static void assertFailsOnTheMissingDatabase(ThrowingCallable access) {
		Throwable thrown = catchThrowable(access);
		assertThat(thrown).as("access on the database '%s'", MISSING).isNotNull();
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof FatalDiscoveryException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("cause of %s", thrown).isInstanceOf(FatalDiscoveryException.class)
			.hasMessage("Graph not found: " + MISSING);
	}

}
