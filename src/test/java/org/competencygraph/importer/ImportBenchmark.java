package org.competencygraph.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.competencygraph.CompetencyGraphApplication;
import org.competencygraph.framework.Framework;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The import benchmark of BENCHMARKS.md: {@code ./mvnw -B -Pimport-benchmark test}. In one JVM it imports full ESCO
 * and then full O*NET with the project's importer into an empty embedded database, ESCO once more into a second
 * empty database (the JVM now warm), then loads the same ESCO nodes and relationships with Neo4j's offline bulk
 * importer in a JVM of its own, cold and then warm ({@link OfflineImport}), and prints the times and the ratios
 * against the target (transactional ESCO import within 3x of the offline tool), cold against cold and warm against
 * warm.
 * <p>
 * Not a test of the normal build: the class name matches none of surefire's patterns, and the
 * {@code import-benchmark} profile runs it alone. {@code -Dbenchmark.data=DIR} points at another copy of the data.
 */
class ImportBenchmark {

	private static final double TARGET_RATIO = 3.0;

	@Test
	void run() throws IOException, InterruptedException {
		Path data = Path.of(System.getProperty("benchmark.data", "../shared/data")).toAbsolutePath().normalize();
		// Databases of about 500 MB: replaced by the next run, removed at the end of this one.
		Path work = Path.of("target/import-benchmark").toAbsolutePath();
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		PrintStream out = System.out;
		out.printf(Locale.ROOT, "%nImport benchmark: %s, %d processors, load average %.2f, max heap %d MB%n",
				Runtime.version(), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().maxMemory() >> 20);
		out.println("Work folder: " + work);

		ImportReport esco;
		ImportReport onet;
		ImportReport escoWarm;
		GraphPlan escoPlan;
		long[] escoCounts;
		// The database of the benchmark: ESCO first, in a JVM that has run nothing yet (cold), then O*NET.
		try (ConfigurableApplicationContext context = application(work.resolve("transactional"))) {
			FrameworkImports imports = context.getBean(FrameworkImports.class);
			esco = imports.importRelease(Framework.ESCO, data.resolve("esco-1.1.1"));
			onet = imports.importRelease(Framework.ONET, data.resolve("onet-30.1"));
			escoPlan = imports.read(Framework.ESCO, data.resolve("esco-1.1.1"));
			escoCounts = escoCounts(context.getBean(Driver.class));
		}
		// ESCO again into a second empty database, now that the JVM has compiled the write path (warm), as in a
		// server that has been running for a while.
		try (ConfigurableApplicationContext context = application(work.resolve("transactional-warm"))) {
			escoWarm = context.getBean(FrameworkImports.class).importRelease(Framework.ESCO, data.resolve("esco-1.1.1"));
		}

		List<String> inputs = OfflineImport.writeCsv(escoPlan, work.resolve("csv"));
		Path home = work.resolve("offline");
		double[] tool = OfflineImport.runInNewJvm(inputs, home, work.resolve("offline-warm"),
				work.resolve("offline-import.log"));
		double toolSeconds = tool[0];
		double toolWarmSeconds = tool[1];
		long[] offlineCounts = new long[2];
		double indexSeconds = startAndIndex(home, offlineCounts);

		long escoRows = esco.rowsRead();
		out.println();
		out.println("=== Import benchmark results ===");
		line(out, "ESCO 1.1.1, project importer, cold JVM", escoRows, esco.seconds());
		line(out, "O*NET 30.1, project importer", onet.rowsRead(), onet.seconds());
		line(out, "ESCO 1.1.1, project importer, warm JVM, new database", escoRows, escoWarm.seconds());
		line(out, "ESCO 1.1.1, neo4j-admin import full (offline), cold JVM", escoRows, toolSeconds);
		line(out, "ESCO 1.1.1, neo4j-admin import full (offline), warm JVM", escoRows, toolWarmSeconds);
		out.printf(Locale.ROOT, "  %-52s %10s %8.1f s%n", "offline store started, same indexes built", "",
				indexSeconds);
		out.printf(Locale.ROOT, "ESCO written: %,d nodes, %,d relationships (transactional); %,d nodes, %,d "
				+ "relationships (offline)%n", escoCounts[0], escoCounts[1], offlineCounts[0], offlineCounts[1]);
		ratio(out, "cold", esco.seconds(), toolSeconds, indexSeconds);
		ratio(out, "warm", escoWarm.seconds(), toolWarmSeconds, indexSeconds);
		out.println("Offline importer log: " + work.resolve("offline-import.log"));
		for (String database : List.of("transactional", "transactional-warm", "offline", "offline-warm", "csv")) {
			FileSystemUtils.deleteRecursively(work.resolve(database));
		}
	}

	private static ConfigurableApplicationContext application(Path database) {
		return new SpringApplicationBuilder(CompetencyGraphApplication.class).web(WebApplicationType.NONE)
			.run("--competency-graph.embedded.data-dir=" + database, "--competency-graph.embedded.bolt.port=0",
					"--competency-graph.seed.enabled=false");
	}

	private static void ratio(PrintStream out, String jvm, double seconds, double toolSeconds, double indexSeconds) {
		double ratio = seconds / toolSeconds;
		out.printf(Locale.ROOT, "Ratio ESCO transactional / offline, both %s JVM: %.2f, target <= %.1f %s; against offline "
				+ "plus index build: %.2f%n", jvm, ratio, TARGET_RATIO, ratio <= TARGET_RATIO ? "MET"
						: String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / TARGET_RATIO - 1) * 100),
				seconds / (toolSeconds + indexSeconds));
	}

	private static void line(PrintStream out, String what, long rows, double seconds) {
		out.printf(Locale.ROOT, "  %-52s %,10d rows %8.1f s %,10.0f rows/s%n", what, rows, seconds, rows / seconds);
	}

	/** Nodes and relationships the transactional import wrote for ESCO (both ends ESCO's). */
	private static long[] escoCounts(Driver driver) {
		var record = driver.executableQuery("""
				CALL () { MATCH (n) WHERE n.framework = 'esco' RETURN count(n) AS nodes }
				CALL () { MATCH (a)-[r]->(b) WHERE a.framework = 'esco' AND b.framework = 'esco'
				          RETURN count(r) AS relationships }
				RETURN nodes, relationships
				""").execute().records().getFirst();
		return new long[] { record.get("nodes").asLong(), record.get("relationships").asLong() };
	}

	/**
	 * Starts the offline store, counts it, then creates the schema the application's migrations create and waits
	 * for the indexes to be populated: the work the offline tool leaves to be done before the data is usable.
	 */
	private static double startAndIndex(Path home, long[] counts) throws IOException {
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home).build();
		try {
			GraphDatabaseService database = service.database("neo4j");
			try (Transaction tx = database.beginTx()) {
				counts[0] = (Long) tx.execute("MATCH (n) RETURN count(n) AS c").next().get("c");
				counts[1] = (Long) tx.execute("MATCH ()-[r]->() RETURN count(r) AS c").next().get("c");
			}
			long started = System.nanoTime();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:cypher/V*.cypher")) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
				for (String statement : Arrays.stream(text.split(";\\s*(\\R|$)")).map(String::strip)
					.filter(s -> !s.isEmpty()).toList()) {
					database.executeTransactionally(statement);
				}
			}
			database.executeTransactionally("CALL db.awaitIndexes(600)", Map.of());
			return (System.nanoTime() - started) / 1e9;
		}
		finally {
			service.shutdown();
		}
	}

}
