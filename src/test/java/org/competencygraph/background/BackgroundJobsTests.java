package org.competencygraph.background;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BackgroundJobsTests {

	private final BackgroundJobs jobs = new BackgroundJobs(new BackgroundJobProperties(3));

	@AfterEach
	void stop() {
		this.jobs.stop();
	}

	@Test
	void startReturnsAtOnceAndTheJobEndsWithItsReportAndStages() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		BackgroundJob job = this.jobs.start("test", "counting", "admin", progress -> {
			progress.stage("reading", 10);
			progress.advance(4);
			progress.advance(6);
			release.await(10, TimeUnit.SECONDS);
			progress.stage("writing", 0);
			progress.advance(3);
			return "the report";
		});
		assertThat(job.state()).isIn(JobState.QUEUED, JobState.RUNNING);
		assertThat(job.report()).isNull();
		release.countDown();
		awaitEnd(job);
		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(job.report()).isEqualTo("the report");
		assertThat(job.errors()).isEmpty();
		assertThat(job.stages()).extracting(BackgroundJob.Stage::description, BackgroundJob.Stage::done,
				BackgroundJob.Stage::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("reading", 10L, 10L),
					org.assertj.core.groups.Tuple.tuple("writing", 3L, 0L));
		assertThat(job.stages()).allSatisfy(stage -> assertThat(stage.finishedAt()).isNotNull());
		assertThat(job.stages().getFirst().fraction()).isEqualTo(1.0);
		assertThat(job.stages().getLast().fraction()).isNull();
		assertThat(job.finishedAt()).isNotNull();
		assertThat(this.jobs.find(job.id())).containsSame(job);
	}

	@Test
	void aSecondStartWhileOneRunsIsRefusedNamingTheRunningJob() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		BackgroundJob first = this.jobs.start("import-esco", "import of ESCO", "admin", progress -> {
			release.await(10, TimeUnit.SECONDS);
			return "done";
		});
		assertThatExceptionOfType(JobBusyException.class)
			.isThrownBy(() -> this.jobs.start("link-frameworks", "linking", "admin", progress -> "never"))
			.withMessageContaining("import of ESCO")
			.withMessageContaining(first.id())
			.satisfies(ex -> assertThat(ex.running()).isSameAs(first));
		release.countDown();
		awaitEnd(first);
		BackgroundJob second = this.jobs.start("link-frameworks", "linking", "admin", progress -> "linked");
		awaitEnd(second);
		assertThat(second.report()).isEqualTo("linked");
	}

	@Test
	void theRunningJobOfAKindIsFoundUntilItEnds() throws InterruptedException {
		CountDownLatch release = new CountDownLatch(1);
		BackgroundJob job = this.jobs.start("import-onet", "import of O*NET", "admin", progress -> {
			release.await(10, TimeUnit.SECONDS);
			return "done";
		});
		assertThat(this.jobs.running("import-onet")).containsSame(job);
		assertThat(this.jobs.running("import-esco")).isEmpty();
		release.countDown();
		awaitEnd(job);
		assertThat(this.jobs.running("import-onet")).isEmpty();
	}

	@Test
	void anExpectedFailureShowsItsProblemsAndAnUnexpectedOneHidesItsMessage() throws InterruptedException {
		BackgroundJob rejected = this.jobs.start("import-onet", "import", "admin", progress -> {
			throw new Rejected(List.of("Skills.txt, line 3: 2 columns, expected 6", "Abilities.txt: missing"));
		});
		awaitEnd(rejected);
		assertThat(rejected.state()).isEqualTo(JobState.FAILED);
		assertThat(rejected.errors()).containsExactly("Skills.txt, line 3: 2 columns, expected 6",
				"Abilities.txt: missing");
		assertThat(rejected.report()).isNull();

		BackgroundJob broken = this.jobs.start("import-onet", "import", "admin", progress -> {
			throw new IllegalStateException("/secret/server/path is broken");
		});
		awaitEnd(broken);
		assertThat(broken.state()).isEqualTo(JobState.FAILED);
		assertThat(broken.errors()).singleElement()
			.satisfies(error -> assertThat(error).contains("Internal error", broken.id()).doesNotContain("/secret"));
	}

	@Test
	void onlyTheNewestFinishedJobsAreKept() throws InterruptedException {
		List<BackgroundJob> started = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			BackgroundJob job = this.jobs.start("test", "job " + i, "admin", progress -> "ok");
			awaitEnd(job);
			started.add(job);
		}
		assertThat(this.jobs.recent(10)).containsExactly(started.get(4), started.get(3), started.get(2));
		assertThat(this.jobs.find(started.get(0).id())).isEmpty();
		assertThat(this.jobs.recent(1)).containsExactly(started.get(4));
	}

	@Test
	void stoppingTheServerInterruptsARunningJob() throws InterruptedException {
		CountDownLatch running = new CountDownLatch(1);
		BackgroundJob job = this.jobs.start("test", "long", "admin", progress -> {
			running.countDown();
			Thread.sleep(Duration.ofMinutes(5));
			return "never";
		});
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		this.jobs.stop();
		awaitEnd(job);
		assertThat(job.state()).isEqualTo(JobState.FAILED);
		assertThat(job.errors()).singleElement().asString().startsWith("Interrupted");
	}

	static void awaitEnd(BackgroundJob job) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(20);
		while (!job.state().finished() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(job.state().finished()).as("%s ended", job).isTrue();
	}

	static final class Rejected extends RuntimeException implements JobFailure {

		private final List<String> problems;

		Rejected(List<String> problems) {
			super("rejected");
			this.problems = problems;
		}

		@Override
		public List<String> problems() {
			return this.problems;
		}

	}

}
