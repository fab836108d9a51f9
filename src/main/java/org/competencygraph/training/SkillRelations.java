package org.competencygraph.training;

import java.util.Collection;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * ESCO's skill-to-skill relations among given capabilities: {@code (a)-[:RELATED_TO {relationType: 'essential'}]->(b)}
 * says that b is essential for a (ESCO's skillSkillRelations: the related skill is an essential skill or knowledge
 * of the original one), so b is learned first.
 */
@Repository
class SkillRelations {

	/** {@code prerequisite} is essential for {@code dependent}. */
	record Essential(String dependent, String prerequisite) {
	}

	private final Neo4jClient client;

	SkillRelations(Neo4jClient client) {
		this.client = client;
	}

	List<Essential> essentialAmong(Collection<String> capabilityIds) {
		if (capabilityIds.size() < 2) {
			return List.of();
		}
		return List.copyOf(this.client.query("""
				MATCH (a:Capability)-[:RELATED_TO {relationType: 'essential'}]->(b:Capability)
				WHERE a.id IN $ids AND b.id IN $ids AND a <> b
				RETURN a.id AS dependent, b.id AS prerequisite
				ORDER BY dependent, prerequisite
				""")
			.bind(List.copyOf(capabilityIds)).to("ids")
			.fetchAs(Essential.class)
			.mappedBy((types, record) -> new Essential(record.get("dependent").asString(),
					record.get("prerequisite").asString()))
			.all());
	}

}
