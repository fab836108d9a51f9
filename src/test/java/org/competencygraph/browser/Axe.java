package org.competencygraph.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, Deque's accessibility engine, run inside the page under test: the violations of WCAG 2.0 and 2.1 level A
 * and AA rules it finds, each as "rule: help (n elements: first selector)". The script is the axe.min.js of the
 * {@code com.deque.html.axe-core:selenium} jar on the test classpath.
 */
final class Axe {

	private static final String SCRIPT = read();

	private Axe() {
	}

	/** axe.min.js, to evaluate in a page. */
	static String script() {
		return SCRIPT;
	}

	/**
	 * A script that runs the WCAG 2.0/2.1 A and AA rules on the page and resolves to its violations, each as
	 * "rule: help (n elements: first selector)"; both browsers' tests use it.
	 */
	static final String RUN = """
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then(r => r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' elements'
			      + (v.nodes.length ? ': ' + v.nodes[0].target.join(' ') : '') + ')'))""";

	/** The WCAG 2.1 A/AA violations on the page as it is now; empty when none. */
	@SuppressWarnings("unchecked")
	static List<String> violations(JavascriptExecutor page) {
		page.executeScript(SCRIPT);
		return (List<String>) page.executeAsyncScript("const done = arguments[arguments.length - 1];\n" + RUN
				+ ".then(done).catch(e => done(['axe-failed: ' + e]));");
	}

	private static String read() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
