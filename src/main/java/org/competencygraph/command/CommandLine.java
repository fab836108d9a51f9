package org.competencygraph.command;

import java.io.PrintStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application for one command instead of the server: no web server, the command's name recorded in
 * {@value #PROPERTY} so that {@link CommandRunner} runs it, and the exit code the command returned.
 */
public final class CommandLine {

	/** Set to the command's name when the application runs a command. */
	public static final String PROPERTY = "competency-graph.command";

	private CommandLine() {
	}

	/** Whether {@code args} name a command: the first argument is a word, not an option. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	/**
	 * Runs the command {@code args} names in an application built from {@code application} and returns its exit
	 * code; a failure to start (e.g. the database) is thrown, as for the server.
	 */
	public static int run(Class<?> application, String[] args, PrintStream out) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties(PROPERTY + "=" + args[0])
			.initializers(c -> c.getBeanFactory().registerSingleton("commandOutput", new CommandOutput(out)))
			.run(args)) {
			return SpringApplication.exit(context);
		}
	}

}
