package org.competencygraph.background;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts background jobs and finds them by id. One job runs at a time, whatever started it: imports and linking
 * write the same nodes, and two of them at once would only make both slower. A start while one runs is refused
 * with {@link JobBusyException} rather than queued, so a caller never waits behind work it cannot see.
 * <p>
 * Jobs live in memory: the running one and the last {@code competency-graph.background.history} finished ones.
 * Stopping the server interrupts a running job; what it committed stays, and the frameworks' import status shows
 * the import as incomplete until it is run again.
 */
@Service
@EnableConfigurationProperties(BackgroundJobProperties.class)
public class BackgroundJobs {

	private static final Logger logger = LoggerFactory.getLogger(BackgroundJobs.class);

	/** Not a bean: an {@code Executor} bean would replace the application task executor Spring Boot configures. */
	private final ThreadPoolTaskExecutor executor;

	private final int history;

	private final Clock clock;

	/** Newest first. */
	private final Deque<BackgroundJob> jobs = new ArrayDeque<>();

	private @Nullable BackgroundJob running;

	BackgroundJobs(BackgroundJobProperties properties) {
		this.executor = singleThread();
		this.history = properties.history();
		this.clock = Clock.systemUTC();
	}

	/**
	 * Starts {@code work} as a job and returns at once.
	 * @param kind what kind of work, e.g. {@code import-esco}
	 * @param description what it does, for people, e.g. {@code import of ESCO from esco-1.1.1}
	 * @param startedBy who asked, for the record
	 * @throws JobBusyException when another job is running
	 */
	public synchronized BackgroundJob start(String kind, String description, String startedBy, JobWork work) {
		if (this.running != null && !this.running.state().finished()) {
			throw new JobBusyException(this.running);
		}
		BackgroundJob job = new BackgroundJob(UUID.randomUUID().toString(), kind, description, startedBy,
				this.clock.instant());
		this.running = job;
		remember(job);
		logger.info("Started {} for {}", job, startedBy);
		this.executor.execute(() -> run(job, work));
		return job;
	}

	/**
	 * Starts {@code work} as {@link #start} does, for a mutation: a refusal because another job runs is answered
	 * as data, naming that job.
	 */
	public JobStart startOrRefuse(String kind, String description, String startedBy, JobWork work) {
		try {
			return new JobStart(start(kind, description, startedBy, work), List.of());
		}
		catch (JobBusyException ex) {
			return JobStart.refused(List.of(ex.getMessage()));
		}
	}

	public synchronized Optional<BackgroundJob> find(String id) {
		return this.jobs.stream().filter(job -> job.id().equals(id)).findFirst();
	}

	/** The job of {@code kind} running now, if one is: e.g. to tell an import in progress from an interrupted one. */
	public synchronized Optional<BackgroundJob> running(String kind) {
		return Optional.ofNullable(this.running)
			.filter(job -> job.kind().equals(kind) && !job.state().finished());
	}

	/** The jobs still known, newest first. */
	public synchronized List<BackgroundJob> recent(int count) {
		return this.jobs.stream().limit(count).toList();
	}

	private void run(BackgroundJob job, JobWork work) {
		job.running(this.clock.instant());
		try {
			Object report = work.run(job);
			job.succeeded(report, this.clock.instant());
			logger.info("Finished {} in {} s", job, String.format("%.1f", job.seconds()));
		}
		catch (Exception ex) {
			job.failed(problems(job, ex), this.clock.instant());
		}
		catch (Error ex) {
			job.failed(List.of("The job stopped on an error of the server (" + ex.getClass().getSimpleName()
					+ "); the server log has the details."), this.clock.instant());
			throw ex;
		}
	}

	private static List<String> problems(BackgroundJob job, Exception ex) {
		if (ex instanceof JobFailure failure) {
			logger.warn("{} failed: {}", job, failure.problems());
			return failure.problems();
		}
		if (ex instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
			logger.warn("{} was interrupted: the server is stopping", job);
			return List.of("Interrupted: the server stopped while it ran. What it committed stays; run it again to "
					+ "complete it.");
		}
		logger.error("{} failed", job, ex);
		return List.of("Internal error: the job stopped unexpectedly; the server log has the details (job " + job.id()
				+ ").");
	}

	/** Keeps the newest jobs; a job still running is never forgotten, as it is the newest. */
	private void remember(BackgroundJob job) {
		this.jobs.addFirst(job);
		while (this.jobs.size() > this.history) {
			this.jobs.removeLast();
		}
	}

	/** Interrupts a running job: it may run for minutes, and shutdown must not wait for it. */
	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

	private static ThreadPoolTaskExecutor singleThread() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(1);
		executor.setThreadNamePrefix("background-job-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}

}
