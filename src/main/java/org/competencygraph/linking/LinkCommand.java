package org.competencygraph.linking;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

import org.competencygraph.importer.FrameworkProperties;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code link-frameworks} from the command line, without the web server: links the seed graph to the imported
 * frameworks as {@code competency-graph.frameworks.occupations-per-framework} says. {@code --name=value} options
 * configure the application as for the server. The exit code is 0 on success, 2 on wrong usage.
 */
public final class LinkCommand {

	public static final String COMMAND = "link-frameworks";

	private LinkCommand() {
	}

	/**
	 * @param application starts the application without its web server, given the {@code --name=value} options
	 */
	public static int run(List<String> arguments, PrintStream out,
			Function<String[], ConfigurableApplicationContext> application) {
		if (arguments.stream().anyMatch(a -> !a.startsWith("--"))) {
			out.println("Usage: link-frameworks [--spring.option=value ...]");
			return 2;
		}
		try (ConfigurableApplicationContext context = application.apply(arguments.toArray(String[]::new))) {
			FrameworkProperties properties = context.getBean(FrameworkProperties.class);
			out.print(context.getBean(FrameworkLinker.class).link(properties.occupationsPerFramework()).describe());
			return 0;
		}
	}

}
