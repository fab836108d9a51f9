package org.competencygraph.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.framework.ImportReport.SkipCount;
import org.jspecify.annotations.Nullable;

/**
 * A framework release read and validated completely, as the node and relationship rows to write, grouped by the
 * file they come from. Nothing in a plan has touched the database yet.
 */
public final class GraphPlan {

	private final Framework framework;

	private final String release;

	private final List<NodeSet> nodeSets = new ArrayList<>();

	private final List<RelationshipSet> relationshipSets = new ArrayList<>();

	private final Map<String, SourceFile> files = new LinkedHashMap<>();

	private final List<String> missingFiles = new ArrayList<>();

	public GraphPlan(Framework framework, String release) {
		this.framework = framework;
		this.release = release;
	}

	public Framework framework() {
		return this.framework;
	}

	public String release() {
		return this.release;
	}

	public List<NodeSet> nodeSets() {
		return this.nodeSets;
	}

	public List<RelationshipSet> relationshipSets() {
		return this.relationshipSets;
	}

	public List<SourceFile> files() {
		return List.copyOf(this.files.values());
	}

	public List<String> missingFiles() {
		return this.missingFiles;
	}

	/** Records a file as read, with its row count; its skip reasons are added through the returned object. */
	public SourceFile file(String name, long rowsRead) {
		SourceFile file = this.files.computeIfAbsent(name, SourceFile::new);
		file.read += rowsRead;
		return file;
	}

	public void missing(String file, String consequence) {
		this.missingFiles.add(file + " (" + consequence + ")");
	}

	/**
	 * Nodes with the key label {@code label} (they are found and merged by {@code id} under it).
	 *
	 * @param file the file the nodes come from, for the report
	 * @param label key label, one of {@link FrameworkWriter#KEY_LABELS}
	 * @param target the words the report uses, e.g. {@code (:Capability:Skill)}
	 * @return the set, to add rows to
	 */
	public NodeSet nodes(String file, String label, String target) {
		NodeSet set = new NodeSet(file, label, target, new ArrayList<>());
		this.nodeSets.add(set);
		return set;
	}

	/**
	 * Relationships of {@code type} from {@code fromLabel} nodes to {@code toLabel} nodes.
	 *
	 * @param pruneSource when not null, relationships of this type from the same start nodes to this framework's
	 * nodes whose {@code sourceDocument} is this value and that the release no longer lists are removed; when
	 * null and {@code pruneAll}, all such relationships not listed are removed
	 */
	public RelationshipSet relationships(String file, String type, String fromLabel, String toLabel, String target,
			@Nullable String pruneSource, boolean pruneAll) {
		RelationshipSet set = new RelationshipSet(file, type, fromLabel, toLabel, target, new ArrayList<>(),
				pruneSource, pruneAll);
		this.relationshipSets.add(set);
		return set;
	}

	/** Rows of one file and what was skipped from it. */
	public static final class SourceFile {

		private final String name;

		private long read;

		private final Map<String, long[]> skipped = new LinkedHashMap<>();

		private final Map<String, Boolean> wholeRow = new LinkedHashMap<>();

		SourceFile(String name) {
			this.name = name;
		}

		public String name() {
			return this.name;
		}

		public long read() {
			return this.read;
		}

		/** A whole row left out, and why. */
		public void skip(String reason) {
			skip(reason, 1);
		}

		/** Whole rows left out, and why. */
		public void skip(String reason, long rows) {
			this.skipped.computeIfAbsent(reason, r -> new long[1])[0] += rows;
			this.wholeRow.put(reason, true);
		}

		/** A value of a row that is otherwise imported left out, and why. */
		public void leaveOut(String reason) {
			this.skipped.computeIfAbsent(reason, r -> new long[1])[0]++;
			this.wholeRow.put(reason, false);
		}

		public List<SkipCount> skipped() {
			List<SkipCount> counts = new ArrayList<>();
			this.skipped.forEach((reason, count) -> counts.add(new SkipCount(reason, count[0],
					this.wholeRow.get(reason))));
			return counts;
		}

	}

	/**
	 * @param rows each with {@code id}, {@code labels} (the labels besides the key label) and {@code properties}
	 */
	public record NodeSet(String file, String label, String target, List<Map<String, Object>> rows) {

		public void add(String id, List<String> labels, Map<String, Object> properties) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", id);
			row.put("labels", labels);
			row.put("properties", withoutNulls(properties));
			this.rows.add(row);
		}

	}

	/**
	 * @param rows each with {@code from}, {@code to} (node ids) and {@code properties}
	 */
	public record RelationshipSet(String file, String type, String fromLabel, String toLabel, String target,
			List<Map<String, Object>> rows, @Nullable String pruneSource, boolean pruneAll) {

		public void add(String from, String to, Map<String, Object> properties) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("from", from);
			row.put("to", to);
			row.put("properties", withoutNulls(properties));
			this.rows.add(row);
		}

		public boolean prunes() {
			return this.pruneSource != null || this.pruneAll;
		}

	}

	/** Neo4j stores no nulls: a null in a SET map would only be noise in the parameters. */
	static Map<String, Object> withoutNulls(Map<String, Object> properties) {
		Map<String, Object> clean = new LinkedHashMap<>();
		properties.forEach((key, value) -> {
			if (value != null) {
				clean.put(key, value);
			}
		});
		return clean;
	}

}
