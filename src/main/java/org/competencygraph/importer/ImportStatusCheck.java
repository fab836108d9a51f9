package org.competencygraph.importer;

import java.time.Duration;
import java.time.Instant;

import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.framework.Frameworks;
import org.competencygraph.framework.Frameworks.FrameworkSummary;
import org.competencygraph.framework.Frameworks.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, in one line per framework, which framework's data an interrupted import left partial. It counts
 * every framework's occupations and requirements, seconds of work on a cold server with ESCO and O*NET: it runs
 * {@code competency-graph.startup.deferred-work-delay} after the server is ready, on Spring's task scheduler, so
 * that the first requests do not wait for it. By then an import may have started: one still running is not reported,
 * as it is not interrupted.
 */
@Component
class ImportStatusCheck {

	private static final Logger logger = LoggerFactory.getLogger(ImportStatusCheck.class);

	private final Frameworks frameworks;

	private final BackgroundJobs jobs;

	private final TaskScheduler scheduler;

	private final Duration delay;

	ImportStatusCheck(Frameworks frameworks, BackgroundJobs jobs, TaskScheduler scheduler,
			@Value("${competency-graph.startup.deferred-work-delay:10s}") Duration delay) {
		this.frameworks = frameworks;
		this.jobs = jobs;
		this.scheduler = scheduler;
		this.delay = delay;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reportLater() {
		this.scheduler.schedule(this::report, Instant.now().plus(this.delay));
	}

	void report() {
		try {
			for (FrameworkSummary framework : this.frameworks.summaries()) {
				if (framework.status() == ImportStatus.INCOMPLETE
						&& this.jobs.running("import-" + framework.id()).isEmpty()) {
					logger.warn("{} data is incomplete until an import of it completes: {}", framework.name(),
							framework.statusReason());
				}
			}
		}
		catch (RuntimeException ex) {
			// A check that only informs must not stop the server; the frameworks query shows the same.
			logger.debug("Could not check the framework imports", ex);
		}
	}

}
