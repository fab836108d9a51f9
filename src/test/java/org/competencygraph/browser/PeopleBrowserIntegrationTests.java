package org.competencygraph.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer for each role, in headless Chromium, on the example people (examples/people) and the test users of
 * src/test/resources/config: signing in and out through the page, an employee's profile saved to their person, a
 * manager's team with its coverage, single points of failure and heat map, a planner's view of every team and the
 * bench strength for a role; and for each role, that the navigation offers only what it may see and a page it
 * may not see shows a refusal, not data. Every page passes axe-core.
 */
@IntegrationTest
class PeopleBrowserIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String HARVARD = "team-harvard-infrastructure";

	private static final String HOUSTON = "team-houston-infrastructure";

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		this.browser = Chromium.installed().start(this.profile);
		this.wait = new WebDriverWait(this.browser, PATIENCE);
		PeopleFixtures.importExamples(GraphQlClients.admin(this.port));
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anonymousVisitorsSeeTheCatalogueButNoPeople() {
		open("/");
		assertThat(account().getText()).isEqualTo("Sign in");
		assertNavigation(false);
		assertPageIsAccessible();

		open("/teams");
		assertRefused("Sign in to see this page");
		open("/heatmap/" + HARVARD);
		assertRefused("Sign in to see this page");
		assertThat(this.browser.findElements(By.cssSelector("table.heat"))).isEmpty();
		assertPageIsAccessible();

		open("/profile");
		assertThat(main()).contains("Kept in this browser only", "Sign in");
	}

	@Test
	void anEmployeeKeepsTheirProfileOnTheServerAndSeesNoTeams() {
		open("/signin");
		screenshot("signin");
		assertPageIsAccessible();
		// A wrong password is refused in words, on the page.
		signInThroughTheForm("eli.employee", "not-the-password");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main [role=alert]")));
		assertThat(main()).contains("Sign-in failed: wrong user name or password");
		assertThat(account().getText()).isEqualTo("Sign in");

		signIn("eli.employee", "employee-secret");
		assertThat(account().getText()).contains("Eli Employee · employee", "Sign out");
		assertNavigation(false);
		// The password is nowhere in the browser's storage.
		Object stored = this.browser.executeScript(
				"return JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie;");
		assertThat(String.valueOf(stored)).doesNotContain("employee-secret").doesNotContain("JSESSIONID");

		assertThat(holding("eli.employee", "employee-secret", "skill/technical-documentation")).isNull();
		open("/profile");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Signed in as Eli Employee"));
		WebElement add = this.browser.findElement(By.cssSelector("input[role=combobox]"));
		add.sendKeys("technical docu");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//li[@role='option' and starts-with(., 'Technical Documentation')]")));
		add.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Technical Documentation saved at level 3."));
		WebElement level = this.browser.findElement(By.id("profile-level-skill/technical-documentation"));
		new Select(level).selectByValue("5");
		this.browser.findElement(By.cssSelector("input[aria-label='Evidence for Technical Documentation']")).sendKeys("Service desk rota 2026");
		this.browser.findElement(By.cssSelector("button[aria-label='Save Technical Documentation']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Technical Documentation saved at level 5."));
		this.wait.until(driver -> driver.findElements(By.xpath("//section[@aria-labelledby='fit-heading']//tbody/tr")).size() > 0);
		screenshot("my-profile-signed-in");
		assertPageIsAccessible();
		// Saved to the person, as their self-assessment: the API says so to the employee signed in elsewhere.
		assertThat(holding("eli.employee", "employee-secret", "skill/technical-documentation"))
			.containsEntry("level", 5.0).containsEntry("source", "SELF_ASSESSED").containsEntry("evidence", "Service desk rota 2026");

		// The gap from my profile is from the person's holdings: this browser keeps no profile of its own.
		this.browser.findElement(By.xpath("//section[@aria-labelledby='fit-heading']//tbody/tr[1]//a[text()='Gap']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Readiness"));
		assertThat(main()).contains("From my profile to", "met").doesNotContain("Your profile is empty");
		assertPageIsAccessible();
		// So are the next steps: the person's holdings, not this browser's (empty) profile.
		open("/paths?from=profile");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "One step away"));
		assertThat(main()).doesNotContain("Your profile is empty");

		// No team pages for an employee: a direct URL shows the server's refusal, not data.
		open("/heatmap/" + HARVARD);
		assertRefused("Your role may not see this page");
		assertThat(this.browser.findElements(By.cssSelector("table.heat"))).isEmpty();
		assertPageIsAccessible();
		open("/team/" + HOUSTON);
		assertRefused("Not found, or not yours to see");
		open("/bench?role=harvard%2Fit-infrastructure-mgt-iv");
		assertRefused("Your role may not see this page");

		open("/profile");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Remove Technical Documentation']"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Technical Documentation removed."));
		assertThat(holding("eli.employee", "employee-secret", "skill/technical-documentation")).isNull();

		signOut();
		open("/profile");
		assertThat(main()).contains("Kept in this browser only");
	}

	@Test
	void aManagerSeesTheirTeamWithCoverageSinglePointsOfFailureAndHeatMapButNoOtherTeam() {
		signIn("mara.manager", "manager-secret");
		assertThat(account().getText()).contains("Mara Manager · manager");
		assertNavigation(true);

		open("/teams");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
		assertThat(main()).contains("Harvard IT Infrastructure (example)").doesNotContain("Houston");
		assertPageIsAccessible();

		open("/team/" + HARVARD);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("points-heading"), "Single points of failure"));
		this.wait.until(driver -> !driver.findElement(By.tagName("main")).getText().contains("Loading"));
		assertThat(main()).contains("Positions", "Coverage", "Members", "Eli Employee", "Single points of failure");
		screenshot("team");
		assertPageIsAccessible();

		open("/heatmap/" + HARVARD);
		WebElement heat = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")));
		assertThat(heat.findElements(By.cssSelector("tbody th[scope=row]"))).extracting(WebElement::getText)
			.contains("Eli Employee", "Mara Manager");
		assertThat(heat.findElements(By.cssSelector("thead th[scope=col]")).size()).isGreaterThan(1);
		screenshot("heat-map");
		assertPageIsAccessible();

		open("/team/" + HOUSTON);
		assertRefused("Not found, or not yours to see");
		open("/heatmap/" + HOUSTON);
		assertRefused("Not found, or not yours to see");
		assertThat(this.browser.findElements(By.cssSelector("table.heat"))).isEmpty();
		signOut();
	}

	@Test
	void aPlannerSeesEveryTeamAndTheBenchStrengthForARole() {
		signIn("pat.planner", "planner-secret");
		assertThat(account().getText()).contains("Pat Planner · planner");
		assertNavigation(true);

		open("/teams");
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
		assertThat(main()).contains("Harvard IT Infrastructure (example)", "Houston IT Infrastructure (example)",
				"Chicago Infrastructure Operations (example)");
		assertPageIsAccessible();

		open("/heatmap/" + HOUSTON);
		WebElement heat = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.heat")));
		assertThat(heat.findElements(By.cssSelector("tbody th[scope=row]"))).extracting(WebElement::getText)
			.contains("Otto Othermanager", "Echo Sample");
		assertPageIsAccessible();

		open("/bench?role=harvard%2Fit-infrastructure-mgt-iv");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "people ranked"));
		assertThat(main()).contains("Ready for IT Infrastructure Mgt IV", "Readiness");
		assertThat(this.browser.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
		screenshot("bench");
		assertPageIsAccessible();
		signOut();
	}

	/** Signs in through the page's form and waits for the header to name the user. */
	private void signIn(String username, String password) {
		open("/signin");
		signInThroughTheForm(username, password);
		this.wait.until(driver -> username.equals(driver.findElement(By.tagName("body")).getDomAttribute("data-viewer")));
		this.wait.until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
	}

	private void signInThroughTheForm(String username, String password) {
		WebElement name = this.browser.findElement(By.id("signin-username"));
		name.clear();
		name.sendKeys(username);
		WebElement secret = this.browser.findElement(By.id("signin-password"));
		secret.clear();
		secret.sendKeys(password, Keys.ENTER);
	}

	private void signOut() {
		account().findElement(By.xpath(".//button[text()='Sign out']")).click();
		this.wait.until(driver -> driver.findElement(By.id("account")).getText().equals("Sign in"));
		assertNavigation(false);
	}

	private void assertNavigation(boolean teams) {
		for (String label : List.of("Teams", "Bench strength")) {
			List<WebElement> links = this.browser.findElements(By.xpath("//nav//a[text()='" + label + "']"));
			assertThat(links).as(label).singleElement()
				.satisfies(link -> assertThat(link.isDisplayed()).as(label + " shown").isEqualTo(teams));
		}
	}

	private void assertRefused(String words) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main [role=alert]")));
		assertThat(this.browser.findElement(By.cssSelector("main [role=alert]")).getText()).contains(words);
		assertThat(this.browser.findElements(By.cssSelector("main table"))).as("no data").isEmpty();
	}

	private WebElement account() {
		return this.browser.findElement(By.id("account"));
	}

	private String main() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

	/** The person's current holding of a capability as the API gives it to them, or null. */
	private Map<String, Object> holding(String username, String password, String capability) {
		HttpGraphQlTester client = HttpGraphQlTester.create(GraphQlClients.client(this.port)
			.defaultHeaders(headers -> headers.setBasicAuth(username, password))
			.build());
		List<Map<String, Object>> holdings = client
			.document("{ me { person { holdings { capability { id } level source evidence } } } }")
			.execute()
			.path("me.person.holdings")
			.entityList(Object.class)
			.get()
			.stream()
			.map(holding -> (Map<String, Object>) holding)
			.toList();
		return holdings.stream()
			.filter(holding -> capability.equals(((Map<?, ?>) holding.get("capability")).get("id")))
			.findFirst()
			.orElse(null);
	}

	private void open(String route) {
		this.browser.executeScript("if (document.body) { delete document.body.dataset.ready; }");
		String url = "http://localhost:" + this.port + "/#" + route;
		if (url.equals(this.browser.getCurrentUrl())) {
			// The same URL again would not load the page anew (a sign-in leads to the profile, for one).
			this.browser.navigate().refresh();
		}
		else {
			this.browser.get(url);
		}
		this.wait.until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
	}

	private void screenshot(String name) {
		Chromium.screenshot(this.browser, name);
	}

	private void assertPageIsAccessible() {
		assertThat(Axe.violations(this.browser)).as("WCAG 2.1 A/AA violations on " + this.browser.getCurrentUrl()).isEmpty();
	}

}
