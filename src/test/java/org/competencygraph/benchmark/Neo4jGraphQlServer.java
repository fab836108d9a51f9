package org.competencygraph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.competencygraph.database.EmbeddedNeo4j;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL-to-Cypher layer that plain reads are compared with: an @neo4j/graphql 7 server on Apollo Server 5
 * (src/test/neo4j-graphql/server.js) run by Node.js as a child process, on the benchmark's own embedded database
 * over its Bolt port. Its packages are installed from npm ({@code npm ci}, pinned by package-lock.json) the first
 * time. Without Node.js and npm on the PATH the comparison is left out, with the reason in the report.
 */
final class Neo4jGraphQlServer implements AutoCloseable {

	static final Path FOLDER = Path.of("src/test/neo4j-graphql");

	/** The request of the plain read in @neo4j/graphql 7's generated API: the job by id, its REQUIRES edges. */
	static final String PLAIN_READ = """
			query job($id: ID!) {
			  jobs(where: { id: { eq: $id } }) {
			    title
			    requirementsConnection { edges { properties { priority level } node { name } } }
			  }
			}""";

	private final Process process;

	private final int port;

	private Neo4jGraphQlServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	int port() {
		return this.port;
	}

	/**
	 * Starts the server on the engine's Bolt listener.
	 * @throws IllegalStateException with the reason when it cannot run here (no Node.js, no Bolt password file)
	 */
	static Neo4jGraphQlServer start(EmbeddedNeo4j engine) throws IOException, InterruptedException {
		Path credential = engine.credentialFile();
		if (credential == null) {
			throw new IllegalStateException("the embedded engine has no Bolt password file for tools "
					+ "(competency-graph.embedded.bolt.enabled=false or a configured password)");
		}
		if (!Files.isDirectory(FOLDER.resolve("node_modules"))) {
			run(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(5));
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.js").directory(FOLDER.toFile())
			.redirectErrorStream(true);
		builder.environment().put("NEO4J_URI", engine.boltUri().toString());
		builder.environment().put("NEO4J_USERNAME", "neo4j");
		builder.environment().put("NEO4J_PASSWORD", Files.readString(credential).strip());
		builder.environment().put("PORT", "0");
		Process process = start(builder);
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
				StandardCharsets.UTF_8));
		CompletableFuture<@Nullable String> listening = CompletableFuture.supplyAsync(() -> {
			try {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.startsWith("listening ")) {
						return line.substring("listening ".length()).strip();
					}
					System.out.println("[neo4j-graphql] " + line);
				}
				return null;
			}
			catch (IOException ex) {
				return null;
			}
		});
		try {
			String port = listening.get(60, TimeUnit.SECONDS);
			if (port == null) {
				throw new IllegalStateException("the @neo4j/graphql server stopped before it listened (exit code "
						+ process.waitFor() + ")");
			}
			// Keep reading its output, so that it never blocks on a full pipe.
			Thread.ofPlatform().daemon().start(() -> output.lines().forEach(l -> System.out.println("[neo4j-graphql] " + l)));
			return new Neo4jGraphQlServer(process, Integer.parseInt(port));
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("the @neo4j/graphql server did not start within 60 s", ex);
		}
	}

	private static void run(List<String> command, Duration limit) throws IOException, InterruptedException {
		Process process = start(new ProcessBuilder(command).directory(FOLDER.toFile()).inheritIO());
		if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed in " + FOLDER);
		}
	}

	private static Process start(ProcessBuilder builder) throws IOException {
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Node.js and npm are needed on the PATH (" + ex.getMessage() + ")", ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
