package org.competencygraph.browser;

import java.nio.file.Path;
import java.util.List;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web explorer in headless Firefox (over WebDriver BiDi, see {@link Firefox}): each page of the walk-through
 * renders what a user expects, and axe-core finds no WCAG 2.1 A/AA violation. The Chromium tests
 * ({@link ExplorerBrowserIntegrationTests}) drive the pages by keyboard and mouse; here the point is the other engine.
 */
@IntegrationTest
class FirefoxExplorerIntegrationTests {

	private static final String JUNIOR = "uk-council-a%2Fjunior-infrastructure-engineer";

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	@Test
	void theWalkThroughsPagesRenderAndAreAccessibleInFirefox() throws Exception {
		try (Firefox firefox = Firefox.start(this.profile)) {
			String origin = "http://localhost:" + this.port;
			firefox.open(origin + "/");
			// My profile, as the profile page keeps it in the browser.
			firefox.evaluate("localStorage.setItem('competency-graph.profile.v1', JSON.stringify(["
					+ "{capability: {id: 'skill/troubleshooting', name: 'Troubleshooting', kind: 'SKILL'}, level: 3},"
					+ "{capability: {id: 'competency/customer-service', name: 'Customer Service', kind: 'COMPETENCY'}, level: 3}]))");
			List<List<String>> pages = List.of(
					List.of("/", "Find a role or a capability"),
					List.of("/role/" + JUNIOR, "Junior Infrastructure Engineer", "Requirements (34)", "Similar roles"),
					List.of("/capability/skill%2Ftroubleshooting", "Troubleshooting", "Roles that require it"),
					List.of("/profile", "My profile", "Your capabilities (2)", "Roles that fit"),
					List.of("/gap?from=profile&to=" + JUNIOR, "Gap to a role", "Readiness", "essential"),
					List.of("/compare?ids=" + JUNIOR + ",uk-council-b%2Finfrastructure-engineer-l1", "Compare roles", "How alike"),
					List.of("/graph/" + JUNIOR, "Neighbourhood of", "Required capabilities"),
					List.of("/paths?from=uk-council-b%2Finfrastructure-engineer-l1&to=uk-council-b%2Finfrastructure-engineer-l4",
							"Career paths", "Path 1", "Ladder condition"));
			walk(firefox, origin, pages);

			// Signed in as a planner, as the sign-in page does it: the password posted once, with the CSRF token.
			PeopleFixtures.importExamples(GraphQlClients.admin(this.port));
			assertThat(firefox.text("""
					fetch('explorer/explorer.css').then(() => fetch('login', {method: 'POST',
					  headers: {'Content-Type': 'application/x-www-form-urlencoded',
					    'X-XSRF-TOKEN': decodeURIComponent(document.cookie.match(/XSRF-TOKEN=([^;]*)/)[1])},
					  body: 'username=pat.planner&password=planner-secret'})).then(r => String(r.status))""")).isEqualTo("200");
			walk(firefox, origin, List.of(
					List.of("/teams", "Teams", "Houston IT Infrastructure (example)"),
					List.of("/team/team-harvard-infrastructure", "Harvard IT Infrastructure (example)", "Coverage",
							"Single points of failure"),
					List.of("/heatmap/team-harvard-infrastructure", "Heat map", "Eli Employee"),
					List.of("/bench?role=harvard%2Fit-infrastructure-mgt-iv", "Bench strength", "people ranked")));
		}
	}

	private static void walk(Firefox firefox, String origin, List<List<String>> pages) {
		for (List<String> page : pages) {
			firefox.open("about:blank");
			firefox.open(origin + "/#" + page.getFirst());
			String text = firefox.text("""
					new Promise((done, failed) => {
					  const started = Date.now();
					  (function check() {
					    if (document.body.dataset.ready) { done(document.querySelector('main').innerText); }
					    else if (Date.now() - started > 30000) { failed(new Error('the page never became ready')); }
					    else { setTimeout(check, 100); }
					  })();
					})""");
			assertThat(text).as(page.getFirst()).contains(page.subList(1, page.size()));
			assertThat(firefox.text("document.querySelector('h1').textContent")).as("heading of " + page.getFirst())
				.isNotBlank();
			if (page.getFirst().startsWith("/graph/")) {
				assertThat(firefox.text("String(document.querySelectorAll('#graph canvas').length > 0)"))
					.as("the graph drawn").isEqualTo("true");
			}
			assertThat(violations(firefox)).as("WCAG 2.1 A/AA violations in Firefox on " + page.getFirst()).isEmpty();
		}
	}

	private static String violations(Firefox firefox) {
		firefox.evaluate(Axe.script());
		return firefox.text(Axe.RUN + ".then(violations => violations.join('; '))");
	}

}
