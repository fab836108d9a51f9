package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.semantic.Labels;
import org.competencygraph.semantic.TextEmbedder;
import org.competencygraph.semantic.Vectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * What linking reads from the graph: capabilities and jobs with their stored vectors, and the admin's reviews. The
 * vectors are read here rather than taken from those matchConcepts holds in memory ({@code ConceptVectors}): those
 * are read again only after a refresh in this process, so a run whose own refresh computed nothing (the vectors
 * computed by another process, e.g. an import command against the same external server) would link with stale or
 * missing ones. Reading them costs about 5 s of a 4-5 minute run (BENCHMARKS.md).
 */
final class LinkingGraph {

	private final Session session;

	LinkingGraph(Session session) {
		this.session = session;
	}

	/** The frameworks imported, e.g. [esco, onet]. */
	List<String> frameworks() {
		return this.session.executeRead(tx -> tx.run("""
				MATCH (o:Organization) WHERE o.framework IS NOT NULL AND o.id = o.framework
				RETURN o.framework AS framework ORDER BY framework
				""").list(r -> r.get("framework").asString()));
	}

	/** Every capability, with its vectors where it has them. */
	List<Concept> concepts() {
		return this.session.executeRead(tx -> tx.run("""
				MATCH (c:Capability)
				RETURN c.id AS id, c.kind AS kind, c.name AS name, coalesce(c.aliases, []) AS aliases,
				       coalesce(c.externalIds, []) AS externalIds, c.framework AS framework,
				       coalesce(c.technology, false) AS technology,
				       c.embedding AS label, c.descriptionEmbedding AS described
				ORDER BY id
				""").stream().map(LinkingGraph::concept).toList());
	}

	private static Concept concept(Record r) {
		return new Concept(r.get("id").asString(), r.get("kind").asString(), r.get("name").asString(),
				r.get("aliases").asList(Value::asString), r.get("externalIds").asList(Value::asString),
				r.get("framework").asString(null), Vectors.of(r.get("label")), Vectors.of(r.get("described")));
	}

	/**
	 * Per own capability, the sentences of the own jobs' descriptions that require it ({@code sourceText} of
	 * {@code REQUIRES}, the requirement's provenance), each once, in text order: how the capability is used
	 * ({@link CapabilityUsage}).
	 */
	Map<String, List<String>> usages() {
		Map<String, List<String>> usages = new HashMap<>();
		this.session.executeRead(tx -> tx.run("""
				MATCH (j:Job)-[r:REQUIRES]->(c:Capability)
				WHERE c.framework IS NULL AND j.framework IS NULL AND trim(coalesce(r.sourceText, '')) <> ''
				WITH c.id AS id, trim(r.sourceText) AS sentence ORDER BY id, sentence
				RETURN id, collect(DISTINCT sentence) AS sentences
				""").list()).forEach(r -> usages.put(r.get("id").asString(), r.get("sentences").asList(Value::asString)));
		return usages;
	}

	/** Per framework capability, the capabilities one BROADER step above it (ESCO's skill hierarchy). */
	ConceptHierarchy hierarchy() {
		Map<String, List<String>> broader = new HashMap<>();
		this.session.executeRead(tx -> tx.run("""
				MATCH (c:Capability)-[:BROADER]->(b:Capability)
				RETURN c.id AS id, collect(b.id) AS broader
				""").list()).forEach(r -> broader.put(r.get("id").asString(), r.get("broader").asList(Value::asString)));
		return new ConceptHierarchy(broader);
	}

	/** Capabilities of a framework that are technologies (O*NET's technology examples). */
	Set<String> technologies() {
		return new HashSet<>(this.session.executeRead(tx -> tx.run(
				"MATCH (c:Capability) WHERE c.technology = true RETURN c.id AS id").list(r -> r.get("id").asString())));
	}

	/**
	 * Pairs ({@code from \t to}) an admin reviewed: rejected ones (NOT_SAME_AS) and confirmed links, in both
	 * directions; linking never proposes them again.
	 */
	Set<String> reviewedPairs() {
		Set<String> pairs = new HashSet<>();
		this.session.executeRead(tx -> tx.run("""
				MATCH (a:Capability)-[r:NOT_SAME_AS|SAME_AS|CLOSE_MATCH]->(b:Capability)
				WHERE type(r) = 'NOT_SAME_AS' OR r.status = 'confirmed'
				RETURN a.id AS a, b.id AS b
				""").list()).forEach(r -> {
			pairs.add(r.get("a").asString() + "\t" + r.get("b").asString());
			pairs.add(r.get("b").asString() + "\t" + r.get("a").asString());
		});
		return pairs;
	}

