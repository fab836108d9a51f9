package org.competencygraph.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

import org.competencygraph.database.DatabaseProperties;
import org.competencygraph.database.EmbeddedNeo4j;
import org.competencygraph.database.Sessions;
import org.competencygraph.quality.QualitySets;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.unit.DataSize;

/**
 * A quick loop for tuning BLENDED (analysis/similarity.yaml) on the seed roles' figures of QUALITY.md: reads the
 * analysis index of a prepared data folder (its snapshot file when the store has not changed since), and prints each
 * seed role's top-10 similar O*NET and ESCO occupations as {@code similarJobs} ranks them and the pooled ICT shares.
 * Not a test; run its {@code main} with the test classpath and the data folder ({@code dump} as a second argument
 * prints the lists). Reads only, except that the index snapshot is saved when it was read from the graph.
 * <p>
 * Variants of the crosswalk part for the project's own jobs, measured in issue 11's seed-role round of 2026-12-02
 * (QUALITY.md) and not kept, with {@code -Dv.on=true}: {@code v.activities=true} (each closest occupation followed by
 * its framework's full blend, work activities included), {@code v.sharpness=k} (each closest occupation weighted by
 * its crosswalk score to the power k), {@code v.bridge=n} (also the first n closest occupations of the job's closest
 * occupations in the other framework), {@code v.crosswalk=w} (the part's weight), {@code v.domain=w} (the crosswalk's
 * domain vectors as a direct part). {@code v.probe=id,...} prints an occupation's neighbours by both measures.
 */
final class BlendedTuning {

