package org.competencygraph.importer;

import java.util.Locale;

import org.competencygraph.background.JobProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an import's progress, so that a console user sees it move: how far a long stage is every few seconds, and a
 * line when each stage has done all its units; and passes every call on to the caller's progress, one at a time.
 */
final class LoggedProgress implements JobProgress {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkImports.class);

	private static final long INTERVAL_NANOS = 3_000_000_000L;

	private final JobProgress next;

	private String description = "";

	private long total;

	private long done;

	private long started;

	private long lastLog;

	LoggedProgress(JobProgress next) {
		this.next = next;
	}

	@Override
	public synchronized void stage(String description, long total) {
		this.description = description;
		this.total = total;
		this.done = 0;
		this.started = System.nanoTime();
		this.lastLog = this.started;
		this.next.stage(description, total);
		if (total == 0) {
			finished(this.started);
		}
	}

	@Override
	public synchronized void advance(long done) {
		if (done == 0) {
			return;
		}
		long before = this.done;
		this.done += done;
		this.next.advance(done);
		long now = System.nanoTime();
		if (before < this.total && this.done >= this.total) {
			finished(now);
		}
		else if (now - this.lastLog >= INTERVAL_NANOS && this.done < this.total) {
			this.lastLog = now;
			logger.info("{}: {} of {} ({}%), {}/s", this.description, count(this.done), count(this.total),
					this.done * 100 / this.total, rate(now));
		}
	}

	private void finished(long now) {
		logger.info("{}: {} in {} s, {}/s", this.description, count(this.total),
				String.format(Locale.ROOT, "%.1f", (now - this.started) / 1e9), rate(now));
	}

	private String rate(long now) {
		double seconds = Math.max(1e-9, (now - this.started) / 1e9);
		return String.format(Locale.ROOT, "%,.0f", this.total == 0 ? 0 : this.done / seconds);
	}

	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}
