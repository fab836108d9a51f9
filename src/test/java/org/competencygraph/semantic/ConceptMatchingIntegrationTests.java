package org.competencygraph.semantic;

import java.util.List;
import java.util.Map;

import org.competencygraph.BackgroundJobCalls;
import org.competencygraph.GraphQlClients;
import org.competencygraph.GraphQlErrorAssertions;
import org.competencygraph.IntegrationTest;
import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Text to concepts over HTTP on the seed graph, after the stored vectors were brought up to date by the
 * refreshEmbeddings job: the words of a name, its meaning in other words, and the arguments' bounds.
 */
@IntegrationTest
class ConceptMatchingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	Sessions sessions;

	@Autowired
	TextEmbedder embedder;

	@Autowired
	ConceptVectors conceptVectors;

	@Autowired
	ConceptMatcher conceptMatcher;

	@Autowired
	Embeddings embeddings;

	HttpGraphQlTester anonymous;

	@BeforeEach
	void embed() {
		this.anonymous = GraphQlClients.anonymous(this.port);
		HttpGraphQlTester admin = GraphQlClients.admin(this.port);
		String id = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
		GraphQlTester.Response job = BackgroundJobCalls.awaitEnd(admin, "embeddingJob", id);
		job.path("backgroundJob.state").entity(String.class).isEqualTo("SUCCEEDED");
		// A second refresh finds every vector up to date.
		String again = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
		BackgroundJobCalls.awaitEnd(admin, "embeddingJob", again)
			.path("backgroundJob.embeddings.computed").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void everySeedCapabilityAndJobHasItsVectors() {
		Map<String, Object> counts = this.driver.executableQuery("""
				MATCH (c:Capability) WHERE c.framework IS NULL
				RETURN count(c) AS capabilities, count(c.embedding) AS named,
				       count(CASE WHEN c.description IS NOT NULL THEN 1 END) AS described,
				       count(c.descriptionEmbedding) AS describedVectors,
				       COUNT { MATCH (j:Job) WHERE j.titleEmbedding IS NOT NULL } AS titled,
				       COUNT { MATCH (j:Job) WHERE j.namesEmbedding IS NOT NULL } AS named_jobs,
				       COUNT { MATCH (j:Job) } AS jobs,
				       head(collect(size(c.embedding))) AS dimensions
				""").execute().records().getFirst().asMap();
		assertThat(counts.get("named")).isEqualTo(counts.get("capabilities"));
		assertThat(counts.get("describedVectors")).isEqualTo(counts.get("described"));
		assertThat(counts.get("titled")).isEqualTo(counts.get("jobs"));
		assertThat(counts.get("named_jobs")).isEqualTo(counts.get("jobs"));
		assertThat(counts.get("dimensions")).isEqualTo(384L);
	}

	@Test
	void theNameItselfMatchesByWordsAndMeaning() {
		GraphQlTester.Response response = this.anonymous.documentName("matchConcepts")
			.variable("text", "troubleshooting")
			.execute();
		response.path("matchConcepts[0].capability.name").entity(String.class).isEqualTo("Troubleshooting");
		response.path("matchConcepts[0].method").entity(String.class).isEqualTo("lexical+semantic");
		response.path("matchConcepts[0].lexicalScore").entity(Double.class).isEqualTo(1.0);
		response.path("matchConcepts[0].score").entity(Double.class).isEqualTo(1.0);
		response.path("matchConcepts[0].evidence").entity(String.class)
			.satisfies(evidence -> assertThat(evidence).contains("same words as 'Troubleshooting'"));
	}

	@Test
	void otherWordsForTheSameThingMatchByMeaning() {
		GraphQlTester.Response response = this.anonymous.documentName("matchConcepts")
			.variable("text", "restoring lost files from copies of the data")
			.execute();
		List<String> names = response.path("matchConcepts[*].capability.name").entityList(String.class).get();
		assertThat(names.subList(0, 3)).contains("Backup and Restore");
		assertThat(response.path("matchConcepts[*].semanticScore").entityList(Double.class).get())
			.allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
	}

	@Test
	void aCapabilitysOwnDescriptionFindsItFirst() {
		// On the full O*NET + ESCO graph the vector index left this capability out of its 100 nearest descriptions.
		this.anonymous.documentName("matchConcepts")
			.variable("text", "Using logic and reasoning to identify the strengths and weaknesses of alternative "
					+ "solutions, conclusions, or approaches to problems.")
			.execute()
			.path("matchConcepts[0].capability.id").entity(String.class).isEqualTo("skill/critical-thinking");
	}

	@Test
	void aNewCapabilityIsFoundByMeaningOnceItsVectorsAreComputed() {
		// Reads the capabilities' vectors into memory first, so that the new one needs them read again.
		this.anonymous.documentName("matchConcepts").variable("text", "troubleshooting").execute();
		this.driver.executableQuery("""
				CREATE (:Capability:Skill {id: 'test/soil-probe-calibration', kind: 'Skill',
				        name: 'Soil Probe Calibration',
				        description: 'Adjusting the sensitivity of moisture probes buried in greenhouse beds.'})
				""").execute();
		try {
			HttpGraphQlTester admin = GraphQlClients.admin(this.port);
			String id = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
			BackgroundJobCalls.awaitEnd(admin, "embeddingJob", id)
				.path("backgroundJob.embeddings.computed").entity(Integer.class).isEqualTo(2);
			this.anonymous.documentName("matchConcepts")
				.variable("text", "tuning the wetness sensors in a plant nursery")
				.execute()
				.path("matchConcepts[0].capability.id").entity(String.class).isEqualTo("test/soil-probe-calibration");
		}
		finally {
			this.driver.executableQuery("MATCH (c:Capability {id: 'test/soil-probe-calibration'}) DETACH DELETE c")
				.execute();
		}
	}

	/**
	 * What a job description's matching keeps between documents while nothing is committed (the own capabilities,
	 * every capability's labels) must not hide a capability written since: the next document finds it by its words.
	 */
	@Test
	void aCapabilityWrittenAfterADocumentWasMatchedIsFoundByItsNameOrAliasInTheNext() throws InterruptedException {
		MatchingSettings settings = MatchingSettings.load("extraction/matching.yaml");
		skillMatcher(settings).resolveAll(List.of("troubleshooting", "dry stone walling"));
		// The labels are read in the background after the first document: wait until they are kept.
		awaitLabels();
		assertThat(this.conceptMatcher.labels().now()).isNotNull();
		this.driver.executableQuery("""
				CREATE (:Capability:Skill {id: 'test/dry-stone-walling', kind: 'Skill', name: 'Dry Stone Walling',
				        description: 'Building walls of stones without mortar.'})
				CREATE (:Capability:Skill {id: 'test/esco-coppicing', kind: 'Skill', name: 'Coppicing',
				        framework: 'esco', aliases: ['Hazel Coppice Rotation']})
				""").execute();
		try {
			// Right after the commit (the labels kept are older), then once they are read again.
			for (int round = 0; round < 2; round++) {
				SkillMatcher matcher = skillMatcher(settings);
				matcher.resolveAll(List.of("dry stone walling", "hazel coppice rotation", "troubleshooting"));
				assertThat(matcher.resolve("dry stone walling").match()).isNotNull()
					.extracting(SkillMatcher.Match::capabilityId, SkillMatcher.Match::method)
					.containsExactly("test/dry-stone-walling", "name");
				assertThat(matcher.resolve("hazel coppice rotation").match()).isNotNull()
					.extracting(SkillMatcher.Match::capabilityId, SkillMatcher.Match::method)
					.containsExactly("test/esco-coppicing", "alias");
				// The own capabilities a document is matched by meaning against, with the new one's vectors.
				assertThat(this.conceptMatcher.ownCapabilities(5000)).isNotNull()
					.satisfies(own -> assertThat(own.entries()).anySatisfy(entry -> {
						assertThat(entry.capability().id()).isEqualTo("test/dry-stone-walling");
						assertThat(entry.name()).isNotNull();
					}));
				awaitLabels();
			}
			assertThat(this.conceptMatcher.labels().now()).isNotNull()
				.satisfies(known -> assertThat(known.labels()).contains("hazel coppice rotation"));
		}
		finally {
			this.driver.executableQuery("MATCH (c:Capability) WHERE c.id IN ['test/dry-stone-walling', "
					+ "'test/esco-coppicing'] DETACH DELETE c").execute();
		}
	}

	private SkillMatcher skillMatcher(MatchingSettings settings) {
		return new SkillMatcher(this.sessions, this.conceptMatcher, settings,
				() -> this.embeddings.refreshCapabilities(JobProgress.NONE));
	}

	private void awaitLabels() throws InterruptedException {
		for (int i = 0; i < 400 && this.conceptMatcher.labels().now() == null; i++) {
			Thread.sleep(50);
		}
	}

	@Test
	void aDescriptionRemovedLosesItsVectorAtTheNextRefresh() {
		this.driver.executableQuery("""
				CREATE (:Capability:Skill {id: 'test/hedge-laying', kind: 'Skill', name: 'Hedge Laying',
				        description: 'Cutting and bending hedge stems so that they grow into a stock-proof barrier.'})
				""").execute();
		try {
			HttpGraphQlTester admin = GraphQlClients.admin(this.port);
			String id = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
			BackgroundJobCalls.awaitEnd(admin, "embeddingJob", id)
				.path("backgroundJob.embeddings.computed").entity(Integer.class).isEqualTo(2);
			this.driver.executableQuery("MATCH (c:Capability {id: 'test/hedge-laying'}) REMOVE c.description")
				.execute();
			String again = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
			BackgroundJobCalls.awaitEnd(admin, "embeddingJob", again)
				.path("backgroundJob.embeddings.computed").entity(Integer.class).isEqualTo(0);
			Map<String, Object> stored = this.driver.executableQuery("""
					MATCH (c:Capability {id: 'test/hedge-laying'})
					RETURN c.embedding IS NOT NULL AS named, c.descriptionEmbedding IS NOT NULL AS described""")
				.execute().records().getFirst().asMap();
			assertThat(stored).containsEntry("named", true).containsEntry("described", false);
		}
		finally {
			this.driver.executableQuery("MATCH (c:Capability {id: 'test/hedge-laying'}) DETACH DELETE c").execute();
		}
	}

	@Test
	void aNewJobIsFoundByItsTitlesMeaningOnceItsVectorIsComputed() {
		this.anonymous.documentName("matchOccupations").variable("text", "network engineer").execute();
		this.driver.executableQuery("""
				MATCH (:Job {id: 'uk-council-a/junior-infrastructure-engineer'})-[:IN_ORGANIZATION]->(o)
				CREATE (:Job {id: 'test/greenhouse-sensor-technician', title: 'Greenhouse Soil Sensor Technician'})
				       -[:IN_ORGANIZATION]->(o)
				""").execute();
		try {
			HttpGraphQlTester admin = GraphQlClients.admin(this.port);
			String id = BackgroundJobCalls.start(admin, "refreshEmbeddings", "refreshEmbeddings");
			BackgroundJobCalls.awaitEnd(admin, "embeddingJob", id)
				.path("backgroundJob.state").entity(String.class).isEqualTo("SUCCEEDED");
			// The refresh had the jobs' vectors held in memory read again: the new title is among them.
			VectorSnapshot jobs = this.conceptVectors.snapshot(ConceptTarget.OCCUPATION);
			assertThat(jobs).isNotNull();
			assertThat(jobs.vector("test/greenhouse-sensor-technician", VectorSnapshot.TITLE)).hasSize(384);
			this.anonymous.documentName("matchOccupations")
				.variable("text", "someone who tunes the moisture probes in plant nurseries")
				.execute()
				.path("matchConcepts[0].job.id").entity(String.class).isEqualTo("test/greenhouse-sensor-technician")
				.path("matchConcepts[0].method").entity(String.class).isEqualTo("semantic");
		}
		finally {
			this.driver.executableQuery("MATCH (j:Job {id: 'test/greenhouse-sensor-technician'}) DETACH DELETE j")
				.execute();
		}
	}

	@Test
	void theHeldJobVectorsAnswerAsTheExactNearestByCosine() {
		float[] query = this.embedder.embed("looks after the council's servers and network");
		VectorSnapshot jobs = java.util.Objects.requireNonNull(this.conceptVectors.snapshot(ConceptTarget.OCCUPATION));
		// Every job compared in the graph: the scores of the 5 nearest (ties between equal titles either way).
		List<Double> exact = this.driver.executableQuery("""
				MATCH (j:Job) WHERE j.titleEmbedding IS NOT NULL
				WITH vector.similarity.cosine(j.titleEmbedding, $query) AS score ORDER BY score DESC LIMIT 5
				RETURN score""").withParameters(Map.of("query", query)).execute().records().stream()
			.map(r -> r.get("score").asDouble()).toList();
		List<VectorSnapshot.Hit> held = jobs.nearest(query, VectorSnapshot.TITLE, null, 5);
		assertThat(held).hasSize(5);
		for (int i = 0; i < 5; i++) {
			assertThat(held.get(i).score()).isCloseTo(exact.get(i), org.assertj.core.api.Assertions.within(1e-5));
		}
	}

	@Test
	void aBatchOfTextsGetsEachTheFirstCandidatesItWouldGetAloneAndWithAllCandidatesRead() {
		ConceptMatcher matcher = new ConceptMatcher(this.sessions, this.embedder, this.conceptVectors);
		List<String> texts = List.of("restoring lost files from copies of the data", "troubleshooting",
				"configure firewalls and network switches", "explain technical issues to people who are not technical");
		List<float[]> vectors = matcher.vectors(texts);
		// Only the first candidates' nodes are read: the same first as when every candidate's node is read.
		List<List<ConceptMatch>> first = matcher.matchAll(texts, vectors, ConceptTarget.CAPABILITY, null, 5);
		List<List<ConceptMatch>> all = matcher.matchAll(texts, vectors, ConceptTarget.CAPABILITY, null, 200);
		for (int i = 0; i < texts.size(); i++) {
			assertThat(all.get(i)).hasSizeGreaterThan(5);
			assertSameCandidates(first.get(i), all.get(i).subList(0, 5));
			assertSameCandidates(first.get(i),
					matcher.match(texts.get(i), vectors.get(i), ConceptTarget.CAPABILITY, null, 5));
		}
		assertThat(first.get(1).getFirst().name()).isEqualTo("Troubleshooting");
	}

	/**
	 * The same candidates in the same order with the same scores, to the float's last digits: the Vector API's sum
	 * of lanes may add in another order once compiled than when interpreted.
	 */
	private static void assertSameCandidates(List<ConceptMatch> actual, List<ConceptMatch> expected) {
		assertThat(actual).extracting(ConceptMatch::id)
			.containsExactlyElementsOf(expected.stream().map(ConceptMatch::id).toList());
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i).score()).isCloseTo(expected.get(i).score(), within(1e-6));
		}
	}

	@Test
	void aGraphWithMoreCapabilitiesThanTheBoundIsSearchedThroughTheVectorIndexes() {
		ConceptVectors bounded = new ConceptVectors(this.sessions, 10, 10);
		assertThat(bounded.snapshot(ConceptTarget.CAPABILITY)).isNull();
		List<ConceptMatch> matches = new ConceptMatcher(this.sessions, this.embedder, bounded)
			.match("restoring lost files from copies of the data", ConceptTarget.CAPABILITY, null, 3);
		assertThat(matches).extracting(ConceptMatch::name).contains("Backup and Restore");
		assertThat(matches.getFirst().semanticScore()).isBetween(0.5, 1.0);
		assertThat(bounded.snapshot(ConceptTarget.OCCUPATION)).isNull();
		assertThat(new ConceptMatcher(this.sessions, this.embedder, bounded)
			.match("junior infrastructure engineer", ConceptTarget.OCCUPATION, null, 3))
			.extracting(ConceptMatch::id).first().isEqualTo("uk-council-a/junior-infrastructure-engineer");
	}

	@Test
	void aJobTitleFindsTheJob() {
		this.anonymous.documentName("matchOccupations")
			.variable("text", "junior infrastructure engineer")
			.execute()
			.path("matchConcepts[0].job.id").entity(String.class).isEqualTo("uk-council-a/junior-infrastructure-engineer");
	}

	@Test
	void aFrameworkWithNothingImportedMatchesNothing() {
		this.anonymous.documentName("matchConcepts")
			.variable("text", "troubleshooting")
			.variable("framework", "esco")
			.execute()
			.path("matchConcepts").entityList(Object.class).hasSize(0);
	}

	@Test
	void argumentsOutOfBoundsAreBadRequests() {
		GraphQlErrorAssertions.assertError(this.anonymous.documentName("matchConcepts").variable("text", " ").execute(),
				"BAD_REQUEST", "text", "text: must not be blank");
		GraphQlErrorAssertions.assertError(this.anonymous.documentName("matchConcepts")
			.variable("text", "x".repeat(1001)).execute(), "BAD_REQUEST", "text",
				"text: must be at most 1000 characters, was 1001");
		GraphQlErrorAssertions.assertError(this.anonymous.documentName("matchConcepts")
			.variable("text", "network").variable("first", 51).execute(), "BAD_REQUEST", "first",
				"first: must be from 1 to 50, was 51");
		GraphQlErrorAssertions.assertError(this.anonymous.documentName("matchConcepts")
			.variable("text", "network").variable("framework", "isco").execute(), "BAD_REQUEST", "framework",
				"framework: must be onet, esco or none, was 'isco'");
	}

}
