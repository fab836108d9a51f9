package org.competencygraph.linking;

import java.io.PrintStream;
import java.util.List;

import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobState;
import org.competencygraph.command.Command;
import org.competencygraph.command.JobFollower;
import org.competencygraph.importer.FrameworkProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/**
 * {@code link-frameworks}: links the seed graph to the imported frameworks as
 * {@code competency-graph.frameworks.occupations-per-framework} says, as a background job shown with its progress.
 * The exit code is 0 on success, 1 when linking failed, 2 on wrong usage.
 */
@Component
class LinkCommand implements Command {

	static final String KIND = "link-frameworks";

	private final FrameworkLinker linker;

	private final BackgroundJobs jobs;

	private final int occupationsPerFramework;

	LinkCommand(FrameworkLinker linker, BackgroundJobs jobs, FrameworkProperties properties) {
		this.linker = linker;
		this.jobs = jobs;
		this.occupationsPerFramework = properties.occupationsPerFramework();
	}

	@Override
	public String name() {
		return KIND;
	}

	@Override
	public List<String> usage() {
		return List.of("link-frameworks [--spring.option=value ...]");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		if (!operands.isEmpty()) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		BackgroundJob job = this.jobs.start(KIND, "linking of the seed graph to the frameworks", "command line",
				progress -> this.linker.link(this.occupationsPerFramework, progress));
		new JobFollower(out).follow(job);
		if (job.state() == JobState.SUCCEEDED && job.report() instanceof LinkReport report) {
			out.print(report.describe());
			return SUCCESS;
		}
		out.println("Linking failed:");
		job.errors().forEach(problem -> out.println("  - " + problem));
		return REJECTED;
	}

}
