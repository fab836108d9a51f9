package org.competencygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the embedded engine's {@code neo4j} user the application's password without a moment in which Neo4j's
 * default password ({@code neo4j}) works over Bolt.
 * <p>
 * Before the engine starts, the password goes into {@code auth.ini}, exactly as {@code neo4j-admin dbms
 * set-initial-password} writes it. Neo4j reads that file when it creates the system database, and on later starts
 * while {@code neo4j} is the only user and still has the default password (a folder made before authentication was
 * on), in both cases before the Bolt server starts. Once the engine runs the file is deleted, and a password that
 * differs (the configured one changed, Bolt switched between private and shared) is changed through the embedded
 * API; until then only the previous password, never the default, is accepted.
 */
final class EmbeddedAuthentication {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedAuthentication.class);

	private EmbeddedAuthentication() {
	}

	/** Writes {@code auth.ini} for the engine about to start on {@code home}; returns its path, to delete later. */
	static Path writeInitialPassword(Path home, BoltCredential credential) {
		Path file = CommunitySecurityModule
			.getInitialUserRepositoryFile(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
		String hashed = SystemGraphCredential.createCredentialForPassword(credential.passwordBytes(), new SecureHasher())
			.serialize();
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file); // a link is deleted, not followed
			// name:credential:flags, no flag: no password change required
			OwnerOnlyFiles.writeNew(file, BoltCredential.USER + ":" + hashed + ":\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the initial password file " + file, ex);
		}
	}

	static void deleteInitialPassword(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete {}: {}", file, ex.getMessage());
		}
	}

	/** Makes sure the running engine's {@code neo4j} user has the credential's password and needs no change. */
	static void ensurePassword(DatabaseManagementService service, BoltCredential credential) {
		GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		if (hasPassword(system, credential)) {
			return;
		}
		system.executeTransactionally("CREATE USER " + BoltCredential.USER
				+ " IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", credential.password()));
		if (!hasPassword(system, credential)) {
			system.executeTransactionally("ALTER USER " + BoltCredential.USER
					+ " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", credential.password()));
		}
		logger.info("Set the Bolt password of user {}", BoltCredential.USER);
	}

	private static boolean hasPassword(GraphDatabaseService system, BoltCredential credential) {
		try (Transaction tx = system.beginTx()) {
			Node user = tx.findNode(Label.label("User"), "name", BoltCredential.USER);
			if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", false))) {
				return false;
			}
			return SystemGraphCredential.deserialize((String) user.getProperty("credentials"), new SecureHasher())
				.matchesPassword(credential.passwordBytes());
		}
		catch (FormatException ex) {
			return false;
		}
	}

}
