package org.competencygraph;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.competencygraph.command.CommandLine;

import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Runs a command-line command (import, import-onet, ...) in the test JVM, as a user would run it, and puts back
 * the log levels it set: a command given {@code --logging.level.root=off} would otherwise silence the log of the
 * shared test server for every test class after it, and the tests that read that log would see nothing.
 */
public final class InProcessCommands {

	private InProcessCommands() {
	}

	/** Runs {@code java -jar competency-graph.jar ARGUMENTS...}, its output to {@code out}; returns its exit code. */
	public static int command(List<String> arguments, PrintStream out) {
		return run(() -> CommandLine.run(CompetencyGraphApplication.class, arguments.toArray(String[]::new), out));
	}

	public static <T> T run(Supplier<T> command) {
		LoggingSystem logging = LoggingSystem.get(InProcessCommands.class.getClassLoader());
		List<LoggerConfiguration> before = logging.getLoggerConfigurations();
		try {
			return command.get();
		}
		finally {
			for (LoggerConfiguration logger : before) {
				logging.setLogLevel(logger.getName(), logger.getConfiguredLevel());
			}
		}
	}

}
