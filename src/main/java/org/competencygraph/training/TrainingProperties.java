package org.competencygraph.training;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of {@code trainingPlan}.
 *
 * @param maxCandidates learning resources considered at most: those teaching a needed capability, cheapest for the
 * objective first, then those teaching or being what they require
 * @param exactNodes nodes the exact search visits at most before it settles for the best plan found
 * @param searchTime time the heuristic's improvement (up to half of it) and the exact search take together at most
 * @param prerequisiteRounds how many times prerequisites of prerequisites are followed when reading the catalogue
 */
@ConfigurationProperties("competency-graph.training")
record TrainingProperties(@DefaultValue("2000") int maxCandidates, @DefaultValue("200000") long exactNodes,
		@DefaultValue("150ms") Duration searchTime, @DefaultValue("5") int prerequisiteRounds) {
}
