package org.competencygraph.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as a user meets it, in headless Chromium against the running application: the page loads with no
 * request outside the server (no CDN, no internet needed), shows the schema's documentation, and runs the README's
 * first query. Skipped, with the reason, where Chromium or chromedriver is not installed, and failed instead where
 * {@code COMPETENCY_GRAPH_BROWSER_TESTS=required} (see {@link Chromium}).
 */
@IntegrationTest
class GraphiQlBrowserIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	ChromeDriver browser;

	// Here rather than in @BeforeAll: Surefire does not report a class skipped there, and a skip must be visible.
	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.installed().start(this.profile);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void graphiQlLoadsFromTheServerAloneShowsTheSchemaDocsAndRunsTheReadmesFirstQuery() throws IOException {
		String origin = "http://localhost:" + this.port;
		String query = readmesFirstQuery();
		requests(); // drains the log of what the browser did before the page
		this.browser.get(origin + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		WebDriverWait wait = new WebDriverWait(this.browser, PATIENCE);

		// The docs: loaded by the introspection query, browsed from the root type to the field.
		wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("button[aria-label='Show Documentation Explorer']")))
			.click();
		WebElement docs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-doc-explorer")));
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
				"//*[contains(@class,'graphiql-doc-explorer')]//a[contains(@class,'graphiql-doc-explorer-type-name') and text()='Query']")))
			.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//a[contains(@class,'graphiql-doc-explorer-field-name') and text()='jobs']")));
		assertThat(docs.getText()).contains("Jobs ordered by title, filtered, a page at a time.");

		// The README's query, given in the URL, is in the editor; run it.
		assertThat(editorValue(".graphiql-query-editor")).isEqualTo(query);
		this.browser.findElement(By.cssSelector("button.graphiql-execute-button")).click();
		wait.until(driver -> editorValue(".result-window").contains("\"totalCount\""));
		String result = editorValue(".result-window");
		assertThat(result).contains("\"title\": \"Junior Infrastructure Engineer\"", "\"title\": \"Infrastructure Engineer Level 2\"")
			.doesNotContain("\"errors\"");

		List<Chromium.Request> requests = requests();
		assertThat(requests).as("requests the page made")
			.anySatisfy(request -> assertThat(request.url()).startsWith(origin + "/webjars/graphiql/"))
			.anySatisfy(request -> {
				assertThat(request.method()).isEqualTo("POST");
				assertThat(request.url()).isEqualTo(origin + "/graphql");
			})
			.allSatisfy(request -> assertThat(request.url()).as("no request outside the server")
				.matches(url -> url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:"),
						"on " + origin + ", data: or blob:"));
	}

	/** The text of the CodeMirror editor inside the element, as the user sees it (all of it, not just the visible lines). */
	private String editorValue(String container) {
		Object value = this.browser.executeScript(
				"const editor = document.querySelector(arguments[0] + ' .CodeMirror');"
						+ "return editor && editor.CodeMirror ? editor.CodeMirror.getValue() : '';",
				container);
		return String.valueOf(value);
	}

	private List<Chromium.Request> requests() {
		return Chromium.requests(this.browser);
	}

	/** The query of the README's section "A first query", as users copy it. */
	static String readmesFirstQuery() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int section = readme.indexOf("## A first query");
		int start = readme.indexOf("```graphql\n", section) + "```graphql\n".length();
		return readme.substring(start, readme.indexOf("```", start)).strip();
	}

}
