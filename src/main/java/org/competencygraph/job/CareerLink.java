package org.competencygraph.job;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** A {@code PROGRESSES_TO} relationship seen from one end; {@code job} is the other end. */
public record CareerLink(Job job, @Nullable String track, @Nullable String conditions,
		List<String> requiredCapabilityIds, Requirement.Provenance provenance) {

	static CareerLink of(Job other, Value relationship) {
		return new CareerLink(other, relationship.get("track").asString(null),
				relationship.get("conditions").asString(null),
				relationship.get("requiredCapabilities").asList(Value::asString, List.of()),
				Requirement.Provenance.of(relationship));
	}

}
