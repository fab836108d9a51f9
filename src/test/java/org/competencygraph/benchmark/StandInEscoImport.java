package org.competencygraph.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.competencygraph.database.GraphChangedEvent;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A minimal loader of the ESCO CSV release for the benchmark alone, used while the project's ESCO importer
 * (branch {@code frameworks}) is not merged: occupations, skills and knowledge, their relations and the skill
 * hierarchy, with the same ids and shapes that importer writes ({@code esco/occupation/<uuid>},
 * {@code esco/skill/<uuid>}, essential/optional as essential/desirable). Written in batches of 5,000 rows.
 */
final class StandInEscoImport implements EscoImport {

	private static final String URI = "http://data.europa.eu/esco/";

	private static final int BATCH = 5_000;

	@Override
	public String description() {
		return "benchmark stand-in ESCO loader (src/test/java/.../benchmark/StandInEscoImport.java)";
	}

	@Override
	public void importRelease(ConfigurableApplicationContext context, Path directory) {
		Driver driver = context.getBean(Driver.class);
		Path classification = directory.resolve("classification_en");
		Path relations = directory.resolve("relations");
		driver.executableQuery("MERGE (o:Organization {id: 'esco'}) SET o.name = 'ESCO'").execute();
		Set<String> occupations = new HashSet<>();
		batches(classification.resolve("occupations_en.csv"), r -> Map.of("id", id(r.get("conceptUri")), "title",
				r.get("preferredLabel"), "summary", r.get("description"), "code", r.get("code"), "isco",
				r.get("iscoGroup")), rows -> {
					rows.forEach(row -> occupations.add((String) row.get("id")));
					write(driver, """
							UNWIND $rows AS row
							MATCH (o:Organization {id: 'esco'})
							MERGE (j:Job {id: row.id})
							SET j.title = row.title, j.summary = row.summary, j.code = row.code, j.aliases = [],
							    j.sourceDocument = 'occupations_en.csv', j.detailedProfile = true
							MERGE (f:JobFamily {id: 'esco/isco/' + row.isco})
							SET f.name = 'ISCO ' + row.isco
							MERGE (f)-[:OF_ORGANIZATION]->(o)
							MERGE (j)-[:IN_ORGANIZATION]->(o)
							MERGE (j)-[:IN_FAMILY]->(f)
							""", rows);
				});
		Set<String> skills = new HashSet<>();
		batches(classification.resolve("skills_en.csv"), r -> Map.of("id", id(r.get("conceptUri")), "name",
				r.get("preferredLabel"), "kind", r.get("skillType").equals("knowledge") ? "KnowledgeArea" : "Skill",
				"description", r.get("description"), "uri", r.get("conceptUri")), rows -> {
					rows.forEach(row -> skills.add((String) row.get("id")));
					write(driver, """
							UNWIND $rows AS row
							MERGE (c:Capability {id: row.id})
							SET c.name = row.name, c.kind = row.kind, c.description = row.description,
							    c.aliases = [], c.externalIds = ['esco:' + row.uri]
							SET c:$(row.kind)
							""", rows);
				});
		batches(relations.resolve("occupationSkillRelations.csv"), r -> Map.of("job", id(r.get("occupationUri")),
				"capability", id(r.get("skillUri")), "priority",
				r.get("relationType").equals("essential") ? "essential" : "desirable"), rows -> write(driver, """
						UNWIND $rows AS row
						MATCH (j:Job {id: row.job}), (c:Capability {id: row.capability})
						MERGE (j)-[r:REQUIRES]->(c)
						SET r.priority = row.priority, r.sourceDocument = 'occupationSkillRelations.csv'
						""", rows.stream().filter(row -> occupations.contains(row.get("job"))
						&& skills.contains(row.get("capability"))).toList()));
		batches(relations.resolve("broaderRelationsSkillPillar.csv"), r -> Map.of("from", id(r.get("conceptUri")),
				"to", id(r.get("broaderUri"))), rows -> write(driver, """
						UNWIND $rows AS row
						MATCH (a:Capability {id: row.from}), (b:Capability {id: row.to})
						MERGE (a)-[:BROADER]->(b)
						""", rows.stream().filter(row -> skills.contains(row.get("from")) && skills.contains(row.get("to")))
						.toList()));
		context.publishEvent(GraphChangedEvent.anything("benchmark ESCO stand-in import"));
	}

	private static String id(String uri) {
		return uri.startsWith(URI) ? "esco/" + uri.substring(URI.length()) : uri;
	}

	private static void write(Driver driver, String cypher, List<Map<String, Object>> rows) {
		if (!rows.isEmpty()) {
			driver.executableQuery(cypher).withParameters(Map.of("rows", rows)).execute();
		}
	}

	private static void batches(Path file, java.util.function.Function<CSVRecord, Map<String, Object>> row,
			Consumer<List<Map<String, Object>>> sink) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (CSVRecord record : format.parse(reader)) {
				batch.add(row.apply(record));
				if (batch.size() == BATCH) {
					sink.accept(batch);
					batch = new ArrayList<>();
				}
			}
			sink.accept(batch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
