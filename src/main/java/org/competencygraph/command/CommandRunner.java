package org.competencygraph.command;

import java.io.PrintStream;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command the application was started for ({@link CommandLine}), once the application is up, and keeps
 * its exit code for {@link org.springframework.boot.SpringApplication#exit}.
 */
@Component
@ConditionalOnProperty(CommandLine.PROPERTY)
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final List<Command> commands;

	private final PrintStream out;

	private int exitCode = Command.USAGE;

	CommandRunner(List<Command> commands, CommandOutput output) {
		this.commands = commands;
		this.out = output.stream();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		Command command = words.isEmpty() ? null : find(words.getFirst());
		if (command == null) {
			this.out.println("Usage: java -jar competency-graph.jar COMMAND [--spring.option=value ...] ARGUMENTS");
			this.out.println("Commands:");
			this.commands.stream()
				.sorted(java.util.Comparator.comparing(Command::name))
				.forEach(c -> c.usage().forEach(line -> this.out.println("  " + line)));
			this.exitCode = Command.USAGE;
			return;
		}
		this.exitCode = command.run(words.subList(1, words.size()), arguments, this.out);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private @Nullable Command find(String name) {
		return this.commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

}
