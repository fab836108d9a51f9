package org.competencygraph.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.competencygraph.background.BackgroundJob;
import org.competencygraph.background.BackgroundJob.Stage;
import org.jspecify.annotations.Nullable;

/**
 * Shows a background job on the console until it ends: a progress bar per stage on a terminal, one line per stage
 * otherwise (a log file or a pipe would fill with redrawn bars).
 */
public final class JobFollower {

	private static final Duration POLL = Duration.ofMillis(200);

	private final PrintStream out;

	private final boolean terminal;

	public JobFollower(PrintStream out) {
		this.out = out;
		this.terminal = out == System.out && isTerminal();
	}

	/**
	 * From Java 22, {@code System.console()} is not null when output is redirected either, and
	 * {@code Console.isTerminal()} (not in Java 21, which the build targets) tells.
	 */
	private static boolean isTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	/** Waits for {@code job} to end, showing its stages; returns it ended. */
	public BackgroundJob follow(BackgroundJob job) {
		int shown = 0;
		@Nullable ProgressBar bar = null;
		try {
			while (true) {
				boolean ended = job.state().finished();
				List<Stage> stages = job.stages();
				// From the stage shown last (to bring its bar to its final count) to the newest.
				for (int i = Math.max(0, shown - 1); i < stages.size(); i++) {
					Stage stage = stages.get(i);
					if (i == shown) {
						closeBar(bar);
						bar = start(stage);
						shown++;
					}
					if (bar != null) {
						bar.stepTo(stage.done());
					}
				}
				if (ended) {
					closeBar(bar);
					bar = null;
					return job;
				}
				Thread.sleep(POLL);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return job;
		}
		finally {
			closeBar(bar);
		}
	}

	private @Nullable ProgressBar start(Stage stage) {
		if (!this.terminal) {
			this.out.println(stage.total() > 0
					? String.format(Locale.ROOT, "%s (%,d)", stage.description(), stage.total())
					: stage.description());
			return null;
		}
		return new ProgressBarBuilder().setTaskName(stage.description())
			.setInitialMax(stage.total() > 0 ? stage.total() : -1)
			.setStyle(ProgressBarStyle.ASCII)
			.setConsumer(new ConsoleProgressBarConsumer(this.out))
			.setUpdateIntervalMillis((int) POLL.toMillis())
			.build();
	}

	private static void closeBar(@Nullable ProgressBar bar) {
		if (bar != null) {
			bar.close();
		}
	}

}
