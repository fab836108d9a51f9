package org.competencygraph.importer;

import java.util.Map;

/**
 * A job's duty ({@code HAS_DUTY}).
 *
 * @param job the occupation's id
 * @param duty the duty's id
 * @param order the duty's position among the job's duties, from 0, as the release lists them
 */
public record HasDutyRow(String job, String duty, long order) implements RelationshipRow {

	@Override
	public String from() {
		return this.job;
	}

	@Override
	public String to() {
		return this.duty;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("order", this.order);
	}

}
