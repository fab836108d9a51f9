package org.competencygraph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.competencygraph.security.TestIssuer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application over real HTTP on a random port, on a real embedded Neo4j in a fresh folder under
 * {@code target/}. Every class with this annotation shares one application context, hence one database, for the
 * test run: Neo4j's start-up is the slow part. The seed graph is loaded as on a user's first start. Sessions open
 * on the configured database, which a test may point elsewhere for a while ({@link SelectableDatabase}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SelectableDatabase.Configuration.class)
// Bearer tokens of a stand-in OpenID Connect provider are accepted beside HTTP Basic, as a deployment with one has it.
@ContextConfiguration(initializers = TestIssuer.Initializer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "competency-graph.embedded.data-dir=target/test-neo4j/${random.uuid}",
				"competency-graph.embedded.bolt.port=0", "competency-graph.embedded.page-cache=256MB",
				"competency-graph.frameworks.import-folder=target/test-import/${random.uuid}",
				"competency-graph.security.login.lockout=10s",
				// A cold JVM on a loaded two-core machine answered its first requests in over 10 s, the default
				// limit; the time limit itself is tested with limits of its own (RequestLimitsTests).
				"competency-graph.graphql.query-timeout=60s",
				"competency-graph.security.admin.password=" + IntegrationTest.ADMIN_PASSWORD })
public @interface IntegrationTest {

	String ADMIN_USERNAME = "admin";

	String ADMIN_PASSWORD = "test-admin-secret";

}
