package org.competencygraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium driven by chromedriver, both taken from the machine (Debian's {@code chromium} and
 * {@code chromium-driver} by default) with explicit paths, so that Selenium Manager never downloads a browser or a
 * driver. Where either is missing, the test using it is skipped with the reason, unless the environment variable
 * {@code COMPETENCY_GRAPH_BROWSER_TESTS} is {@code required} (as {@code .ci/run} sets it where it found or installed
 * both): then it fails, so that a passing build cannot hide an untested GraphiQL. Other paths: system properties
 * {@code chromium.path} and {@code chromedriver.path}, or environment variables {@code CHROMIUM_PATH} and
 * {@code CHROMEDRIVER_PATH}.
 */
record Chromium(Path browser, Path driver) {

	/** The environment variable that turns a missing browser from a skip into a failure when it is {@code required}. */
	static final String REQUIRED_VARIABLE = "COMPETENCY_GRAPH_BROWSER_TESTS";

	/** The installed Chromium and chromedriver; skips the calling test, with the reason, where either is missing. */
	static Chromium installed() {
		return new Chromium(executable("chromium.path", "CHROMIUM_PATH", "/usr/bin/chromium"),
				executable("chromedriver.path", "CHROMEDRIVER_PATH", "/usr/bin/chromedriver"));
	}

	/** Starts a browser with a fresh profile in {@code profile}, recording every network request it makes. */
	ChromeDriver start(Path profile) {
		ChromeOptions options = new ChromeOptions().setBinary(this.browser.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		// The performance log carries the DevTools Network events: every request the page makes.
		options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(this.driver.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * The requests the browser sent since the last call (the performance log is drained by reading it), except those
	 * of Chromium's own pages.
	 */
	static List<Request> requests(ChromeDriver browser) {
		JsonMapper json = JsonMapper.builder().build();
		List<Request> requests = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = json.readTree(entry.getMessage()).path("message");
			if (message.path("method").asString().equals("Network.requestWillBeSent")) {
				JsonNode request = message.path("params").path("request");
				String document = message.path("params").path("documentURL").asString();
				// Chromium's own pages (a new tab's chrome://new-tab-page and its icons) are not the page under test.
				if (!document.startsWith("chrome://")) {
					requests.add(new Request(request.path("method").asString(), request.path("url").asString(), document));
				}
			}
		}
		return requests;
	}

	/** A request the browser sent: method, URL, and the URL of the document that made it. */
	record Request(String method, String url, String document) {
	}

	/**
	 * Saves what the browser shows as target/explorer-screenshots/NAME.png: the pictures of docs/explorer.md are
	 * these, copied.
	 */
	static void screenshot(TakesScreenshot browser, String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "explorer-screenshots"));
			Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path executable(String property, String variable, String fallback) {
		String configured = System.getProperty(property);
		if (configured == null || configured.isBlank()) {
			configured = System.getenv(variable);
		}
		Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
		String reason = "no executable " + path + " (install Debian's chromium and chromium-driver, or set -D" + property
				+ " or " + variable + ")";
		if ("required".equals(System.getenv(REQUIRED_VARIABLE))) {
			assertTrue(Files.isExecutable(path), () -> reason + ", and " + REQUIRED_VARIABLE + "=required");
		}
		else {
			assumeTrue(Files.isExecutable(path), reason);
		}
		return path;
	}

}