	/** Per capability, the capabilities linked to it in either direction, with the link's score. */
	Map<String, Map<String, Double>> links() {
		Map<String, Map<String, Double>> links = new HashMap<>();
		this.session.executeRead(tx -> tx.run("""
				MATCH (a:Capability)-[r:SAME_AS|CLOSE_MATCH]->(b:Capability)
				RETURN a.id AS a, b.id AS b, coalesce(r.score, r.confidence, 1.0) AS score
				""").list()).forEach(r -> {
			double score = r.get("score").asDouble();
			links.computeIfAbsent(r.get("a").asString(), k -> new HashMap<>()).merge(r.get("b").asString(), score,
					Math::max);
			links.computeIfAbsent(r.get("b").asString(), k -> new HashMap<>()).merge(r.get("a").asString(), score,
					Math::max);
		});
		return links;
	}

	/**
	 * Every job with a title vector, as the crosswalk compares them; the project's own jobs have framework
	 * {@code none}. A job's requirement vector is the mean of its requirements' name vectors, each weighted by its
	 * importance (or 1 essential, 0.5 desirable) and by how specific it is within its vocabulary: the inverse
	 * document frequency log(jobs / jobs requiring it), so that the skills every O*NET occupation is rated on
	 * (Critical Thinking, English Language) weigh little beside the technologies and skills that set jobs apart.
	 * Its domain vector is the same mean with each requirement weighted by its specificity over all the frameworks'
	 * occupations ({@link CapabilitySpecificity}) to the power {@code crosswalk.domain.sharpness}: what the work is
	 * about, apart from what every job of its function asks; O*NET's rated requirements (skills, knowledge, work
	 * styles: every occupation is rated on them, so they are not specific to any) weigh instead by how far the
	 * occupation's importance is above the concept's mean. It is summed per source domain, each domain counting by
	 * its weight ({@link DomainVector}, {@code crosswalk.domain.sources}). Qualifications are left out (they are not
	 * what the work is). Titles and aliases are compared as words, also without the words that only say seniority
	 * ({@code crosswalk.seniorityWords}).
	 */
	List<Profile> profiles(List<Concept> concepts, LinkingRules.CrosswalkRules rules) {
		Map<String, float[]> capabilityVectors = new HashMap<>();
		Map<String, String> frameworkOf = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (Concept c : concepts) {
			if (c.label() != null) {
				capabilityVectors.put(c.id(), c.label());
			}
			frameworkOf.put(c.id(), c.framework() == null ? "none" : c.framework());
			names.put(c.id(), c.name());
		}
		List<Record> records = this.session.executeRead(tx -> tx.run("""
				MATCH (j:Job) WHERE j.titleEmbedding IS NOT NULL
				RETURN j.id AS id, coalesce(j.framework, 'none') AS framework, j.title AS title,
				       coalesce(j.aliases, []) AS aliases, j.titleEmbedding AS titleVector, j.dutyEmbedding AS duties,
				       coalesce(j.detailedProfile, true) AS detailed,
				       [(j)-[r:REQUIRES]->(c:Capability) WHERE c.kind <> 'Qualification' |
				          [c.id, coalesce(r.importance, CASE r.priority WHEN 'essential' THEN 1.0 ELSE 0.5 END),
				           CASE WHEN c.technology THEN 'technology' ELSE coalesce(c.onetDomain, c.kind) END]]
				         AS requirements
				ORDER BY id
				""").list());
		Map<String, Integer> requiredBy = new HashMap<>();
		Map<String, BitSet> jobsRequiring = new HashMap<>();
		Map<String, Integer> jobsOf = new HashMap<>();
		Map<String, Double> importance = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			Record r = records.get(i);
			jobsOf.merge(r.get("framework").asString(), 1, Integer::sum);
			r.get("requirements").asList(v -> v).forEach(v -> importance.merge(v.get(0).asString(), v.get(1).asDouble(),
					Double::sum));
			int job = i;
			r.get("requirements").asList(v -> v.get(0).asString()).stream().distinct().forEach(id -> {
				requiredBy.merge(id, 1, Integer::sum);
				jobsRequiring.computeIfAbsent(id, k -> new BitSet()).set(job);
			});
		}
		Map<String, Double> specificity = CapabilitySpecificity.of(capabilityVectors, jobsRequiring, frameworkOf,
				jobsOf, rules.domain().similar(), rules.domain().neighbours(),
				rules.domain().across().equals("min"));
		// A capability's mean importance over its framework's occupations (0 where an occupation does not require it).
		importance.replaceAll((id, sum) -> sum / jobsOf.getOrDefault(frameworkOf.getOrDefault(id, "none"), 1));
		Domain domain = new Domain(specificity, importance, names, rules.domain());
		return records.stream()
			.map(r -> profile(r, capabilityVectors, requiredBy, jobsOf.get(r.get("framework").asString()),
					rules.seniorityWords(), domain))
			.toList();
	}

	/** What the domain vectors are made of. */
	record Domain(Map<String, Double> specificity, Map<String, Double> meanImportance,
			Map<String, String> names, LinkingRules.DomainRules rules) {

		/**
		 * A requirement's weight in its job's domain vector: in a source domain every occupation is rated on
		 * ({@code crosswalk.domain.aboveMean}), how far its importance is above the concept's mean; else its
		 * importance by its specificity to the power {@code sharpness}.
		 */
		double weight(String id, String source, double importance) {
			return this.rules.aboveMean().contains(source)
					? Math.max(0, importance - this.meanImportance.getOrDefault(id, 0.0))
					: importance * Math.pow(this.specificity.getOrDefault(id, 0.0), this.rules.sharpness());
		}

	}

	private static Profile profile(Record r, Map<String, float[]> capabilityVectors, Map<String, Integer> requiredBy,
			int jobs, Set<String> seniorityWords, Domain domain) {
		Map<String, Double> weights = new HashMap<>();
		float[] mean = new float[TextEmbedder.DIMENSIONS];
		DomainVector about = new DomainVector(domain.rules().sources().getOrDefault(r.get("framework").asString(),
				Map.of()));
		boolean any = false;
		// In id order: the graph returns a node's relationships in an order that changes as other relationships of
		// the node are written, and a sum of floats in another order may differ in its last digits.
		List<Value> requirements = new ArrayList<>(r.get("requirements").asList(v -> v));
		requirements.sort(java.util.Comparator.comparing(v -> v.get(0).asString()));
		for (Value requirement : requirements) {
			String id = requirement.get(0).asString();
			double weight = requirement.get(1).asDouble();
			weights.merge(id, weight, Math::max);
			float[] vector = capabilityVectors.get(id);
			double specific = weight * Math.log((jobs + 1.0) / requiredBy.get(id));
			if (vector != null && specific > 0) {
				any = true;
				for (int i = 0; i < mean.length; i++) {
					mean[i] += (float) (vector[i] * specific);
				}
			}
			String source = requirement.get(2).asString();
			double domainWeight = domain.weight(id, source, weight);
			if (vector != null && domainWeight > 0) {
				about.add(source, id, vector, domainWeight);
			}
		}
		List<String> terms = about.weights().entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(domain.rules().terms())
			.map(e -> domain.names().getOrDefault(e.getKey(), e.getKey()))
			.toList();
		Set<String> labels = new LinkedHashSet<>();
		List<String> names = new ArrayList<>(List.of(r.get("title").asString()));
		names.addAll(r.get("aliases").asList(Value::asString));
		for (String name : names) {
			String label = Labels.normalise(name);
			labels.add(label);
			List<String> words = new ArrayList<>(List.of(label.split(" ")));
			words.removeIf(seniorityWords::contains);
			// A single word left ("engineer") says too little to be a shared title.
			if (words.size() >= 2) {
				labels.add(String.join(" ", words));
			}
		}
		labels.remove("");
		// A job without a detailed profile (detailedProfile false: a role the source names only in a ladder) has a
		// summary that says what the catalogue knows of it ("Named only in the job-family ladder ...; the source has
		// no profile for it"), not what the work is. Such notes read alike to the sentence model whatever the work:
		// compared as duties, the seed's IT Lead came out closest to O*NET's Underground Mining Machine Operators,
		// All Other ("All underground mining machine operators not listed separately"). It is compared by title.
		boolean described = r.get("detailed").asBoolean();
		return new Profile(r.get("id").asString(), r.get("framework").asString(), r.get("title").asString(), labels,
				Vectors.of(r.get("titleVector")), described ? Vectors.of(r.get("duties")) : null,
				any ? Vectors.unit(mean) : null, weights, about.vector(), terms);
	}

	/** Per occupation of {@code framework}, its duties' texts and vectors. */
	Map<String, List<DutyVector>> duties(String framework) {
		Map<String, List<DutyVector>> duties = new HashMap<>();
		this.session.executeRead(tx -> tx.run("""
				MATCH (j:Job)-[:HAS_DUTY]->(d:Duty)
				WHERE coalesce(j.framework, 'none') = $framework AND d.embedding IS NOT NULL
				RETURN j.id AS job, d.text AS text, d.embedding AS vector
				""", Map.of("framework", framework)).stream().toList())
			.forEach(r -> duties.computeIfAbsent(r.get("job").asString(), k -> new ArrayList<>())
				.add(new DutyVector(r.get("text").asString(), Vectors.of(r.get("vector")))));
		return duties;
	}

	record DutyVector(String text, float[] vector) {
	}


}
