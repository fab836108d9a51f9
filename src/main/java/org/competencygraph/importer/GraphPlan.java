package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.competencygraph.framework.Framework;
import org.competencygraph.importer.ImportReport.SkipCount;
import org.jspecify.annotations.Nullable;

/**
 * A framework release read and validated completely, as the node and relationship rows to write, grouped by the
 * file they come from. Nothing in a plan has touched the database yet.
 */
public final class GraphPlan {

	private final Framework framework;

	private final String release;

	private final List<NodeSet<?>> nodeSets = new ArrayList<>();

	private final List<RelationshipSet<?>> relationshipSets = new ArrayList<>();

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

	List<NodeSet<?>> nodeSets() {
		return this.nodeSets;
	}

	List<RelationshipSet<?>> relationshipSets() {
		return this.relationshipSets;
	}

	List<SourceFile> files() {
		return List.copyOf(this.files.values());
	}

	List<String> missingFiles() {
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
	 * Nodes of one kind, each found and merged by {@code id} under its key label.
	 *
	 * @param file the file the nodes come from, for the report
	 * @param target the words the report uses, e.g. {@code (:Capability:Skill)}
	 * @return the set, to add rows to
	 */
	public <R extends NodeRow> NodeSet<R> nodes(String file, String target) {
		NodeSet<R> set = new NodeSet<>(file, target, new ArrayList<>());
		this.nodeSets.add(set);
		return set;
	}

	/**
	 * Relationships of {@code type} from {@code from} nodes to {@code to} nodes.
	 *
	 * @param pruneSource when not null, relationships of this type from the same start nodes to this framework's
	 * nodes whose {@code sourceDocument} is this value and that the release no longer lists are removed; when
	 * null and {@code pruneAll}, all such relationships not listed are removed
	 */
	public <R extends RelationshipRow> RelationshipSet<R> relationships(String file, RelationshipType type,
			KeyLabel from, KeyLabel to, @Nullable String pruneSource, boolean pruneAll) {
		RelationshipSet<R> set = new RelationshipSet<>(file, type, from, to, new ArrayList<>(), pruneSource, pruneAll);
		this.relationshipSets.add(set);
		return set;
	}

	/**
	 * The requirements of occupations read from {@code file}; those of the same occupations that an earlier import
	 * wrote from a file of {@code sourceDocument} and the release no longer lists are removed.
	 */
	public RelationshipSet<RequiresRow> requires(String file, String sourceDocument) {
		return relationships(file, RelationshipType.REQUIRES, KeyLabel.JOB, KeyLabel.CAPABILITY, sourceDocument,
				false);
	}

	/**
	 * The duties of occupations read from {@code file}, in the order of each occupation's duties; those of the same
	 * occupations that the release no longer lists are removed.
	 */
	public RelationshipSet<HasDutyRow> hasDuty(String file) {
		return relationships(file, RelationshipType.HAS_DUTY, KeyLabel.JOB, KeyLabel.DUTY, null, true);
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

	/** Nodes of one kind from one file. */
	public record NodeSet<R extends NodeRow>(String file, String target, List<R> rows) {

		public void add(R row) {
			this.rows.add(row);
		}

	}

	/** Relationships of one type between nodes of two key labels, from one file. */
	public record RelationshipSet<R extends RelationshipRow>(String file, RelationshipType type, KeyLabel from,
			KeyLabel to, List<R> rows, @Nullable String pruneSource, boolean pruneAll) {

		public void add(R row) {
			this.rows.add(row);
		}

		public boolean prunes() {
			return this.pruneSource != null || this.pruneAll;
		}

		/** What the report calls them, e.g. {@code (:Job)-[:REQUIRES]->(:Capability)}. */
		public String target() {
			return "(:" + this.from.label() + ")-[:" + this.type.name() + "]->(:" + this.to.label() + ")";
		}

	}

}
