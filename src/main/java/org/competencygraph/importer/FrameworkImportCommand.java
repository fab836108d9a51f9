package org.competencygraph.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.competencygraph.framework.Framework;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import-onet DIR} and {@code import-esco DIR} from the command line, without the web server.
 * {@code --name=value} options configure the application as for the server (e.g. {@code --spring.neo4j.uri=bolt://...}).
 * On an empty database the seed graph is loaded first, as on the server's first start. The exit code is 0 on
 * success, 1 when the release was rejected (nothing written), 2 on wrong usage.
 */
public final class FrameworkImportCommand {

	public static final Set<String> COMMANDS = Set.of("import-onet", "import-esco");

	private FrameworkImportCommand() {
	}

	/**
	 * @param application starts the application without its web server, given the {@code --name=value} options
	 */
	public static int run(String command, List<String> arguments, PrintStream out,
			Function<String[], ConfigurableApplicationContext> application) {
		String[] options = arguments.stream().filter(a -> a.startsWith("--")).toArray(String[]::new);
		List<String> operands = arguments.stream().filter(a -> !a.startsWith("--")).toList();
		if (!COMMANDS.contains(command) || operands.size() != 1) {
			out.println("Usage: import-onet [--spring.option=value ...] DIR   (an unpacked O*NET text release)");
			out.println("       import-esco [--spring.option=value ...] DIR   (an unpacked ESCO CSV release)");
			return 2;
		}
		try (ConfigurableApplicationContext context = application.apply(options)) {
			Framework framework = command.equals("import-onet") ? Framework.ONET : Framework.ESCO;
			try {
				ImportReport report = context.getBean(FrameworkImports.class)
					.importRelease(framework, Path.of(operands.getFirst()));
				out.print(report.describe());
				out.println("Run link-frameworks to link the seed graph to it.");
				return 0;
			}
			catch (InvalidFrameworkDataException ex) {
				out.println("REJECTED " + framework.displayName() + " data in " + operands.getFirst()
						+ " (nothing was written):");
				ex.problems().forEach(problem -> out.println("  - " + problem));
				return 1;
			}
		}
	}

}
