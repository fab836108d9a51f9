package org.competencygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the versioned Cypher files of {@code cypher/} (on the classpath) that the database has not seen yet,
 * in version order, on the configured database ({@link Sessions}), and records each as a {@code :SchemaMigration}
 * node with its checksum. Every statement that creates a constraint or an index must say {@code IF NOT EXISTS} (a
 * file without it is refused before anything runs), so two servers starting at once against one cluster do no
 * harm. An applied file that was edited afterwards stops the start-up: add a new migration instead.
 * <p>
 * Hand-written rather than the maintained library (Michael Simons' neo4j-migrations) because that library does not
 * resolve from the Maven repository the builds use: its parent POM is missing there (tried 2.17.0, 2.19.0, 2.20.1
 * and 3.2.0). Its file naming ({@code V0001__name.cypher}) and its rule that an applied migration is never edited
 * are followed here, so that moving to it later means changing this class only.
 */
public final class SchemaMigrations {

	private static final Logger logger = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final Pattern SCHEMA_CHANGE = Pattern.compile("(?i)CREATE\\s+(\\w+\\s+)?(CONSTRAINT|INDEX)\\b");

	private static final Pattern IF_NOT_EXISTS = Pattern.compile("(?i)\\bIF\\s+NOT\\s+EXISTS\\b");

	private final Sessions sessions;

	private final String location;

	public SchemaMigrations(Sessions sessions, String location) {
		this.sessions = sessions;
		this.location = location;
	}

	public void apply() {
		List<Migration> migrations = load();
		try {
			apply(migrations);
		}
		catch (FatalDiscoveryException ex) {
			// The first access of a start: a database name the server does not have stops it here, saying so.
			throw new IllegalStateException("Cannot reach the database '" + this.sessions.database()
					+ "' (spring.data.neo4j.database): " + ex.getMessage(), ex);
		}
	}

	private void apply(List<Migration> migrations) {
		try (Session session = this.sessions.open()) {
			Map<Integer, String> applied = applied(session);
			if (migrations.stream().anyMatch(migration -> !applied.containsKey(migration.version()))) {
				// Only when there is something to apply: on an up-to-date database (every start but the first after
				// an upgrade) the start skips the schema transaction, one query the cold engine would compile.
				session.run("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS "
						+ "FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE").consume();
				applied.clear();
				applied.putAll(applied(session)); // another server may have applied some meanwhile
			}
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					run(session, migration);
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException("Schema migration " + migration.fileName()
							+ " was changed after it was applied to this database. Applied migrations must never "
							+ "be edited: restore it and add a new migration file instead.");
				}
			}
		}
	}

	private static Map<Integer, String> applied(Session session) {
		return session
			.executeRead(tx -> tx.run("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
				.list(r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
	}

	private void run(Session session, Migration migration) {
		for (String statement : migration.statements()) {
			session.run(statement).consume();
		}
		session.executeWrite(tx -> tx.run("""
				MERGE (m:SchemaMigration {version: $version})
				SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
				""", Map.of("version", migration.version(), "description", migration.description(), "checksum",
				migration.checksum()))
			.consume());
		logger.info("Applied schema migration {}", migration.fileName());
	}

	private List<Migration> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources(this.location + "/V*__*.cypher");
			return Arrays.stream(resources)
				.map(SchemaMigrations::parse)
				.sorted(Comparator.comparingInt(Migration::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read schema migrations from " + this.location, ex);
		}
	}

	private static Migration parse(Resource resource) {
		String fileName = resource.getFilename();
		Matcher name = FILE_NAME.matcher(fileName == null ? "" : fileName);
		if (!name.matches()) {
			throw new IllegalStateException("Migration file " + fileName + " is not named V<number>__<words>.cypher");
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			List<String> statements = Arrays.stream(text.replaceAll("(?m)^\\s*//.*$", "").split(";\\s*(\\R|$)"))
				.map(String::strip)
				.filter(s -> !s.isEmpty())
				.toList();
			for (String statement : statements) {
				if (SCHEMA_CHANGE.matcher(statement).lookingAt() && !IF_NOT_EXISTS.matcher(statement).find()) {
					throw new IllegalStateException("Migration " + fileName + " creates a constraint or an index "
							+ "without IF NOT EXISTS: " + statement);
				}
			}
			return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), fileName,
					statements, sha256(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read migration " + fileName, ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Migration(int version, String description, String fileName, List<String> statements,
			String checksum) {
	}

}
