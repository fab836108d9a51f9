package org.competencygraph.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.competencygraph.CompetencyGraphApplication;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast the web explorer is in headless Chromium against a running server: the first page (search) from
 * navigation to ready, and the graph view of one role at growing sizes (similar roles shown), split into the query
 * (with building the page) and the drawing (Cytoscape.js layout and paint). Each figure is the median and the maximum
 * of several fresh loads. Run with {@code ./mvnw -B -Pexplorer-benchmark test} (-Dbenchmark.data-dir=... for a
 * database with O*NET and ESCO, where an O*NET occupation with its ~100 requirements gives views of 200 nodes).
 */
public final class ExplorerBenchmark {

	private static final int RUNS = Integer.getInteger("benchmark.runs", 7);

	private ExplorerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(System.getProperty("benchmark.data-dir", "target/explorer-benchmark-neo4j"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CompetencyGraphApplication.class)
			.run("--server.port=0", "--competency-graph.embedded.data-dir=" + dataDir.toAbsolutePath(),
					"--competency-graph.embedded.bolt.enabled=false");
		Path profile = Files.createTempDirectory("explorer-benchmark");
		ChromeDriver browser = Chromium.installed().start(profile);
		try {
			String origin = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
			boolean onet = context.getBean(Driver.class)
				.executableQuery("MATCH (j:Job {id: 'onet:15-1244.00'}) RETURN count(j) AS n")
				.execute().records().getFirst().get("n").asLong() > 0;
			System.out.println("# Explorer benchmark, " + RUNS + " fresh loads per figure, Chromium headless, "
					+ Runtime.getRuntime().availableProcessors() + " cores\n");
			System.out.println("| page | nodes | query and page (median / max ms) | drawing (median / max ms) | ready after navigation (median / max ms) |");
			System.out.println("|---|---|---|---|---|");
			firstPage(browser, origin);
			graph(browser, origin, "uk-council-a/junior-infrastructure-engineer", 8);
			graph(browser, origin, "uk-council-a/junior-infrastructure-engineer", 100);
			if (onet) {
				graph(browser, origin, "onet:15-1244.00", 50);
				graph(browser, origin, "onet:15-1244.00", 100);
			}
		}
		finally {
			browser.quit();
			context.close();
		}
	}

	private static void firstPage(ChromeDriver browser, String origin) {
		long[] ready = new long[RUNS];
		for (int run = 0; run < RUNS; run++) {
			load(browser, origin + "/");
			ready[run] = readyAfterNavigation(browser);
		}
		System.out.println("| search (first page) | – | – | – | " + figure(ready) + " |");
	}

	private static void graph(ChromeDriver browser, String origin, String job, int similar) {
		long[] query = new long[RUNS];
		long[] drawing = new long[RUNS];
		long[] ready = new long[RUNS];
		String nodes = "";
		for (int run = 0; run < RUNS; run++) {
			load(browser, origin + "/#/graph/" + job.replace("/", "%2F") + "?similar=" + similar);
			var graph = new WebDriverWait(browser, Duration.ofSeconds(60))
				.until(d -> d.findElement(By.cssSelector("#graph[data-nodes]")));
			nodes = graph.getDomAttribute("data-nodes");
			query[run] = Long.parseLong(graph.getDomAttribute("data-query-ms"));
			drawing[run] = Long.parseLong(graph.getDomAttribute("data-rendered-ms"));
			ready[run] = readyAfterNavigation(browser);
		}
		System.out.println("| graph of " + job + ", " + similar + " similar | " + nodes + " | " + figure(query) + " | "
				+ figure(drawing) + " | " + figure(ready) + " |");
	}

	/** A fresh load (not a hash change of the page already open), waiting for the page to say it is ready. */
	private static void load(ChromeDriver browser, String url) {
		browser.get("about:blank");
		browser.get(url);
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
	}

	private static long readyAfterNavigation(ChromeDriver browser) {
		return ((Number) browser.executeScript(
				"return Math.round(Number(document.body.dataset.ready) - performance.timeOrigin);")).longValue();
	}

	private static String figure(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%d / %d", sorted[sorted.length / 2], sorted[sorted.length - 1]);
	}

}
