package org.competencygraph.job;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A duty of a job in its source's words: an O*NET task statement, an ESCO occupation description or a duty of a
 * job-profile file (docs/frameworks.md, docs/job-profile-format.md).
 *
 * @param kind {@code task}, {@code description} or {@code duty}
 * @param core O*NET's Core (true) or Supplemental (false); null otherwise
 * @param section where a job-profile document states it
 */
public record Duty(String id, String text, String kind, @Nullable Boolean core, @Nullable String section) {

	/** A Cypher map projection of a matched {@code d:Duty} that {@link #of} reads. */
	static final String PROJECTION = "d {.id, .text, .kind, .core, .section}";

	static Duty of(Value duty) {
		Value core = duty.get("core");
		return new Duty(duty.get("id").asString(), duty.get("text").asString(), duty.get("kind").asString(),
				core.isNull() ? null : core.asBoolean(), duty.get("section").asString(null));
	}

}
