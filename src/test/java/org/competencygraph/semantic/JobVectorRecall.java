package org.competencygraph.semantic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.competencygraph.database.DatabaseProperties;
import org.competencygraph.database.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.util.unit.DataSize;

/**
 * Whether the job title vector index finds a text's exact nearest jobs, measured on a prepared data folder (read
 * only): for the titles of a fixed sample of O*NET and ESCO occupations (every n-th by id), for their first
 * alternative title that differs from the title (a phrased title, as a user types it), and for the project's own
 * jobs' titles, the index's 10 and 20 nearest against the exact 10 nearest by cosine over every job title vector.
 * Prints the overlaps BENCHMARKS.md "Exact nearest capabilities and jobs" quotes. Not a test; run its {@code main}
 * with the test classpath and the data folder as argument (the folder must not be open in a server).
 */
final class JobVectorRecall {

	private static final int PER_FRAMEWORK = 100;

	private JobVectorRecall() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties(dataDir,
				new DatabaseProperties.Bolt(false, "127.0.0.1", 0, null), DataSize.ofMegabytes(512),
				Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
				Session session = driver.session()) {
			List<Record> jobs = session.executeRead(tx -> tx.run("""
					MATCH (j:Job) WHERE j.titleEmbedding IS NOT NULL
					RETURN j.id AS id, coalesce(j.framework, 'none') AS framework, j.title AS title,
					       coalesce(j.aliases, []) AS aliases, j.titleEmbedding AS vector
					ORDER BY id""").list());
			List<String> ids = jobs.stream().map(r -> r.get("id").asString()).toList();
			List<float[]> vectors = jobs.stream().map(r -> Vectors.of(r.get("vector"))).toList();
			Map<String, List<String>> texts = new LinkedHashMap<>();
			for (String framework : List.of("onet", "esco")) {
				List<Record> of = jobs.stream().filter(r -> r.get("framework").asString().equals(framework)).toList();
				int step = Math.max(1, of.size() / PER_FRAMEWORK);
				for (int i = 0; i < of.size(); i += step) {
					Record r = of.get(i);
					String title = r.get("title").asString();
					texts.computeIfAbsent(framework + " titles", k -> new ArrayList<>()).add(title);
					r.get("aliases").asList(Value::asString).stream()
						.filter(alias -> !Labels.normalise(alias).equals(Labels.normalise(title)))
						.findFirst()
						.ifPresent(alias -> texts.computeIfAbsent(framework + " alternative titles",
								k -> new ArrayList<>()).add(alias));
				}
			}
			jobs.stream().filter(r -> r.get("framework").asString().equals("none"))
				.forEach(r -> texts.computeIfAbsent("own jobs' titles", k -> new ArrayList<>())
					.add(r.get("title").asString()));
			TextEmbedder embedder = new TextEmbedder();
			System.out.printf("%d jobs with a title vector%n", jobs.size());
			for (Map.Entry<String, List<String>> set : texts.entrySet()) {
				List<float[]> queries = embedder.embedAll(set.getValue());
				int[] found10 = new int[2];
				int perfect = 0;
				long indexNanos = 0;
				long exactNanos = 0;
				for (float[] query : queries) {
					long started = System.nanoTime();
					List<String> index10 = index(session, query, 10);
					indexNanos += System.nanoTime() - started;
					List<String> index20 = index(session, query, 20);
					started = System.nanoTime();
					Set<String> exact = exact(ids, vectors, query, 10);
					exactNanos += System.nanoTime() - started;
					int in10 = (int) index10.stream().filter(exact::contains).count();
					found10[0] += in10;
					found10[1] += (int) index20.stream().filter(exact::contains).count();
					perfect += in10 == 10 ? 1 : 0;
				}
				int n = queries.size();
				System.out.printf(Locale.ROOT,
						"%-28s %4d texts: index top 10 holds %.3f of the exact top 10 (all 10 for %d), "
								+ "index top 20 holds %.3f; mean %.2f ms index, %.2f ms exact scan%n",
						set.getKey(), n, found10[0] / (10.0 * n), perfect, found10[1] / (10.0 * n),
						indexNanos / 1e6 / n, exactNanos / 1e6 / n);
			}
		}
	}

	private static List<String> index(Session session, float[] query, int limit) {
		return session.executeRead(tx -> tx.run("""
				CYPHER 25
				MATCH (j:Job) SEARCH j IN (VECTOR INDEX job_title_embedding FOR $vector LIMIT $limit) SCORE AS score
				RETURN j.id AS id ORDER BY score DESC""", Map.of("vector", query, "limit", limit))
			.list(r -> r.get("id").asString()));
	}

	/**
	 * The exact nearest {@code k}; with ties at the k-th place, every job tied with it (so that a tie broken either
	 * way counts as found).
	 */
	private static Set<String> exact(List<String> ids, List<float[]> vectors, float[] query, int k) {
		List<Map.Entry<String, Double>> all = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			all.add(Map.entry(ids.get(i), TextEmbedder.cosine(query, vectors.get(i))));
		}
		all.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
		double kth = all.get(k - 1).getValue();
		Set<String> exact = new HashSet<>();
		for (Map.Entry<String, Double> e : all) {
			if (e.getValue() < kth - 1e-6) {
				break;
			}
			exact.add(e.getKey());
		}
		return exact;
	}

}
