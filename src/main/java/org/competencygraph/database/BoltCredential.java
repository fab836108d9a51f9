package org.competencygraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded engine's {@code neo4j} user, which the application and local tools (cypher-shell,
 * Neo4j Browser) present over Bolt. It is configured ({@code competency-graph.embedded.bolt.password}), or
 * generated on first start and kept in {@value #FILE_NAME} in the data folder, readable by its owner only (a link
 * or a file of another user is refused: {@link OwnerOnlyFiles}), or,
 * when Bolt is private to the application, generated anew on every start and held in memory only.
 *
 * @param password the password; never logged
 * @param file where it is kept, or null when it is configured or private to this process
 */
record BoltCredential(String password, @Nullable Path file) {

	static final String USER = "neo4j";

	static final String FILE_NAME = "bolt-password";

	// Twice Neo4j's own minimum (dbms.security.auth_minimum_password_length, 8): the embedded engine does not lock
	// a user out after failed sign-ins (EmbeddedNeo4j), so the password alone has to withstand guessing at the
	// rate Bolt answers. A generated password has 32 characters (192 random bits).
	static final int MINIMUM_LENGTH = 16;

	private static final Logger logger = LoggerFactory.getLogger(BoltCredential.class);

	private static final SecureRandom random = new SecureRandom();

	/** The credential local tools use: the configured password, else the one kept in the data folder. */
	static BoltCredential forTools(Path home, @Nullable String configured) {
		Path file = home.resolve(FILE_NAME);
		if (configured != null && !configured.isEmpty()) {
			if (configured.length() < MINIMUM_LENGTH) {
				throw new IllegalStateException("competency-graph.embedded.bolt.password must have at least "
						+ MINIMUM_LENGTH + " characters");
			}
			if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				logger.warn("{} is not used: competency-graph.embedded.bolt.password is set", file);
			}
			return new BoltCredential(configured, null);
		}
		return new BoltCredential(readOrCreate(file), file);
	}

	/** A credential for this process alone: random, never written, forgotten at exit. */
	static BoltCredential privateToThisProcess() {
		return new BoltCredential(generate(), null);
	}

	private static String readOrCreate(Path file) {
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
				try {
					OwnerOnlyFiles.writeNew(file, generate() + "\n");
					logger.info("Generated the Bolt password of user {} in {}", USER, file);
				}
				catch (FileAlreadyExistsException ex) {
					// another process created it first: use theirs
				}
			}
			String password = OwnerOnlyFiles.read(file).strip();
			if (password.length() < MINIMUM_LENGTH) {
				throw new IllegalStateException("The Bolt password in " + file + " is shorter than " + MINIMUM_LENGTH
						+ " characters. Delete the file to have a new one generated.");
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the Bolt password file " + file, ex);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	byte[] passwordBytes() {
		return this.password.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "BoltCredential[user=" + USER + ", file=" + this.file + "]";
	}

}
