package org.competencygraph.importer;

import java.util.List;
import java.util.Locale;

/**
 * What one import read and changed, file by file: the one report of every import, whatever the source (a
 * job-profile import reports a file per profile file, written as jobs, capabilities, requirements and career links).
 *
 * @param source what was imported, as an id: the framework's ({@code onet}, {@code esco}) or {@code job-profile}
 * @param sourceName the same for people, e.g. {@code O*NET}
 * @param release the release imported, e.g. {@code 30.1}; for job profiles the format of the files
 * @param directory the folder the files were read from, as the caller named it
 * @param files one report per file read, in the order read
 * @param missingFiles optional files that were not found, each with what is therefore not imported
 * @param firstLoad true when the source was not in the graph before, so everything was created without
 * looking for existing nodes first
 * @param seconds wall-clock time from reading the first file to the last commit
 */
public record ImportReport(String source, String sourceName, String release, String directory,
		List<FileReport> files, List<String> missingFiles, boolean firstLoad, double seconds) {

	public long rowsRead() {
		return this.files.stream().mapToLong(FileReport::read).sum();
	}

	public long created() {
		return this.files.stream().mapToLong(FileReport::created).sum();
	}

	public long updated() {
		return this.files.stream().mapToLong(FileReport::updated).sum();
	}

	public long unchanged() {
		return this.files.stream().mapToLong(FileReport::unchanged).sum();
	}

	public long removed() {
		return this.files.stream().mapToLong(FileReport::removed).sum();
	}

	public long skipped() {
		return this.files.stream().mapToLong(FileReport::skippedRows).sum();
	}

	public double rowsPerSecond() {
		return this.seconds <= 0 ? 0 : this.rowsRead() / this.seconds;
	}

	/** The report as a table for the console. */
	public String describe() {
		var text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "%s %s from %s: %,d rows read in %.1f s (%,.0f rows/s)%s%n",
				this.sourceName, this.release, this.directory, rowsRead(), this.seconds, rowsPerSecond(),
				this.firstLoad ? ", first load" : ""));
		text.append(String.format(Locale.ROOT, "  %-52s %10s %10s %10s %10s %10s%n", "file / what was written", "read",
				"created", "updated", "unchanged", "removed"));
		for (FileReport file : this.files) {
			text.append(String.format(Locale.ROOT, "  %-52s %,10d %,10d %,10d %,10d %,10d%n", file.file(), file.read(),
					file.created(), file.updated(), file.unchanged(), file.removed()));
			for (WriteCount write : file.writes()) {
				text.append(String.format(Locale.ROOT, "    %-50s %10s %,10d %,10d %,10d %,10d%n", write.target(), "",
						write.created(), write.updated(), write.unchanged(), write.removed()));
			}
			for (SkipCount skip : file.skipped()) {
				text.append(String.format(Locale.ROOT, "    skipped %,d: %s%n", skip.count(), skip.reason()));
			}
		}
		for (String missing : this.missingFiles) {
			text.append("  missing optional file: ").append(missing).append('\n');
		}
		text.append(String.format(Locale.ROOT, "  total: %,d created, %,d updated, %,d unchanged, %,d removed, "
				+ "%,d rows skipped%n", created(), updated(), unchanged(), removed(), skipped()));
		return text.toString();
	}

	/**
	 * One file of the import.
	 *
	 * @param file the file name
	 * @param read data rows read (the header not counted)
	 * @param writes what the file's rows were written as, with counts
	 * @param skipped rows or values left out, by reason
	 */
	public record FileReport(String file, long read, List<WriteCount> writes, List<SkipCount> skipped) {

		public long created() {
			return this.writes.stream().mapToLong(WriteCount::created).sum();
		}

		public long updated() {
			return this.writes.stream().mapToLong(WriteCount::updated).sum();
		}

		public long unchanged() {
			return this.writes.stream().mapToLong(WriteCount::unchanged).sum();
		}

		public long removed() {
			return this.writes.stream().mapToLong(WriteCount::removed).sum();
		}

		/** Rows skipped; reasons about single values of a row that is kept are not rows and not counted here. */
		public long skippedRows() {
			return this.skipped.stream().filter(SkipCount::wholeRow).mapToLong(SkipCount::count).sum();
		}

	}

	/**
	 * Nodes or relationships of one kind written from a file.
	 *
	 * @param target what was written, e.g. {@code (:Job)-[:REQUIRES]->(:Capability)}
	 * @param created did not exist before
	 * @param updated existed with other properties or labels
	 * @param unchanged existed exactly as imported
	 * @param removed relationships of this kind from the same start nodes and file that the release no longer has
	 */
	public record WriteCount(String target, long created, long updated, long unchanged, long removed) {
	}

	/**
	 * @param reason why, in words
	 * @param count how many
	 * @param wholeRow true when whole rows were skipped, false when a value of a row was left out
	 */
	public record SkipCount(String reason, long count, boolean wholeRow) {
	}

}
