package org.competencygraph.background;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One background job: what it is, where it is, how far it got stage by stage, and how it ended. Written by the
 * job's thread and read by any caller, so every accessor is synchronized and returns values or copies.
 */
public final class BackgroundJob implements JobProgress {

	private final String id;

	private final String kind;

	private final String description;

	private final String startedBy;

	private final Instant createdAt;

	private @Nullable Instant startedAt;

	private @Nullable Instant finishedAt;

	private JobState state = JobState.QUEUED;

	private final List<Stage> stages = new ArrayList<>();

	private @Nullable Object report;

	private List<String> errors = List.of();

	BackgroundJob(String id, String kind, String description, String startedBy, Instant createdAt) {
		this.id = id;
		this.kind = kind;
		this.description = description;
		this.startedBy = startedBy;
		this.createdAt = createdAt;
	}

	public String id() {
		return this.id;
	}

	/** What kind of work, e.g. {@code import-esco}; one word per entry point, so clients can filter. */
	public String kind() {
		return this.kind;
	}

	public String description() {
		return this.description;
	}

	/** The user name of the caller, or {@code command line}. */
	public String startedBy() {
		return this.startedBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public synchronized @Nullable Instant startedAt() {
		return this.startedAt;
	}

	public synchronized @Nullable Instant finishedAt() {
		return this.finishedAt;
	}

	public synchronized JobState state() {
		return this.state;
	}

	public synchronized List<Stage> stages() {
		return List.copyOf(this.stages);
	}

	public synchronized @Nullable Stage currentStage() {
		return this.stages.isEmpty() ? null : this.stages.getLast();
	}

	/** The work's result once it {@link JobState#SUCCEEDED}; each feature's schema exposes its own report type. */
	public synchronized @Nullable Object report() {
		return this.report;
	}

	public synchronized List<String> errors() {
		return this.errors;
	}

	/** Seconds it has run so far, or ran. */
	public synchronized double seconds() {
		if (this.startedAt == null) {
			return 0;
		}
		Instant end = this.finishedAt == null ? Instant.now() : this.finishedAt;
		return Duration.between(this.startedAt, end).toMillis() / 1000.0;
	}

	@Override
	public synchronized void stage(String stageDescription, long total) {
		Instant now = Instant.now();
		if (!this.stages.isEmpty()) {
			this.stages.set(this.stages.size() - 1, this.stages.getLast().endedAt(now));
		}
		this.stages.add(new Stage(stageDescription, Math.max(0, total), 0, now, null));
	}

	@Override
	public synchronized void advance(long done) {
		if (this.stages.isEmpty()) {
			stage(this.description, 0);
		}
		Stage current = this.stages.getLast();
		this.stages.set(this.stages.size() - 1, current.plus(done));
	}

	synchronized void running(Instant now) {
		this.state = JobState.RUNNING;
		this.startedAt = now;
	}

	synchronized void succeeded(@Nullable Object result, Instant now) {
		finish(JobState.SUCCEEDED, now);
		this.report = result;
	}

	synchronized void failed(List<String> problems, Instant now) {
		finish(JobState.FAILED, now);
		this.errors = List.copyOf(problems);
	}

	private void finish(JobState end, Instant now) {
		if (this.startedAt == null) {
			this.startedAt = now;
		}
		if (!this.stages.isEmpty() && this.stages.getLast().finishedAt() == null) {
			this.stages.set(this.stages.size() - 1, this.stages.getLast().endedAt(now));
		}
		this.state = end;
		this.finishedAt = now;
	}

	@Override
	public String toString() {
		return "job " + this.id + " (" + this.description + ")";
	}

	/**
	 * One stage of a job's work.
	 * @param total units it has, 0 when not known
	 * @param done units done so far
	 */
	public record Stage(String description, long total, long done, Instant startedAt, @Nullable Instant finishedAt) {

		/** How far the stage got, from 0 to 1; null when its total is not known. */
		public @Nullable Double fraction() {
			return this.total == 0 ? null : Math.min(1.0, (double) this.done / this.total);
		}

		Stage plus(long more) {
			return new Stage(this.description, this.total, this.done + more, this.startedAt, this.finishedAt);
		}

		Stage endedAt(Instant end) {
			return new Stage(this.description, this.total, this.done, this.startedAt, end);
		}

	}

}
