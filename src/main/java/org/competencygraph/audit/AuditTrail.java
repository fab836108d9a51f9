package org.competencygraph.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.competencygraph.database.Sessions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import org.springframework.stereotype.Component;

/**
 * The one way to write people data: {@link #write} runs the work in a write transaction and records the audit
 * entries it returns in the same transaction, so there is no write without its entry. {@link #version()} counts
 * committed writes, which read models of people data compare to know they are stale.
 */
@Component
public class AuditTrail {

	/** Fixed length, so that instants sort as text (the trail's paging). */
	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Sessions sessions;

	private final AtomicLong version = new AtomicLong();

	AuditTrail(Sessions sessions) {
		this.sessions = sessions;
	}

	/**
	 * Runs {@code work} in one write transaction and records what it returns; nothing is written when it throws.
	 * @param actor who writes: the caller's user name, or 'import' for a command-line import
	 * @return what the work returned
	 */
	public <T> T write(String actor, Function<TransactionContext, Written<T>> work) {
		try (Session session = this.sessions.open()) {
			T result = session.executeWrite(tx -> {
				Written<T> written = work.apply(tx);
				record(tx, actor, written.entries());
				return written.result();
			});
			return result;
		}
		finally {
			// Also after a failure: a read model reloading once too often is harmless, a stale one is not.
			this.version.incrementAndGet();
		}
	}

	/** Committed (or attempted) writes since start: a read model built at another version is stale. */
	public long version() {
		return this.version.get();
	}

	private static void record(TransactionContext tx, String actor, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		String now = AT.format(Instant.now());
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			Change change = changes.get(i);
			Map<String, Object> row = new HashMap<>();
			row.put("id", UUID.randomUUID().toString());
			// Entries of one write keep their order: the same instant, then their index.
			row.put("at", now);
			row.put("seq", i);
			row.put("action", change.action().name());
			row.put("targetType", change.targetType());
			row.put("targetId", change.targetId());
			row.put("fields", change.fields());
			rows.add(row);
		}
		tx.run("""
				UNWIND $rows AS row
				CREATE (:AuditEntry {id: row.id, at: row.at, seq: row.seq, actor: $actor, action: row.action,
				        targetType: row.targetType, targetId: row.targetId, fields: row.fields})
				""", Map.of("rows", rows, "actor", actor)).consume();
	}

	/** What a write changed: one audit entry. */
	public record Change(AuditAction action, String targetType, @Nullable String targetId, List<String> fields) {

		public static Change person(AuditAction action, String id, List<String> fields) {
			return new Change(action, "PERSON", id, List.copyOf(fields));
		}

		public static Change team(String id, List<String> fields) {
			return new Change(AuditAction.SAVE_TEAM, "TEAM", id, List.copyOf(fields));
		}

	}

	/** What a unit of work returns: its result and the changes to record. */
	public record Written<T>(@Nullable T result, List<Change> entries) {
	}

}
