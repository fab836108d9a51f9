package org.competencygraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.competencygraph.importer.GraphPlan.NodeSet;
import org.competencygraph.importer.GraphPlan.RelationshipSet;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Neo4j's offline bulk importer ({@code neo4j-admin database import full}, artifact neo4j-import-tool) fed with
 * the same nodes and relationships as a {@link GraphPlan}: the plan is written as CSV in the tool's format, one file
 * per label combination and per relationship set, then the tool's command runs in a JVM of its own, as
 * {@code neo4j-admin} would: first cold, then once more warm.
 */
final class OfflineImport {

	/** Separates the elements of list properties; never occurs in the data. */
	private static final char ARRAY_DELIMITER = '\u001F';

	/** Starts the line on which the tool's JVM reports the seconds of its two runs. */
	private static final String SECONDS = "offline import seconds:";

	private OfflineImport() {
	}

	/** Writes the plan as CSV files in {@code folder}; returns the tool's --nodes and --relationships arguments. */
	static List<String> writeCsv(GraphPlan plan, Path folder) {
		try {
			Files.createDirectories(folder);
			List<String> arguments = new ArrayList<>();
			int file = 0;
			for (NodeSet<?> set : plan.nodeSets()) {
				Map<String, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
				for (NodeRow row : set.rows()) {
					List<String> labels = new ArrayList<>(row.labels());
					labels.addFirst(row.keyLabel().label());
					byLabels.computeIfAbsent(String.join(":", labels), l -> new ArrayList<>()).add(row.properties());
				}
				for (var group : byLabels.entrySet()) {
					Path csv = folder.resolve("nodes-" + (file++) + ".csv");
					write(csv, group.getValue(), List.of(), "id:ID");
					arguments.add("--nodes=" + group.getKey() + "=" + csv);
				}
			}
			for (RelationshipSet<?> set : plan.relationshipSets()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (RelationshipRow row : set.rows()) {
					Map<String, Object> properties = new LinkedHashMap<>(row.properties());
					properties.put(":START_ID", row.from());
					properties.put(":END_ID", row.to());
					rows.add(properties);
				}
				Path csv = folder.resolve("relationships-" + (file++) + ".csv");
				write(csv, rows, List.of(":START_ID", ":END_ID"), null);
				arguments.add("--relationships=" + set.type() + "=" + csv);
			}
			return arguments;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One CSV file: the header names every property of any row with its type, in first-seen order. */
	private static void write(Path csv, List<Map<String, Object>> rows, List<String> first, String idColumn)
			throws IOException {
		Map<String, String> columns = new LinkedHashMap<>();
		first.forEach(column -> columns.put(column, column));
		for (Map<String, Object> row : rows) {
			row.forEach((key, value) -> columns.computeIfAbsent(key, k -> k.equals("id") && idColumn != null ? idColumn
					: k + type(value)));
		}
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write(String.join(",", columns.values()));
			out.write('\n');
			for (Map<String, Object> row : rows) {
				out.write(columns.keySet().stream().map(key -> field(row.get(key))).collect(Collectors.joining(",")));
				out.write('\n');
			}
		}
	}

	private static String type(Object value) {
		if (value instanceof List<?>) {
			return ":string[]";
		}
		if (value instanceof Boolean) {
			return ":boolean";
		}
		if (value instanceof Long || value instanceof Integer) {
			return ":long";
		}
		return value instanceof Double ? ":double" : "";
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof List<?> list
				? list.stream().map(String::valueOf).collect(Collectors.joining(String.valueOf(ARRAY_DELIMITER)))
				: String.valueOf(value);
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/**
	 * Runs the tool in a new JVM with this JVM's classpath and options: into {@code cold}, then into {@code warm}
	 * in the same JVM; the tool's output goes to {@code log}.
	 * @return the seconds of the two runs, measured around the tool's command alone (no JVM start)
	 */
	static double[] runInNewJvm(List<String> inputs, Path cold, Path warm, Path log) throws IOException,
			InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), OfflineImport.class.getName(),
				cold.toString(), warm.toString()));
		command.addAll(inputs);
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		int exitCode = process.waitFor();
		List<String> lines = Files.readAllLines(log);
		String times = lines.stream().filter(line -> line.startsWith(SECONDS)).reduce((a, b) -> b).orElse("");
		if (exitCode != 0 || times.isEmpty()) {
			throw new IllegalStateException("The offline importer failed with exit code " + exitCode + "; see " + log);
		}
		String[] values = times.substring(SECONDS.length()).strip().split(" ");
		return new double[] { Double.parseDouble(values[0]), Double.parseDouble(values[1]) };
	}

	/** Arguments: the cold and warm database homes, then the tool's --nodes and --relationships arguments. */
	public static void main(String[] args) throws IOException {
		List<String> inputs = List.of(args).subList(2, args.length);
		double[] seconds = new double[2];
		for (int run = 0; run < 2; run++) {
			long started = System.nanoTime();
			int exitCode = run(Path.of(args[run]), inputs, System.out);
			seconds[run] = (System.nanoTime() - started) / 1e9;
			if (exitCode != 0) {
				System.exit(exitCode);
			}
		}
		System.out.println(SECONDS + " " + seconds[0] + " " + seconds[1]);
		System.exit(0);
	}

	/** Runs the tool into {@code home}/data/databases/neo4j; returns its exit code. */
	static int run(Path home, List<String> inputs, PrintStream out) throws IOException {
		Files.createDirectories(home.resolve("conf"));
		ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), out, out,
				new org.neo4j.io.fs.DefaultFileSystemAbstraction());
		List<String> arguments = new ArrayList<>(inputs);
		arguments.add("--array-delimiter=U+001F");
		arguments.add("--multiline-fields=true");
		arguments.add("neo4j");
		return new CommandLine(new ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
	}

}
