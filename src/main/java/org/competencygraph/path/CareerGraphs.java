package org.competencygraph.path;

import java.util.List;

import org.competencygraph.analysis.RequirementIndex;
import org.competencygraph.analysis.RequirementIndexes;
import org.competencygraph.path.CareerGraph.JobFacts;
import org.competencygraph.path.CareerGraph.LadderFacts;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The {@link CareerGraph} of the current analysis index: read from the graph (levels, groups, ladder links) the
 * first time a snapshot of the index is used, and again whenever the index is rebuilt, so that both always
 * describe the same graph.
 */
@Component
class CareerGraphs {

	private static final String FACTS = """
			MATCH (j:Job)
			RETURN j.id AS id, j.framework AS framework, j.code AS code, j.jobZone AS jobZone,
			       j.iscoGroup AS iscoGroup, head([(j)-[:IN_FAMILY]->(f:JobFamily) | f.id]) AS family,
			       [(j)-[p:PROGRESSES_TO]->(k:Job) | {to: k.id, track: p.track, conditions: p.conditions,
			         required: coalesce(p.requiredCapabilities, [])}] AS ladder
			""";

	private final RequirementIndexes indexes;

	private final Neo4jClient client;

	private final PathSettings settings = PathSettings.load();

	private volatile @Nullable CareerGraph current;

	CareerGraphs(RequirementIndexes indexes, Neo4jClient client) {
		this.indexes = indexes;
		this.client = client;
	}

	PathSettings settings() {
		return this.settings;
	}

	/** The career graph of the current index snapshot. */
	CareerGraph current() {
		RequirementIndex index = this.indexes.current();
		CareerGraph graph = this.current;
		if (graph != null && graph.index() == index) {
			return graph;
		}
		return load(index);
	}

	private synchronized CareerGraph load(RequirementIndex index) {
		CareerGraph graph = this.current;
		if (graph != null && graph.index() == index) {
			return graph;
		}
		List<JobFacts> facts = List.copyOf(this.client.query(FACTS)
			.fetchAs(JobFacts.class)
			.mappedBy((types, record) -> new JobFacts(record.get("id").asString(),
					record.get("framework").asString(null), record.get("code").asString(null),
					record.get("jobZone").isNull() ? null : record.get("jobZone").asNumber().longValue(),
					record.get("iscoGroup").asString(null), record.get("family").asString(null),
					record.get("ladder").asList(CareerGraphs::ladder)))
			.all());
		graph = new CareerGraph(index, facts, this.settings);
		this.current = graph;
		return graph;
	}

	private static LadderFacts ladder(Value link) {
		return new LadderFacts(link.get("to").asString(), link.get("track").asString(null),
				link.get("conditions").asString(null), link.get("required").asList(Value::asString));
	}

}
