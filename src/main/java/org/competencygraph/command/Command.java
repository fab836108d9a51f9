package org.competencygraph.command;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

/**
 * A command-line command, a bean of the feature it belongs to. Run as
 * {@code java -jar competency-graph.jar NAME [--option[=value] ...] OPERAND...}; {@code --name=value} options are
 * also application properties, as for the server (e.g. {@code --spring.neo4j.uri=bolt://...}).
 */
public interface Command {

	/** Exit code of a command that did all it was asked. */
	int SUCCESS = 0;

	/** Exit code of a command that refused some input (nothing of that input was written). */
	int REJECTED = 1;

	/** Exit code of a command called the wrong way; its usage is printed. */
	int USAGE = 2;

	/** The first argument that selects it, e.g. {@code import-onet}. */
	String name();

	/** How to call it, one line per form, without the leading {@code java -jar ...}. */
	List<String> usage();

	/**
	 * Runs the command.
	 * @param operands the arguments after its name that are not options
	 * @param arguments all arguments, for its options ({@code arguments.containsOption("seed")})
	 * @param out where its report goes
	 * @return its exit code
	 */
	int run(List<String> operands, ApplicationArguments arguments, PrintStream out);

}
