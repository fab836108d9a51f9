package org.competencygraph.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Privacy settings ({@code competency-graph.privacy}).
 *
 * @param minimumGroupSize aggregates over fewer people than this are withheld from callers who may not see the
 * individuals (an employee's view of their own team)
 */
@ConfigurationProperties("competency-graph.privacy")
record PrivacyProperties(@DefaultValue("5") int minimumGroupSize) {
}
