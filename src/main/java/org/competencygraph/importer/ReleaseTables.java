package org.competencygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.competencygraph.background.JobProgress;
import org.competencygraph.importer.SourceTable.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Opens the files of a release: a required file that is missing is a problem, an optional one is reported in
 * the plan with what is therefore not imported. Files are named first and then read together, in parallel; each
 * file read is registered in the plan, in the order named, with its row count.
 */
public final class ReleaseTables {

	private final ReleaseFolder folder;

	private final Dialect dialect;

	private final Problems problems;

	private final GraphPlan plan;

	private final Function<String, String[]> candidates;

	private final List<Table> tables = new ArrayList<>();

	/**
	 * @param candidates the file names to look for, given the canonical name (e.g. ESCO's language suffixes)
	 */
	public ReleaseTables(ReleaseFolder folder, Dialect dialect, Problems problems, GraphPlan plan,
			Function<String, String[]> candidates) {
		this.folder = folder;
		this.dialect = dialect;
		this.problems = problems;
		this.plan = plan;
		this.candidates = candidates;
	}

	/** A file to read; {@link #get()} is its content once {@link ReleaseTables#readAll(JobProgress)} ran, or null. */
	public static final class Table {

		private final @Nullable Path file;

		private final List<String> columns;

		private @Nullable SourceTable table;

		Table(@Nullable Path file, List<String> columns) {
			this.file = file;
			this.columns = columns;
		}

		public @Nullable SourceTable get() {
			return this.table;
		}

	}

	public Table required(String name, String... columns) {
		Path file = this.folder.find(this.candidates.apply(name));
		if (file == null) {
			// The folder's own name only: problems are shown to API callers, who must not learn the server's paths.
			this.problems.add(name, "is required but not in the release folder " + this.folder.root().getFileName()
					+ " (nor in a folder directly below it)");
		}
		return add(file, columns);
	}

	public Table optional(String name, String consequence, String... columns) {
		Path file = this.folder.find(this.candidates.apply(name));
		if (file == null) {
			this.plan.missing(name, consequence);
		}
		return add(file, columns);
	}

	private Table add(@Nullable Path file, String... columns) {
		Table table = new Table(file, List.of(columns));
		this.tables.add(table);
		return table;
	}

	private static long size(@Nullable Path file) {
		try {
			return file == null ? 0 : Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * Reads every named file that exists, two at a time: parsing is most of the time before the first write.
	 * {@code progress} has one stage, advanced by each file read.
	 */
	public void readAll(JobProgress progress) {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			// Largest files first, so the two threads finish at about the same time.
			List<Table> bySize = new ArrayList<>(this.tables.stream().filter(t -> t.file != null).toList());
			bySize.sort(Comparator.comparingLong((Table t) -> size(t.file)).reversed());
			progress.stage(this.plan.framework().id() + ": reading " + bySize.size() + " files", bySize.size());
			Map<Table, Future<@Nullable SourceTable>> submitted = new HashMap<>();
			for (Table table : bySize) {
				Path file = Objects.requireNonNull(table.file);
				submitted.put(table, executor.submit(() -> {
					SourceTable read = SourceTable.read(file, this.dialect, table.columns, this.problems);
					progress.advance(1);
					return read;
				}));
			}
			List<Future<@Nullable SourceTable>> results = new ArrayList<>();
			for (Table table : this.tables) {
				results.add(submitted.get(table));
			}
			for (int i = 0; i < this.tables.size(); i++) {
				Future<@Nullable SourceTable> result = results.get(i);
				SourceTable read = result == null ? null : result.get();
				this.tables.get(i).table = read;
				if (read != null) {
					this.plan.file(read.name(), read.rows().size());
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading " + this.folder.root(), ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot read " + this.folder.root(), ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
	}

}
