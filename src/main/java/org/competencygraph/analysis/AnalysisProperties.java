package org.competencygraph.analysis;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analyses and of their read model.
 *
 * @param refreshInterval how often to check whether the database changed without the application knowing (a
 * write by another server, cypher-shell, an import run against the same external database); the read model is
 * rebuilt once the changes have stopped for one interval, so they are seen within two intervals of the last one.
 * 0 turns the check off. Writes made through this application are seen at once.
 * @param narrowerCredit credit (0-1) for meeting a requirement on a capability through a narrower capability
 * ({@code (narrower)-[:BROADER]->(required)}); 0 ignores BROADER links
 * @param sameAsMinConfidence {@code SAME_AS} links with a {@code confidence} below this are ignored; links
 * without a confidence always count
 * @param loadTimeout longest the read of the whole graph for the read model may take before the engine stops it:
 * its own limit, not the engine's {@code transaction-timeout} for requests (60 s), which a big graph on a busy
 * machine can exceed (O*NET and ESCO took 47 s at a load average of 8 on two cores)
 * @param snapshot whether to save the read model's input in a file beside the embedded database after each full
 * read, and to read that file instead of the graph at the next start when the store has not changed since (see
 * docs/analysis.md); no effect with an external server
 */
@ConfigurationProperties("competency-graph.analysis")
public record AnalysisProperties(@DefaultValue("10s") Duration refreshInterval,
		@DefaultValue("0.5") double narrowerCredit, @DefaultValue("0") double sameAsMinConfidence,
		@DefaultValue("10m") Duration loadTimeout, @DefaultValue("true") boolean snapshot) {

	public AnalysisProperties {
		if (narrowerCredit < 0 || narrowerCredit > 1) {
			throw new IllegalArgumentException("competency-graph.analysis.narrower-credit must be from 0 to 1");
		}
		if (!loadTimeout.isPositive()) {
			throw new IllegalArgumentException("competency-graph.analysis.load-timeout must be positive");
		}
	}

}
