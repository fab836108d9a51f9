package org.competencygraph.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJobs;
import org.competencygraph.background.JobState;
import org.competencygraph.command.Command;
import org.competencygraph.command.JobFollower;
import org.competencygraph.framework.Framework;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code import-onet DIR} and {@code import-esco DIR}: imports a release from any folder of the machine (the
 * person at the console may read it anyway), as a background job shown with a progress bar per stage, then prints
 * the report. On an empty database the seed graph is loaded first, as on the server's first start. The exit code
 * is 0 on success, 1 when the release was rejected (nothing written), 2 on wrong usage.
 */
final class FrameworkImportCommand implements Command {

	private final Framework framework;

	private final FrameworkImports imports;

	private final BackgroundJobs jobs;

	FrameworkImportCommand(Framework framework, FrameworkImports imports, BackgroundJobs jobs) {
		this.framework = framework;
		this.imports = imports;
		this.jobs = jobs;
	}

	@Override
	public String name() {
		return "import-" + this.framework.id();
	}

	@Override
	public List<String> usage() {
		return List.of(name() + " [--spring.option=value ...] DIR   (an unpacked " + this.framework.displayName()
				+ (this.framework == Framework.ONET ? " text" : " CSV") + " release)");
	}

	@Override
	public int run(List<String> operands, ApplicationArguments arguments, PrintStream out) {
		if (operands.size() != 1) {
			out.println("Usage: " + usage().getFirst());
			return USAGE;
		}
		Path directory = Path.of(operands.getFirst());
		BackgroundJob job = this.jobs.start(name(),
				"import of " + this.framework.displayName() + " from " + directory, "command line",
				progress -> this.imports.importRelease(this.framework, directory, progress));
		new JobFollower(out).follow(job);
		if (job.state() == JobState.SUCCEEDED && job.report() instanceof ImportReport report) {
			out.print(report.describe());
			out.println("Run link-frameworks to link the seed graph to it.");
			return SUCCESS;
		}
		out.println("REJECTED " + this.framework.displayName() + " data in " + directory + " (nothing was written):");
		job.errors().forEach(problem -> out.println("  - " + problem));
		return REJECTED;
	}

	/** One command per framework. */
	@Configuration(proxyBeanMethods = false)
	static class Commands {

		@Bean
		Command importOnetCommand(FrameworkImports imports, BackgroundJobs jobs) {
			return new FrameworkImportCommand(Framework.ONET, imports, jobs);
		}

		@Bean
		Command importEscoCommand(FrameworkImports imports, BackgroundJobs jobs) {
			return new FrameworkImportCommand(Framework.ESCO, imports, jobs);
		}

	}

}
