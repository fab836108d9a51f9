package org.competencygraph.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.LearningCatalogueFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web explorer as a user meets it, in headless Chromium against the running application on the seed graph:
 * search by keyboard, a role with its requirements, provenance, ladder and similar roles, a capability, my profile
 * kept in the browser with the roles that fit it, the gap, the comparison matrix and the graph view. On every page:
 * no WCAG 2.1 A/AA violation axe-core finds, and no request outside the server. Skipped, with the reason, where
 * Chromium is not installed (see {@link Chromium}).
 */
@IntegrationTest
class ExplorerBrowserIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String JUNIOR = "uk-council-a/junior-infrastructure-engineer";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@TempDir
	Path profile;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.installed().start(this.profile);
		this.wait = new WebDriverWait(this.browser, PATIENCE);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void searchByKeyboardOpensARoleWithItsRequirementsProvenanceLadderAndSimilarRoles() {
		open("/");
		Object interactive = this.browser.executeScript("const n = performance.getEntriesByType('navigation')[0];"
				+ "return [Math.round(n.domInteractive), Math.round(Number(document.body.dataset.ready) - performance.timeOrigin)];");
		System.out.println("Explorer first page: DOM interactive " + ((List<?>) interactive).get(0)
				+ " ms, search page ready " + ((List<?>) interactive).get(1) + " ms after navigation start");
		assertPageIsAccessible();
		WebElement search = this.browser.findElement(By.cssSelector("input[role=combobox]"));
		assertThat(this.browser.switchTo().activeElement().getTagName()).as("focus on the page's heading").isEqualTo("h1");
		search.sendKeys("junior infrastructure");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//li[@role='option' and contains(., 'Junior Infrastructure Engineer')]")));
		screenshot("search");
		search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		waitForPage("Junior Infrastructure Engineer");
		assertThat(this.browser.getCurrentUrl()).endsWith("#/role/" + JUNIOR.replace("/", "%2F"));

		WebElement requirements = this.browser.findElement(By.cssSelector("section[aria-labelledby=requirements-heading]"));
		assertThat(requirements.getText()).contains("Troubleshooting", "Skills", "essential");
		WebElement provenance = requirements.findElement(By.cssSelector("details.provenance summary"));
		provenance.click();
		assertThat(requirements.findElement(By.cssSelector("details.provenance[open] blockquote")).getText()).isNotBlank();
		this.wait.until(driver -> driver.findElement(By.cssSelector("section[aria-labelledby=similar-heading]")).findElements(By.cssSelector("tbody tr")).size() == 10);
		screenshot("role");
		assertPageIsAccessible();
		assertNoRequestLeftTheServer();

		open("/role/uk-council-b%2Finfrastructure-engineer-l1");
		waitForPage("Infrastructure Engineer Level 1");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Career ladder", "Leads to Infrastructure Engineer Level 2",
				"Subject to a vacancy arising at L2");
	}

	@Test
	void myProfileStaysInTheBrowserAndShowsTheRolesThatFitAndTheGapToOne() {
		open("/capability/skill%2Ftroubleshooting");
		waitForPage("Troubleshooting");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Roles that require it", "Junior Infrastructure Engineer");
		new Select(this.browser.findElement(By.id("level-skill/troubleshooting"))).selectByValue("4");
		this.browser.findElement(By.xpath("//button[text()='Add to my profile']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form [role=status]"), "level 4"));
		assertPageIsAccessible();

		open("/profile");
		WebElement add = this.browser.findElement(By.cssSelector("input[role=combobox]"));
		add.sendKeys("customer serv");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//li[@role='option' and starts-with(., 'Customer Service')]")));
		add.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		this.wait.until(driver -> driver.findElements(By.cssSelector("main table")).size() == 2
				&& driver.findElement(By.id("fit-heading")).isDisplayed()
				&& !driver.findElement(By.cssSelector("main")).getText().contains("Computing"));
		// Kept in the browser: a fresh load of the page still has both.
		this.browser.navigate().refresh();
		this.wait.until(driver -> driver.findElements(By.xpath("//section[@aria-labelledby='fit-heading']//tbody/tr")).size() > 0);
		String page = this.browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Your capabilities (2)", "Troubleshooting", "Customer Service", "Roles that fit");
		screenshot("profile");
		assertPageIsAccessible();

		this.browser.findElement(By.xpath("//section[@aria-labelledby='fit-heading']//tbody/tr[1]//a[text()='Gap']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Readiness"));
		String gap = this.browser.findElement(By.tagName("main")).getText();
		assertThat(gap).contains("From my profile to", "essential", "met");
		screenshot("gap");
		assertPageIsAccessible();
		assertNoRequestLeftTheServer();
	}

	@Test
	void rolesCompareAsAMatrixAndARolesNeighbourhoodDrawsAsAGraph() {
		open("/compare?ids=" + String.join(",", JUNIOR.replace("/", "%2F"), "uk-council-b%2Finfrastructure-engineer-l1",
				"harvard%2Fit-infrastructure-professional-ii"));
		this.wait.until(driver -> driver.findElements(By.cssSelector("table.matrix thead th")).size() == 4);
		List<WebElement> rows = this.browser.findElements(By.cssSelector("table.matrix tbody tr"));
		assertThat(rows).hasSizeGreaterThan(20);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("How alike", "Junior Infrastructure Engineer");
		screenshot("compare");
		assertPageIsAccessible();

		open("/graph/" + JUNIOR.replace("/", "%2F") + "?similar=8");
		WebElement graph = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-nodes]")));
		assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
		// The role, its requirements, its crosswalk occupations and 8 similar roles.
		assertThat(Integer.parseInt(graph.getDomAttribute("data-nodes"))).isGreaterThan(30);
		System.out.println("Graph view of " + graph.getDomAttribute("data-nodes") + " nodes drawn in "
				+ graph.getDomAttribute("data-rendered-ms") + " ms");
		screenshot("graph");
		assertPageIsAccessible();
		assertNoRequestLeftTheServer();
	}

	@Test
	void aCareerPathFollowsTheLadderAndTheTrainingPlanIsATimelineOfResources() {
		open("/paths?from=uk-council-b%2Finfrastructure-engineer-l1&to=uk-council-b%2Finfrastructure-engineer-l4");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Path 1"));
		WebElement first = this.browser.findElement(By.cssSelector("section[aria-labelledby=path-1]"));
		assertThat(first.getText()).contains("3 moves", "Infrastructure Engineer Level 2", "Infrastructure Engineer Level 3",
				"Infrastructure Engineer Level 4", "Ladder condition");
		screenshot("paths");
		assertPageIsAccessible();

		open("/paths?from=uk-council-b%2Finfrastructure-engineer-l1");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "One step away"));
		assertThat(this.browser.findElement(By.cssSelector("main table")).getText()).contains("Infrastructure Engineer Level 2",
				"career ladder");
		assertPageIsAccessible();

		LearningCatalogueFixtures.importCatalogue(GraphQlClients.admin(this.port));
		try {
			open("/plan?from=" + JUNIOR.replace("/", "%2F") + "&to=uk-council-b%2Finfrastructure-engineer-l3");
			this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Step 1"));
			String plan = this.browser.findElement(By.tagName("main")).getText();
			assertThat(plan).contains("ITIL 4 Foundation", "hours", "Closes:");
			assertThat(plan.indexOf("ITIL 4 Foundation")).as("ITIL Foundation before what requires it")
				.isLessThan(plan.indexOf("ITIL 4 Specialist"));
			screenshot("plan");
			assertPageIsAccessible();

			open("/capability/certification%2Fitil-foundation");
			waitForPage("ITIL Foundation");
			assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Learning resources that teach it",
					"ITIL 4 Foundation (course and exam)");
			assertPageIsAccessible();
			assertNoRequestLeftTheServer();
		}
		finally {
			LearningCatalogueFixtures.removeCatalogue(this.driver);
		}
	}

	@Test
	void onAPhoneNothingIsWiderThanTheScreen() {
		this.browser.manage().window().setSize(new Dimension(390, 844));
		open("/role/" + JUNIOR.replace("/", "%2F"));
		waitForPage("Junior Infrastructure Engineer");
		Object overflow = this.browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal scrolling of the whole page").isLessThanOrEqualTo(0);
		screenshot("role-phone");
		assertPageIsAccessible();
		// The checker does find what it is there for: an image without a text alternative.
		this.browser.executeScript("document.querySelector('main').append(Object.assign(document.createElement('img'), {src: 'data:,'}));");
		assertThat(Axe.violations(this.browser)).anySatisfy(violation -> assertThat(violation).startsWith("image-alt:"));
	}

	private void open(String route) {
		// A route of the page already open changes only the hash: wait for the new page, not the old one.
		this.browser.executeScript("if (document.body) { delete document.body.dataset.ready; }");
		this.browser.get("http://localhost:" + this.port + "/#" + route);
		this.wait.until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
	}

	private void waitForPage(String heading) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
	}

	private void screenshot(String name) {
		Chromium.screenshot(this.browser, name);
	}

	private void assertPageIsAccessible() {
		assertThat(Axe.violations(this.browser)).as("WCAG 2.1 A/AA violations on " + this.browser.getCurrentUrl()).isEmpty();
	}

	private void assertNoRequestLeftTheServer() {
		String origin = "http://localhost:" + this.port + "/";
		assertThat(Chromium.requests(this.browser)).as("requests the pages made")
			.isNotEmpty()
			.allSatisfy(request -> assertThat(request.url()).as("no request outside the server")
				.matches(url -> url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"),
						"on " + origin + ", data: or blob:"));
	}

}
