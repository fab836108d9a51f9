package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Runs one statement over rows in batches, each batch in its own write transaction (and session), telling the
 * import's progress of each batch committed. Also the helpers the node and relationship writes share.
 */
final class Batches {

	private final Sessions sessions;

	private final ExecutorService executor;

	/**
	 * @param executor runs batches that may be written side by side (see {@link #writeInParallel})
	 */
	Batches(Sessions sessions, ExecutorService executor) {
		this.sessions = sessions;
		this.executor = executor;
	}

	/**
	 * Runs {@code query} with {@code $rows} set to each batch and passes each batch's single result record on. The
	 * query returns {@code total}, the rows it wrote, which must be the whole batch: readers only emit rows whose
	 * nodes are in the plan, so a shortfall is a defect or a concurrent delete, and stops the import.
	 *
	 * @param what the rows, for the message of a failure
	 * @param progress advanced by each batch committed
	 */
	void write(String what, String query, List<Map<String, Object>> rows, Map<String, Object> parameters,
			int batchSize, JobProgress progress, Consumer<Record> each) {
		for (int start = 0; start < rows.size(); start += batchSize) {
			writeBatch(what, query, rows.subList(start, Math.min(rows.size(), start + batchSize)), parameters,
					progress, each);
		}
	}

	/**
	 * As {@link #write}, but batches run side by side on the executor, each in its own session. Only for writes
	 * that take no lock another batch needs: new nodes, whose ids differ. {@code each} must be thread-safe.
	 */
	void writeInParallel(String what, String query, List<Map<String, Object>> rows, Map<String, Object> parameters,
			int batchSize, JobProgress progress, Consumer<Record> each) {
		List<Future<?>> batches = new ArrayList<>();
		for (int start = 0; start < rows.size(); start += batchSize) {
			List<Map<String, Object>> batch = rows.subList(start, Math.min(rows.size(), start + batchSize));
			batches.add(this.executor.submit(() -> writeBatch(what, query, batch, parameters, progress, each)));
		}
		try {
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing " + what, ex);
		}
		catch (ExecutionException ex) {
			batches.forEach(batch -> batch.cancel(false));
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(what, ex.getCause());
		}
	}

	private void writeBatch(String what, String query, List<Map<String, Object>> batch,
			Map<String, Object> parameters, JobProgress progress, Consumer<Record> each) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		all.put("rows", batch);
		Record result;
		try (Session session = this.sessions.open()) {
			result = session.executeWrite(tx -> tx.run(query, all).single());
		}
		long total = result.get("total").asLong();
		if (total != batch.size()) {
			throw new IllegalStateException(what + ": " + (batch.size() - total) + " of " + batch.size()
					+ " rows of a batch found nothing to write to; was the graph changed during the import?");
		}
		each.accept(result);
		progress.advance(batch.size());
	}

	/** Runs a read {@code query} with {@code $keys} set to each batch of keys; returns all records. */
	List<Record> read(String query, List<?> keys, Map<String, Object> parameters, int batchSize) {
		List<Record> records = new ArrayList<>();
		for (int start = 0; start < keys.size(); start += batchSize) {
			Map<String, Object> all = new LinkedHashMap<>(parameters);
			all.put("keys", keys.subList(start, Math.min(keys.size(), start + batchSize)));
			try (Session session = this.sessions.open()) {
				records.addAll(session.executeRead(tx -> tx.run(query, all).list()));
			}
		}
		return records;
	}

	/**
	 * A Cypher map literal of the given properties: {@code {`name`: row.name, `framework`: $constants.framework}}.
	 * Creating with a map of known keys, rather than {@code SET n = row}, spares the planner the conservative
	 * assumption that "some property" is written, which puts Eager operators (materialising the whole batch) into
	 * the plan. Keys come from the importers' own code, never from the files, and are checked anyway.
	 */
	static String propertyMap(Collection<String> rowKeys, String row, Collection<String> constantKeys) {
		List<String> entries = new ArrayList<>();
		new TreeSet<>(rowKeys).forEach(key -> entries.add(name(key) + ": " + row + "." + name(key)));
		new TreeSet<>(constantKeys).forEach(key -> entries.add(name(key) + ": $constants." + name(key)));
		return "{" + String.join(", ", entries) + "}";
	}

	/** The keys any of the rows has. */
	static Set<String> keys(List<Map<String, Object>> rows) {
		Set<String> keys = new LinkedHashSet<>();
		rows.forEach(row -> keys.addAll(row.keySet()));
		return keys;
	}

	private static String name(String key) {
		if (!key.matches("[A-Za-z][A-Za-z0-9]*")) {
			throw new IllegalArgumentException("Not a property name: " + key);
		}
		return "`" + key + "`";
	}

	/** Whether every entry of {@code wanted} is in {@code stored} with an equal value (numbers by value). */
	static boolean contains(Map<String, Object> stored, Map<String, Object> wanted) {
		for (Map.Entry<String, Object> entry : wanted.entrySet()) {
			if (!same(stored.get(entry.getKey()), entry.getValue())) {
				return false;
			}
		}
		return true;
	}

	static boolean same(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return x.doubleValue() == y.doubleValue();
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!same(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(a, b);
	}

	/**
	 * Rows split into the properties every row has with the same value, sent once, and the rest per row: a
	 * release writes the same framework, release and source on thousands of rows.
	 */
	record Constants(Map<String, Object> constants, List<Map<String, Object>> rows) {

		static Constants split(List<Map<String, Object>> rows, Set<String> keep) {
			if (rows.size() < 2) {
				return new Constants(Map.of(), rows);
			}
			Map<String, Object> constants = new LinkedHashMap<>(rows.getFirst());
			keep.forEach(constants::remove);
			for (Map<String, Object> row : rows) {
				constants.entrySet().removeIf(e -> !e.getValue().equals(row.get(e.getKey())));
				if (constants.isEmpty()) {
					return new Constants(Map.of(), rows);
				}
			}
			List<Map<String, Object>> varying = new ArrayList<>(rows.size());
			for (Map<String, Object> row : rows) {
				Map<String, Object> rest = new LinkedHashMap<>(row);
				constants.keySet().forEach(rest::remove);
				varying.add(rest);
			}
			return new Constants(constants, varying);
		}

	}

}
