package org.competencygraph.semantic;

import java.io.PrintStream;
import java.util.List;

import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobState;
import org.competencygraph.command.Command;
import org.competencygraph.command.JobFollower;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code embed}: brings the stored vectors up to date, as a background job shown with its progress. */
@Component
class EmbedCommand implements Command {

	private final Embeddings embeddings;

	private final BackgroundJobs jobs;

	EmbedCommand(Embeddings embeddings, BackgroundJobs jobs) {
		this.embeddings = embeddings;
		this.jobs = jobs;
	}

	@Override
	public String name() {
		return EmbeddingController.KIND;
	}

	@Override
	public List<String> usage() {
		return List.of("embed [--spring.option=value ...]");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		if (!operands.isEmpty()) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		BackgroundJob job = this.jobs.start(EmbeddingController.KIND, EmbeddingController.DESCRIPTION, "command line",
				this.embeddings::refresh);
		new JobFollower(out).follow(job);
		if (job.state() == JobState.SUCCEEDED && job.report() instanceof EmbeddingReport report) {
			report.kinds().forEach(kind -> out.printf("%s: %d computed, %d unchanged, %d removed%n",
					kind.description(), kind.computed(), kind.unchanged(), kind.removed()));
			out.printf("%.1f s%n", report.seconds());
			return SUCCESS;
		}
		out.println("Embedding failed:");
		job.errors().forEach(problem -> out.println("  - " + problem));
		return REJECTED;
	}

}
