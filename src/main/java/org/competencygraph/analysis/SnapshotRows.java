package org.competencygraph.analysis;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.analysis.RequirementIndexBuilder.Activity;
import org.competencygraph.analysis.RequirementIndexBuilder.CapabilityRow;
import org.competencygraph.analysis.RequirementIndexBuilder.JobRow;
import org.competencygraph.analysis.RequirementIndexBuilder.Link;
import org.competencygraph.analysis.RequirementIndexBuilder.RequirementRow;
import org.competencygraph.capability.Capability;
import org.competencygraph.capability.CapabilityKind;
import org.competencygraph.job.Job;
import org.competencygraph.job.Requirement.Priority;
import org.jspecify.annotations.Nullable;

/**
 * The body of an {@link IndexSnapshot}: the rows of a {@link RequirementIndexBuilder} in binary, big-endian.
 * Texts are a UTF-8 byte count and the bytes (-1 for null), lists a count and their items, embeddings a length
 * and the floats; a requirement names its capability by its position among the capabilities written before it.
 * Reading checks every count against the bytes left, so a damaged file fails to parse instead of allocating.
 */
final class SnapshotRows {

	private static final int NONE = -1;

	private SnapshotRows() {
	}

	static void write(DataOutputStream out, RequirementIndexBuilder rows) throws IOException {
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
			out.writeInt(row.activities().size());
			for (Activity activity : row.activities()) {
				string(out, activity.id());
				string(out, activity.title());
			}
			out.writeInt(row.interests() == null ? -1 : row.interests().length);
			for (double rating : row.interests() == null ? new double[0] : row.interests()) {
				out.writeDouble(rating);
			}
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

	static void read(ByteBuffer in, RequirementIndexBuilder rows) {
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
			List<String> closest = strings(in);
			int activityCount = count(in);
			List<Activity> activities = new ArrayList<>(activityCount);
			for (int a = 0; a < activityCount; a++) {
				activities.add(new Activity(required(in), required(in)));
			}
			int ratings = in.getInt();
			double[] interests = ratings < 0 ? null : new double[ratings];
			for (int r = 0; r < ratings; r++) {
				interests[r] = in.getDouble();
			}
			rows.jobs.put(job.id(), new JobRow(job, List.copyOf(requirements), title, duties, closest,
					List.copyOf(activities), interests));
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

	static void string(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(NONE);
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	static @Nullable String string(ByteBuffer in) {
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
