package org.competencygraph.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files that hold a secret (the Bolt password, Neo4j's {@code auth.ini}): created readable by their owner only, and
 * read only when they are a regular file of the current user, never through a symbolic link. A link or a foreign
 * file in the data folder would let another user hand the application a password they know, or make it write a
 * secret where they can read it.
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Logger logger = LoggerFactory.getLogger(OwnerOnlyFiles.class);

	private OwnerOnlyFiles() {
	}

	/**
	 * Creates {@code file} with {@code content}, with its permissions set in the same step, so the secret is never
	 * readable by others. Fails with {@link java.nio.file.FileAlreadyExistsException} if anything, a link
	 * included, is already there.
	 */
	static void writeNew(Path file, String content) throws IOException {
		FileAttribute<?>[] attributes = isPosix(file)
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) } : new FileAttribute<?>[0];
		try (SeekableByteChannel channel = Files.newByteChannel(file,
				EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
			ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
		}
	}

	/**
	 * Reads {@code file} after checking it is a regular file (not a link) owned by the current user; narrows its
	 * permissions to the owner if they were widened (copied, restored from a backup).
	 */
	static String read(Path file) throws IOException {
		if (Files.isSymbolicLink(file)) {
			throw new IllegalStateException(file + " is a symbolic link; it must be a regular file of its own. "
					+ "Replace it with the file itself, or delete it to have a new password generated.");
		}
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new IllegalStateException(file + " is not a regular file. Delete it to have a new one generated.");
		}
		UserPrincipal owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS);
		UserPrincipal current = currentUser(file);
		if (current != null && !owner.equals(current)) {
			throw new IllegalStateException(file + " belongs to " + owner.getName() + ", not to " + current.getName()
					+ ", the user running the application. Give it to that user (chown), or delete it to have a new "
					+ "password generated.");
		}
		if (isPosix(file) && !Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
			logger.warn("{} was readable by others; restricting it to its owner (rw-------)", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		// NOFOLLOW_LINKS again when opening: a link swapped in after the checks above is refused, not followed.
		try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
				LinkOption.NOFOLLOW_LINKS)) {
			ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
			while (bytes.hasRemaining() && channel.read(bytes) > 0) {
				// read on
			}
			return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
		}
	}

	/** The user running this JVM, or null where the file system cannot name it (no check is possible then). */
	private static @Nullable UserPrincipal currentUser(Path file) throws IOException {
		try {
			return file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(
					System.getProperty("user.name"));
		}
		catch (UserPrincipalNotFoundException | UnsupportedOperationException ex) {
			logger.warn("Cannot tell whether {} belongs to the user running the application: {}", file,
					ex.getMessage());
			return null;
		}
	}

	static boolean isPosix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
