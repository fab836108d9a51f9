package org.competencygraph.background;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code competency-graph.background.*}.
 *
 * @param history finished jobs kept in memory to be looked up by id, newest first; older ones are forgotten (and
 * all of them on a restart: the frameworks' import status, kept in the graph, is what lasts)
 */
@ConfigurationProperties("competency-graph.background")
record BackgroundJobProperties(@DefaultValue("100") int history) {

	BackgroundJobProperties {
		if (history < 1) {
			throw new IllegalArgumentException("competency-graph.background.history must be at least 1, was " + history);
		}
	}

}
