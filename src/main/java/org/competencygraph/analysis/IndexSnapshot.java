package org.competencygraph.analysis;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import org.competencygraph.database.StoreVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis index's input (the rows {@link RequirementIndexLoader} reads from the graph) saved in one binary
 * file beside the embedded database, so that a start on a graph that has not changed since reads the file (well
 * under a second) instead of the whole graph over Bolt (12-20 s for ESCO and O*NET on two cores).
 * <p>
 * The file says which graph it was read from: the store's id and its last committed transaction id
 * ({@link StoreVersion}), and the settings and queries that shaped the rows. It is used only when all of them equal
 * today's; a file that is stale (the graph moved on), foreign (another store, other settings or another format),
 * truncated or damaged (its CRC-32C checksum over everything before it differs) is ignored with a log line, and
 * the index is read from the graph as without it. Written to a temporary file and moved into place, so a reader
 * never sees half a file.
 * <p>
 * Layout (big-endian): magic, format version, store id, transaction id, settings text; the capabilities, jobs
 * with their requirements, embeddings, closest occupations, work activities (id and title) and interests, and the
 * SAME_AS, CLOSE_MATCH and BROADER links; then the checksum. Bump {@link #FORMAT} whenever what a row holds, or how the loader derives it, changes.
 */
final class IndexSnapshot {

	private static final Logger logger = LoggerFactory.getLogger(IndexSnapshot.class);

	static final String FILE_NAME = "analysis-index.snapshot";

	private static final int MAGIC = 0x43474958; // "CGIX"

	static final int FORMAT = 2;

	private final Path file;

	private final String settings;

	/**
	 * @param settings what else shaped the rows (settings, the loader's queries): a file written under other
	 * settings is ignored
	 */
	IndexSnapshot(Path file, String settings) {
		this.file = file;
		this.settings = settings;
	}

	Path file() {
		return this.file;
	}

	/** Saves the rows as read at {@code version}; a failure is logged and leaves any previous file in place. */
	void write(StoreVersion version, RequirementIndexBuilder rows) {
		Path temporary = null;
		try {
			// A name of its own, so that two writers (tests run several indexes on one database) never share one.
			temporary = Files.createTempFile(this.file.toAbsolutePath().getParent(), FILE_NAME, ".tmp");
			try (OutputStream file = Files.newOutputStream(temporary)) {
				CRC32C checksum = new CRC32C();
				DataOutputStream out = new DataOutputStream(
						new BufferedOutputStream(new CheckedOutputStream(file, checksum), 1 << 16));
				out.writeInt(MAGIC);
				out.writeInt(FORMAT);
				out.writeLong(version.storeId().getMostSignificantBits());
				out.writeLong(version.storeId().getLeastSignificantBits());
				out.writeLong(version.lastCommittedTransaction());
				SnapshotRows.string(out, this.settings);
				SnapshotRows.write(out, rows);
				out.flush();
				// The checksum covers everything before it and is written past the checked stream.
				new DataOutputStream(file).writeLong(checksum.getValue());
			}
			try {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not save the analysis index snapshot {}: {}", this.file, ex.toString());
			try {
				if (temporary != null) {
					Files.deleteIfExists(temporary);
				}
			}
			catch (IOException ignored) {
				// nothing more to do
			}
		}
	}

	/**
	 * Fills {@code rows} from the file when it was saved at {@code version} under today's settings and is whole.
	 *
	 * @return whether it was used; when not, why is logged and {@code rows} must be discarded
	 */
	boolean read(StoreVersion version, RequirementIndexBuilder rows) {
		long started = System.nanoTime();
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(this.file);
		}
		catch (NoSuchFileException ex) {
			logger.info("No analysis index snapshot at {}: reading the graph", this.file);
			return false;
		}
		catch (IOException ex) {
			logger.warn("Analysis index snapshot {} ignored, it cannot be read: {}", this.file, ex.toString());
			return false;
		}
		String problem = problem(bytes, version);
		if (problem != null) {
			logger.info("Analysis index snapshot {} ignored: {}; reading the graph", this.file, problem);
			return false;
		}
		try {
			ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
			in.position(Integer.BYTES * 2 + Long.BYTES * 3);
			SnapshotRows.string(in);
			SnapshotRows.read(in, rows);
			if (in.hasRemaining()) {
				throw new IllegalStateException(in.remaining() + " bytes left over");
			}
			logger.info("Analysis index snapshot {} read: {} MB in {} ms", this.file, bytes.length >> 20,
					(System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (RuntimeException ex) {
			// A file with the right checksum that does not parse was written by a build with another layout.
			logger.warn("Analysis index snapshot {} ignored, its content does not parse: {}; reading the graph",
					this.file, ex.toString());
			return false;
		}
	}

	/** Why the file cannot be used for {@code version}, or null when it can. */
	private @Nullable String problem(byte[] bytes, StoreVersion version) {
		int header = Integer.BYTES * 2 + Long.BYTES * 3 + Integer.BYTES;
		if (bytes.length < header + Long.BYTES) {
			return "truncated (" + bytes.length + " bytes)";
		}
		ByteBuffer in = ByteBuffer.wrap(bytes);
		if (in.getInt() != MAGIC) {
			return "not an analysis index snapshot";
		}
		int format = in.getInt();
		if (format != FORMAT) {
			return "format " + format + ", this build reads format " + FORMAT;
		}
		CRC32C checksum = new CRC32C();
		checksum.update(bytes, 0, bytes.length - Long.BYTES);
		if (checksum.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
			return "checksum mismatch (truncated or damaged)";
		}
		StoreVersion saved = new StoreVersion(new UUID(in.getLong(), in.getLong()), in.getLong());
		if (!saved.storeId().equals(version.storeId())) {
			return "saved from another store (" + saved.storeId() + ", this is " + version.storeId() + ")";
		}
		if (saved.lastCommittedTransaction() != version.lastCommittedTransaction()) {
			return "saved at transaction " + saved.lastCommittedTransaction() + ", the graph is at "
					+ version.lastCommittedTransaction();
		}
		String settings = SnapshotRows.string(in);
		if (!this.settings.equals(settings)) {
			return "saved under other settings (" + settings + "; now " + this.settings + ")";
		}
		return null;
	}

}
