package org.competencygraph.analysis;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

import org.competencygraph.analysis.RequirementIndexBuilder.CapabilityRow;
import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.competencygraph.analysis.RequirementIndexBuilder.Link;
import org.competencygraph.analysis.RequirementIndexBuilder.RequirementRow;
import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.database.StoreVersion;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
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
 * with their requirements, embeddings and closest occupations, and the SAME_AS, CLOSE_MATCH and BROADER links;
 * then the checksum. Bump {@link #FORMAT} whenever what a row holds, or how the loader derives it, changes.
 */
final class IndexSnapshot {

	private static final Logger logger = LoggerFactory.getLogger(IndexSnapshot.class);

	static final String FILE_NAME = "analysis-index.snapshot";

	private static final int MAGIC = 0x43474958; // "CGIX"

	static final int FORMAT = 1;

	private static final int NONE = -1;

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
		Path temporary = this.file.resolveSibling(this.file.getFileName() + ".tmp");
		try {
			try (OutputStream file = Files.newOutputStream(temporary)) {
				CRC32C checksum = new CRC32C();
				DataOutputStream out = new DataOutputStream(
						new BufferedOutputStream(new CheckedOutputStream(file, checksum), 1 << 16));
				out.writeInt(MAGIC);
				out.writeInt(FORMAT);
				out.writeLong(version.storeId().getMostSignificantBits());
				out.writeLong(version.storeId().getLeastSignificantBits());
				out.writeLong(version.lastCommittedTransaction());
				string(out, this.settings);
				body(out, rows);
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
				Files.deleteIfExists(temporary);
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
			string(in);
			body(in, rows);
			if (in.hasRemaining()) {
				throw new IllegalStateException(in.remaining() + " bytes left over");
			}
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
		String settings = string(in);
		if (!this.settings.equals(settings)) {
			return "saved under other settings (" + settings + "; now " + this.settings + ")";
		}
		return null;
	}

	private static void body(DataOutputStream out, RequirementIndexBuilder rows) throws IOException {
		Map<String, Integer> capabilityNumbers = new HashMap<>();
		out.writeInt(rows.capabilities.size());
		for (CapabilityRow row : rows.capabilities.values()) {
			Capability c = row.capability();
			capabilityNumbers.put(c.id(), capabilityNumbers.size());
			string(out, c.id());
			out.writeByte(c.kind().ordinal());
			string(out, c.name());
			strings(out, c.aliases());
			string(out, c.description());
			string(out, c.qualificationType());
			out.writeInt(c.externalIds().size());
			for (Capability.ExternalId id : c.externalIds()) {
				string(out, id.framework());
				string(out, id.id());
			}
			string(out, row.framework());
			string(out, row.domain());
		}
		out.writeInt(rows.jobs.size());
		for (JobRow row : rows.jobs.values()) {
			job(out, row.job());
			out.writeInt(row.requirements().size());
			for (RequirementRow r : row.requirements()) {
				// Most requirements name a capability of the file: its number, not its id again.
				Integer number = capabilityNumbers.get(r.capabilityId());
				out.writeInt(number != null ? number : NONE);
				if (number == null) {
					string(out, r.capabilityId());
				}
				out.writeByte(r.priority().ordinal());
				nullableDouble(out, r.level());
				nullableDouble(out, r.importance());
				string(out, r.inheritedFrom());
			}
			floats(out, row.title());
			floats(out, row.duties());
			strings(out, row.closest());
		}
		for (List<Link> links : List.of(rows.sameAs, rows.closeMatches, rows.broader)) {
			out.writeInt(links.size());
			for (Link link : links) {
				string(out, link.from());
				string(out, link.to());
				out.writeDouble(link.confidence());
			}
		}
	}

	private static void body(ByteBuffer in, RequirementIndexBuilder rows) {
		CapabilityKind[] kinds = CapabilityKind.values();
		Priority[] priorities = Priority.values();
		int capabilityCount = count(in);
		List<String> capabilityIds = new ArrayList<>(capabilityCount);
		for (int i = 0; i < capabilityCount; i++) {
			String id = required(in);
			CapabilityKind kind = kinds[in.get()];
			String name = required(in);
			List<String> aliases = strings(in);
			String description = string(in);
			String qualificationType = string(in);
			int externalCount = count(in);
			List<Capability.ExternalId> externalIds = new ArrayList<>(externalCount);
			for (int e = 0; e < externalCount; e++) {
				externalIds.add(new Capability.ExternalId(required(in), required(in)));
			}
			Capability capability = new Capability(id, kind, name, aliases, description, qualificationType,
					List.copyOf(externalIds));
			rows.capabilities.put(id, new CapabilityRow(capability, required(in), required(in)));
			capabilityIds.add(id);
		}
		int jobCount = count(in);
		for (int i = 0; i < jobCount; i++) {
			Job job = job(in);
			int requirementCount = count(in);
			List<RequirementRow> requirements = new ArrayList<>(requirementCount);
			for (int r = 0; r < requirementCount; r++) {
				int number = in.getInt();
				String capabilityId = number == NONE ? required(in) : capabilityIds.get(number);
				requirements.add(new RequirementRow(capabilityId, priorities[in.get()], nullableDouble(in),
						nullableDouble(in), string(in)));
			}
			float[] title = floats(in);
			float[] duties = floats(in);
			rows.jobs.put(job.id(), new JobRow(job, List.copyOf(requirements), title, duties, strings(in)));
		}
		for (List<Link> links : List.of(rows.sameAs, rows.closeMatches, rows.broader)) {
			int linkCount = count(in);
			for (int i = 0; i < linkCount; i++) {
				links.add(new Link(required(in), required(in), in.getDouble()));
			}
		}
	}

	private static void job(DataOutputStream out, Job job) throws IOException {
		string(out, job.id());
		string(out, job.title());
		strings(out, job.aliases());
		string(out, job.code());
		string(out, job.organization().id());
		string(out, job.organization().name());
		string(out, job.department());
		string(out, job.grade());
		out.writeBoolean(job.family() != null);
		if (job.family() != null) {
			string(out, job.family().id());
			string(out, job.family().name());
		}
		out.writeBoolean(job.responsibilityLevel() != null);
		if (job.responsibilityLevel() != null) {
			out.writeInt(job.responsibilityLevel().level());
			out.writeBoolean(job.responsibilityLevel().inferred());
			string(out, job.responsibilityLevel().basis());
		}
		string(out, job.effectiveDate());
		string(out, job.summary());
		out.writeBoolean(job.detailedProfile());
		out.writeBoolean(job.source() != null);
		if (job.source() != null) {
			string(out, job.source().document());
			string(out, job.source().title());
			string(out, job.source().url());
		}
	}

	private static Job job(ByteBuffer in) {
		String id = required(in);
		String title = required(in);
		List<String> aliases = strings(in);
		String code = string(in);
		Job.Organization organization = new Job.Organization(required(in), required(in));
		String department = string(in);
		String grade = string(in);
		Job.JobFamily family = bool(in) ? new Job.JobFamily(required(in), required(in)) : null;
		Job.ResponsibilityLevel level = bool(in) ? new Job.ResponsibilityLevel(in.getInt(), bool(in), string(in)) : null;
		String effectiveDate = string(in);
		String summary = string(in);
		boolean detailedProfile = bool(in);
		Job.Source source = bool(in) ? new Job.Source(required(in), string(in), string(in)) : null;
		return new Job(id, title, aliases, code, organization, department, grade, family, level, effectiveDate,
				summary, detailedProfile, source);
	}

	private static void string(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(NONE);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static @Nullable String string(ByteBuffer in) {
		int length = in.getInt();
		if (length == NONE) {
			return null;
		}
		if (length < 0 || length > in.remaining()) {
			throw new BufferUnderflowException();
		}
		String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
		in.position(in.position() + length);
		return value;
	}

	private static String required(ByteBuffer in) {
		String value = string(in);
		if (value == null) {
			throw new IllegalStateException("A required text is missing");
		}
		return value;
	}

	private static void strings(DataOutputStream out, List<String> values) throws IOException {
		out.writeInt(values.size());
		for (String value : values) {
			string(out, value);
		}
	}

	private static List<String> strings(ByteBuffer in) {
		int count = count(in);
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(required(in));
		}
		return List.copyOf(values);
	}

	private static void floats(DataOutputStream out, float @Nullable [] values) throws IOException {
		if (values == null) {
			out.writeInt(NONE);
			return;
		}
		out.writeInt(values.length);
		for (float value : values) {
			out.writeFloat(value);
		}
	}

	private static float @Nullable [] floats(ByteBuffer in) {
		int length = in.getInt();
		if (length == NONE) {
			return null;
		}
		if (length < 0 || (long) length * Float.BYTES > in.remaining()) {
			throw new BufferUnderflowException();
		}
		float[] values = new float[length];
		in.asFloatBuffer().get(values);
		in.position(in.position() + length * Float.BYTES);
		return values;
	}

	private static void nullableDouble(DataOutputStream out, @Nullable Double value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			out.writeDouble(value);
		}
	}

	private static @Nullable Double nullableDouble(ByteBuffer in) {
		return bool(in) ? in.getDouble() : null;
	}

	private static boolean bool(ByteBuffer in) {
		return in.get() != 0;
	}

	/** A count, checked against what is left so that a damaged count cannot make a huge list. */
	private static int count(ByteBuffer in) {
		int count = in.getInt();
		if (count < 0 || count > in.remaining()) {
			throw new IllegalStateException("Count " + count + " out of range");
		}
		return count;
	}

}
