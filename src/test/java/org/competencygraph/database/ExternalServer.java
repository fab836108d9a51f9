package org.competencygraph.database;

import java.util.ArrayList;
import java.util.List;

import org.competencygraph.CompetencyGraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole application, web server included, against an external Neo4j given by URI. */
final class ExternalServer {

	private ExternalServer() {
	}

	static ConfigurableApplicationContext start(String uri, String username, String password) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.neo4j.uri=" + uri,
				"--spring.neo4j.authentication.username=" + username,
				"--spring.neo4j.authentication.password=" + password,
				// A data folder that must never be created: the embedded engine must not start.
				"--competency-graph.embedded.data-dir=target/must-not-exist"));
		return new SpringApplicationBuilder(CompetencyGraphApplication.class).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

}