	private BlendedTuning() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]);
		boolean dump = args.length > 1 && args[1].equals("dump");
		QualitySets.IctRules ict = QualitySets.ictRules();
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new DatabaseProperties(dataDir,
				new DatabaseProperties.Bolt(false, "127.0.0.1", 0, null), DataSize.ofMegabytes(512),
				Duration.ofMinutes(10)));
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			Sessions sessions = new Sessions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider());
			long started = System.nanoTime();
			RequirementIndex index = new RequirementIndexLoader(sessions, new Scoring(1.0, 0.5, 0.5),
					SimilarityWeights.load(), 0, Duration.ofMinutes(10), neo4j, true).load(true);
			System.out.printf(Locale.ROOT, "index read in %.1f s (snapshot %s), %d jobs%n",
					(System.nanoTime() - started) / 1e9, index.fromSnapshot(), index.jobCount());
			int onet = -1;
			int esco = -1;
			List<Integer> own = new ArrayList<>();
			for (int j = 0; j < index.jobCount(); j++) {
				String org = index.job(j).organization().id();
				if (org.equals("onet")) {
					onet = index.organization(j);
				}
				else if (org.equals("esco")) {
					esco = index.organization(j);
				}
			}
			for (int j = 0; j < index.jobCount(); j++) {
				if (index.organization(j) != onet && index.organization(j) != esco) {
					own.add(j);
				}
			}
			own.sort(Comparator.comparing(j -> index.job(j).id()));
			Map<String, Double> closestScores = new HashMap<>();
			try (var session = sessions.open()) {
				session.executeRead(tx -> tx.run("MATCH (j:Job)-[m:CLOSEST_OCCUPATION]->(o:Job) WHERE m.rank <= 3 "
						+ "RETURN j.id AS j, o.id AS o, m.score AS s").list())
					.forEach(r -> closestScores.put(r.get("j").asString() + " " + r.get("o").asString(),
							r.get("s").asDouble()));
			}
			Map<String, float[]> domains = DOMAIN > 0 ? readDomains(sessions) : Map.of();
			for (String probe : System.getProperty("v.probe", "").split(",")) {
				if (probe.isBlank()) {
					continue;
				}
				int c = index.jobNumber(probe);
				double[] full = BlendedSimilarity.scores(index, c, BlendedSimilarity.numerators(index, c));
				double[] three = new double[index.jobCount()];
				for (int b = 0; b < three.length; b++) {
					three[b] = b == c || index.organization(b) != index.organization(c) ? Double.NaN
							: BlendedSimilarity.threeParts(index, c, b);
				}
				System.out.println("probe " + index.job(c).title() + " full: " + titles(index,
						top(index, full, index.organization(c), 12), full));
				System.out.println("probe " + index.job(c).title() + " three: " + titles(index,
						top(index, three, index.organization(c), 12), three));
			}
			final int onetOrg = onet;
			final int escoOrg = esco;
			IntPredicate onetIct = j -> ict.onetIct(code(index, j));
			IntPredicate escoIct = j -> ict.escoIct(code(index, j));
			Map<String, Integer> ictOnet = new HashMap<>();
			int pooledOnet = 0;
			int pooledEsco = 0;
			int all = 0;
			started = System.nanoTime();
			for (int job : own) {
				double[] scores = VARIANT ? variant(index, job, closestScores, domains) : BlendedSimilarity.scores(index, job, BlendedSimilarity.numerators(index, job));
				List<Integer> topOnet = top(index, scores, onetOrg, 10);
				List<Integer> topEsco = top(index, scores, escoOrg, 10);
				int o = (int) topOnet.stream().filter(onetIct::test).count();
				int e = (int) topEsco.stream().filter(escoIct::test).count();
				pooledOnet += o;
				pooledEsco += e;
				all += 10;
				ictOnet.put(index.job(job).title(), o);
				if (dump) {
					System.out.println("- " + index.job(job).title() + " (O*NET " + o + ", ESCO " + e + "); closest: "
							+ closest(index, job, closestScores));
					for (int other : topOnet) {
						BlendedSimilarity.Blend blend = BlendedSimilarity.of(index, job, other);
						StringBuilder parts = new StringBuilder();
						blend.parts().forEach(p -> parts.append(p.name().charAt(0)).append(' ')
							.append(p.score() == null ? "-" : String.format(Locale.ROOT, "%.2f", p.score())).append(' '));
						System.out.printf(Locale.ROOT, "    %s %s %.3f (%s)%n", onetIct.test(other) ? "ICT" : "---",
								index.job(other).title(), scores[other], parts.toString().trim());
					}
				}
			}
			System.out.printf(Locale.ROOT, "scored in %.1f s%n", (System.nanoTime() - started) / 1e9);
			ictOnet.entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> System.out.println("  " + e.getValue() + " " + e.getKey()));
			System.out.printf(Locale.ROOT, "seed roles ICT share: O*NET %.3f (%d/%d), ESCO %.3f (%d/%d)%n",
					pooledOnet / (double) all, pooledOnet, all, pooledEsco / (double) all, pooledEsco, all);
		}
	}

	static final boolean VARIANT = Boolean.getBoolean("v.on");

	static final boolean ACTIVITIES = Boolean.getBoolean("v.activities");

	static final double SHARPNESS = Double.parseDouble(System.getProperty("v.sharpness", "0"));

	static final int BRIDGE = Integer.getInteger("v.bridge", 0);

	static final double BRIDGE_WEIGHT = Double.parseDouble(System.getProperty("v.bridgeWeight", "1.0"));

	static final String BRIDGE_INTO = System.getProperty("v.bridgeInto", "");

	static final double CROSSWALK = Double.parseDouble(System.getProperty("v.crosswalk", "1.0"));

	/** BLENDED for an own job with a variant crosswalk part. */
	static final double DOMAIN = Double.parseDouble(System.getProperty("v.domain", "0"));

	static Map<String, float[]> readDomains(Sessions sessions) {
		long started = System.nanoTime();
		try (var session = sessions.open()) {
			Map<String, float[]> domains = org.competencygraph.linking.DomainVectorsForTuning.read(session);
			System.out.printf(Locale.ROOT, "domain vectors of %d jobs read in %.1f s%n", domains.size(),
					(System.nanoTime() - started) / 1e9);
			return domains;
		}
	}

	static double[] variant(RequirementIndex index, int job, Map<String, Double> closestScores,
			Map<String, float[]> domains) {
		int m = index.jobCount();
		double[] sums = new double[m];
		double[] weights = new double[m];
		List<int[]> anchors = new ArrayList<>();
		for (int occupation : index.closestOccupations(job)) {
			anchors.add(new int[] { occupation, 0 });
		}
		if (BRIDGE > 0) {
			for (int via : index.closestOccupations(job)) {
				int[] next = index.closestOccupations(via);
				int taken = 0;
				for (int occupation : next) {
					if (index.organization(occupation) != index.organization(via) && taken < BRIDGE
							&& (BRIDGE_INTO.isEmpty() || index.job(occupation).organization().id().equals(BRIDGE_INTO))) {
						anchors.add(new int[] { occupation, 1 });
						taken++;
					}
				}
			}
		}
		for (int[] anchor : anchors) {
			int occupation = anchor[0];
			int organization = index.organization(occupation);
			double w = anchor[1] == 1 ? BRIDGE_WEIGHT : Math.pow(closestScores.getOrDefault(index.job(job).id() + " " + index.job(occupation).id(),
					1.0), SHARPNESS);
			double[] full = ACTIVITIES ? BlendedSimilarity.scores(index, occupation,
					BlendedSimilarity.numerators(index, occupation)) : null;
			for (int b = 0; b < m; b++) {
				if (index.organization(b) != organization) {
					continue;
				}
				double s = b == occupation ? 1 : ACTIVITIES ? full[b] : BlendedSimilarity.threeParts(index, occupation, b);
				sums[b] += w * (Double.isNaN(s) ? 0 : s);
				weights[b] += w;
			}
		}
		JobTexts texts = index.texts();
		SimilarityWeights.Blend bw = index.weights().blend();
		SimilarityWeights.Blend blend = new SimilarityWeights.Blend(bw.profile(), bw.duties(), bw.title(), CROSSWALK,
				bw.crosswalkOccupations(), bw.activities(), bw.interests());
		double[] numerators = BlendedSimilarity.numerators(index, job);
		SparseVector a = index.vector(job, SimilarityMetric.BLENDED);
		double[] scores = new double[m];
		for (int b = 0; b < m; b++) {
			if (b == job) {
				scores[b] = Double.NaN;
				continue;
			}
			double profile = BlendedSimilarity.profile(numerators[b], a, index.vector(b, SimilarityMetric.BLENDED));
			double title = texts.hasTitle(job) && texts.hasTitle(b) ? BlendedSimilarity.part(texts.titleCosine(job, b))
					: Double.NaN;
			double duty = texts.hasDuties(job) && texts.hasDuties(b) ? BlendedSimilarity.part(texts.dutyCosine(job, b))
					: Double.NaN;
			double crosswalk = weights[b] == 0 ? Double.NaN : sums[b] / weights[b];
			scores[b] = BlendedSimilarity.score(blend, profile, duty, title, crosswalk);
			float[] da = domains.get(index.job(job).id());
			if (DOMAIN > 0 && da != null && index.organization(b) != index.organization(job) && !Double.isNaN(scores[b])) {
				float[] db = domains.get(index.job(b).id());
				double d = db == null ? 0 : Math.max(0, org.competencygraph.semantic.TextEmbedder.cosine(da, db));
				double total = (Double.isNaN(profile) ? 0 : blend.profile()) + (Double.isNaN(duty) ? 0 : blend.duties())
						+ (Double.isNaN(title) ? 0 : blend.title()) + (Double.isNaN(crosswalk) ? 0 : blend.crosswalk());
				scores[b] = (scores[b] * total + DOMAIN * d) / (total + DOMAIN);
			}
		}
		return scores;
	}

	private static String titles(RequirementIndex index, List<Integer> jobs, double[] scores) {
		List<String> titles = new ArrayList<>();
		jobs.forEach(j -> titles.add(index.job(j).title() + String.format(Locale.ROOT, " %.2f", scores[j])));
		return String.join("; ", titles);
	}

	private static String closest(RequirementIndex index, int job, Map<String, Double> scores) {
		List<String> titles = new ArrayList<>();
		for (int occupation : index.closestOccupations(job)) {
			titles.add(index.job(occupation).title() + String.format(Locale.ROOT, " %.3f",
					scores.getOrDefault(index.job(job).id() + " " + index.job(occupation).id(), -1.0)));
		}
		return String.join("; ", titles);
	}

	/** The first {@code n} jobs of the organization by score (ties by id), as similarJobs with that filter. */
	static List<Integer> top(RequirementIndex index, double[] scores, int organization, int n) {
		List<Integer> jobs = new ArrayList<>();
		for (int j = 0; j < scores.length; j++) {
			if (index.organization(j) == organization && !Double.isNaN(scores[j]) && scores[j] > 0) {
				jobs.add(j);
			}
		}
		jobs.sort(Comparator.<Integer>comparingDouble(j -> -scores[j]).thenComparing(j -> index.job(j).id()));
		return jobs.subList(0, Math.min(n, jobs.size()));
	}

	private static String code(RequirementIndex index, int job) {
		var j = index.job(job);
		if (j.organization().id().equals("esco")) {
			return j.family() == null ? null : j.family().id().replace("esco:isco-", "");
		}
		return j.code();
	}


}
