package org.competencygraph.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.competencygraph.database.GraphChangedEvent;
import org.competencygraph.importer.ImportReport;
import org.competencygraph.importer.profile.JobProfileImporter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Drafts each seed document and imports the draft through the normal importer, as an admin would after review;
 * measures the drafts against the curated seed profiles; drafts over GraphQL.
 */
@IntegrationTest
class ExtractionIntegrationTests {

	static final Path SEEDS = Path.of(EvaluateExtractionCommand.SEEDS);

	@Autowired
	JobProfileExtractor extractor;

	@Autowired
	JobProfileImporter importer;

	@Autowired
	EvaluateExtractionCommand evaluation;

	@Autowired
	Driver driver;

	@Autowired
	ApplicationEventPublisher events;

	@LocalServerPort
	int port;

	/**
	 * The drafts are imported under the name {@code extracted-<document>} and removed afterwards with what they
	 * created, so that the seed graph other test classes count stays as it was.
	 */
	@Test
	void eachSeedDocumentGivesADraftTheImporterAccepts() throws IOException {
		assumeThat(SEEDS).as("the seed documents beside the checkout").isDirectory();
		List<Path> documents;
		try (var files = Files.list(SEEDS)) {
			documents = files.sorted().toList();
		}
		assertThat(documents).hasSize(5);
		Set<String> before = nodeIds();
		try {
			importDrafts(documents);
		}
		finally {
			try (Session session = this.driver.session()) {
				session.executeWrite(tx -> tx.run("""
						MATCH (j:Job) WHERE j.sourceDocument STARTS WITH 'extracted-'
						OPTIONAL MATCH (j)-[:HAS_DUTY]->(d:Duty)
						DETACH DELETE j, d""").consume());
				session.executeWrite(tx -> tx.run("""
						MATCH (n) WHERE (n:Capability OR n:Organization OR n:JobFamily) AND NOT elementId(n) IN $before
						DETACH DELETE n""", Map.of("before", List.copyOf(before))).consume());
			}
			// What the import changed and the delete undid: the analysis index and caches forget it too.
			this.events.publishEvent(GraphChangedEvent.anything("test: extracted drafts removed"));
		}
	}

	private Set<String> nodeIds() {
		try (Session session = this.driver.session()) {
			return Set.copyOf(session.executeRead(tx -> tx.run("""
					MATCH (n) WHERE n:Capability OR n:Organization OR n:JobFamily RETURN elementId(n) AS id""")
				.list(r -> r.get("id").asString())));
		}
	}

	private void importDrafts(List<Path> documents) throws IOException {
		for (Path document : documents) {
			JobProfileExtractor.Draft draft = this.extractor.draft("extracted-" + document.getFileName(),
					Files.readAllBytes(document));
			assertThat(draft.requirements()).as(document.toString()).isPositive();
			ImportReport report = this.importer.importContent("draft-" + document.getFileName() + ".yaml", draft.yaml());
			assertThat(report.files()).hasSize(1);
			System.out.printf("%s: %d jobs, %d requirements (%d proposed), %d unmatched, %d boilerplate, %.2f s%n",
					document.getFileName(), draft.jobs(), draft.requirements(), draft.proposed(), draft.unmatched(),
					draft.boilerplate(), draft.seconds());
		}
	}

	@Test
	void theEvaluationOnDocumentsWrittenForTheCheck() throws IOException {
		Path check = Path.of("src/test/resources/extraction");
		List<EvaluateExtractionCommand.Row> rows = this.evaluation.evaluate(check.resolve("check"),
				EvaluateExtractionCommand.curated(check.resolve("check-profiles").toString()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		EvaluateExtractionCommand.print(rows, new PrintStream(out, true, StandardCharsets.UTF_8));
		System.out.println(out.toString(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(50);
		// The drafts beside the figures, and what was counted against each, for a reader checking the figures.
		Path drafts = Files.createDirectories(Path.of("target/extraction-drafts"));
		for (EvaluateExtractionCommand.Row row : rows) {
			byte[] content = Files.readAllBytes(check.resolve("check").resolve(row.document()));
			Files.writeString(drafts.resolve(row.document() + ".yaml"), this.extractor.draft(row.document(), content).yaml());
		}
		Files.writeString(drafts.resolve("differences.txt"), EvaluateExtractionCommand.differences(rows));
		assertThat(rows).allSatisfy(row -> assertThat(row.figures().credit()).isPositive());
		// Floors a little under the ninth round's figures (QUALITY.md; a proposal naming a capability the curator
		// defined counts as it since that round): all sixteen 0.54 / 0.48 (0.50 / 0.44 with every proposal 0); with the
		// eleventh round's seventeenth document 0.52 / 0.48 before that round's changes and 0.56 / 0.50 after them,
		// so the floors stood; raised in the twelfth round, when the near-ties settled by own words brought the
		// eighteen to 0.57 / 0.54 (0.55 / 0.51 before, with its eighteenth document at its first run), and again in
		// the thirteenth, when near-ties left by the names were settled by descriptions: nineteen 0.58 / 0.54 (its
		// nineteenth document at its first run) to 0.60 / 0.55; and in the fourteenth, when curated phrasings
		// (extraction/phrasings.yaml) brought the twenty from 0.60 / 0.56 (its twentieth document at its first run) to
		// 0.67 / 0.62; and in the fifteenth, when a class specification's definition and disclaimer, supervision
		// only as a label and phrasings of asset records brought the twenty-one from 0.67 / 0.63 (its twenty-first
		// document at its first run) to 0.68 / 0.64; and in the sixteenth, when an advert's pay, application steps and
		// agency details were left out and phrasings of incidents, monitoring and ITIL added, the twenty-two from
		// 0.68 / 0.63 (its twenty-second document at its first run) to 0.70 / 0.65; and in the seventeenth, when a
		// short sentence of a prose paragraph became a requirement of its own unless it says how much of the one
		// before, and a circular's enquiries line boilerplate, the twenty-three from 308.5 of 435 drafted (0.71 / 0.66,
		// its twenty-third document at its first run) to 310.5 of 436 (0.71 / 0.66; 469 curated); with the lead's
		// twenty-fourth (a German manufacturer's advert in English, 0.78 / 0.30 at its first run, 0.84 / 0.70 after
		// "Your tasks", duties in the second person and languages), all twenty-four 0.72 / 0.66, floors kept; the
		// food manufacturer's numbered result areas 0.62 / 0.52 once they are read as duties (0.47 / 0.28 before),
		// the schools advert 0.36 / 0.26 with its pre-employment check and safeguarding statement left out, its
		// licence proposed by name and its opening phrases ("At the start of each term you will ...") not taken for
		// the sentences' heads (0.20 / 0.16 before); raised in the eighteenth, when "preferably" opening a last
		// clause qualified only that clause and a job portal's facts and nationality conditions were left out, the
		// twenty-five from 347.5 of 487 drafted (0.71 / 0.67, its twenty-fifth document at its first run) to 348.0 of
		// 482 (0.72 / 0.67; 520 curated); with the lead's twenty-sixth of stop 36 (a US federal announcement, 0.44 /
		// 0.60 at its first run, 0.67 / 0.60 after wrapped lines, lists after a colon and the announcement's
		// conditions), all twenty-six 0.72 / 0.67 (500 drafted, 540 curated), floors kept; with the lead's
		// twenty-seventh of stop 37 (an Irish county council's competition notice, 0.55 / 0.59 at its first run, 0.66 /
		// 0.73 after headings in capitals over mixed-case ones, its conditions and the level check), all twenty-seven
		// 0.72 / 0.67 (531 drafted, 568 curated), floors kept; with the lead's twenty-eighth of stop 38 (a New
		// Zealand regional council's position description in Word, 0.74 / 0.55 at its first run, 0.69 / 0.79 after
		// Word tables read by their rows), all twenty-eight 0.71 / 0.68 (563 drafted, 596 curated), floors kept; with
		// the lead's twenty-ninth of stop 39 (a Kenyan state corporation's vacancy announcement, 0.54 / 0.72 at its
		// first run, 0.75 / 0.78 after lists in roman numerals, its clearances and a part named within the whole's
		// match), all twenty-nine 0.72 / 0.68 (586 drafted, 623 curated), floors kept; with the twentieth round's
		// thirtieth held-out document (a US public university's staff posting, 0.63 / 0.70 at its first run, 0.73 /
		// 0.81 after "Knowledge, Skills and Abilities" beside "Preferred Qualifications", the posting's facts, on-call
		// hours under working conditions and phrasings of IT change management), all thirty 0.73 / 0.69 (615 drafted,
		// 650 curated); with the nineteenth round's thirty-first (an Indian IT services company's portal advert, 0.52 /
		// 0.70 at its first run, 0.83 / 0.83 after shifts, availability, Key Skills tags and PG lines left out and
		// phrasings of change requests, VMs, patching, root cause analysis and a degree of any field), all thirty-one
		// 0.73 / 0.70 (640 drafted, 673 curated; 0.70 / 0.67 with every proposal 0), and with two candidates named in
		// one sentence both drafted 0.73 / 0.70 (646 drafted, four more right), floors kept; with the twenty-second
		// round's held-out US defence contractor's posting (0.50 / 0.73 at its first run, 0.71 / 0.77 after the
		// posting's facts and security clearances left out, pay transparency and benefits boilerplate, "Desired Skills /
		// Preferred Qualifications" desirable and phrasings of DoD certifications, vulnerability scanning, STIGs and
		// experience in lieu of a degree), all thirty-two 0.74 / 0.71 (670 drafted, 695 curated), and with the
		// twenty-first round's Australian state agency's role description as a PDF (0.45 / 0.76 at its first run, 0.82 /
		// 0.85 after a PDF's tables read by their columns, capability summaries read by their names with their levels,
		// the details table's facts and phrasings of the NSW capability framework's names), all thirty-three
		// 0.74 / 0.72 (702 drafted, 728 curated; 0.71 / 0.69 with every proposal 0), floors kept. With the twenty-third
		// round's Canadian federal poster in the statement-of-merit-criteria layout (0.61 / 0.75 at its first run, 0.69 /
		// 0.71 after criterion codes read as list markers, the poster's assessment sentences and definitions left out)
		// and the twenty-fourth round's UN agency's vacancy announcement in Word (0.46 / 0.68 at its first run, 0.86 /
		// 0.91 after its identification table read as facts, a function's intro line over its bullets, the core
		// competencies' name | "LEVEL 1: ..." table and the thematic area | name | definition table read by their
		// names and definitions, a label | text table's long labels and their priority, its disclaimer, and phrasings
		// of the UN core competencies' names, network diagrams, technical specifications and disaster recovery),
		// and stop 41's side-by-side jobs, lost bullets and duty sections (no check document changed), all thirty-five
		// 0.75 / 0.73 (765 drafted, 788 curated; 0.72 / 0.70 with every proposal 0), and the twenty-fifth round's
		// university job family printed with its grades side by side (0.71 / 0.73, titles 4 of 5 at its first run:
		// the held-out measure of stop 41's layout rules; titles 5 of 5 after a labelled line no longer continues a
		// line ending in a comma, its cells' items split where a verb was missing or stood inside a name), all
		// thirty-six 0.75 / 0.73 (794 drafted, 816 curated; 0.72 / 0.70 with every proposal 0), floors kept; the
		// twenty-sixth round's US state department's duty statement as a PDF (0.70 / 0.81 at its first run, 0.81 /
		// 0.85 after its percentages of time read as list markers, its marginal functions as desirable duties, a
		// weighed duty's introduction of its sub-list, the conflict of interest filing, sitting as the workplace's
		// posture, and a phrasing of training staff), the twenty-seventh round's company handbook's job family page in
		// Markdown (0.64 / 0.66, titles 0.5 of 4, organization 0 at its first run: its four levels one job; 0.63 / 0.63,
		// titles 4 of 4, organization 1 after the levels named by rank became one job each, links and inline code were
		// read as their words, which left "You share our [values](...)" out as a values statement, and the company
		// introducing itself was taken), and the twenty-eighth round's job posted on a social network (0.63 / 0.50 at its
		// first run, 0.82 / 0.74 after emoji and arrows read as bullets or left out, a heading ending in "for:", "Bonus
		// points if you have", an aside in brackets, the organization beside the title, calls to apply, hashtags, the
		// hiring process and paid certifications left out, and a phrasing of onboarding users), all thirty-nine 0.75 /
		// 0.73 (872 drafted, 893 curated; 0.72 / 0.71 with every proposal 0), floors kept. With the lead's fortieth of
		// stop 43 (a US job description on the common human resources template in Word, 0.46 / 0.42 at its first run:
		// its duties' heading run into the template's sentence, so every duty was read as the summary's context; 0.80 /
		// 0.77 after headings run into their text, the template's own sentences, postures and work environment, and a
		// physical word or the hours after a duty's own clause), all forty 0.75 / 0.73 (902 drafted, 924 curated),
		// floors kept. With the lead's forty-first of stop 44 (a UK recruitment agency's advert for an unnamed client,
		// 0.74 / 0.67 at its first run, the agency named as the employer; 0.84 / 0.76 after "Client of" the agency, "What's
		// on offer" as benefits, and phrasings of cloud platforms and of an escalation point), all forty-one 0.76 / 0.74
		// (921 drafted, 945 curated), floors kept. With the twenty-ninth round's UK Civil Service Jobs advert pasted as
		// text (0.55 / 0.72 at its first run: behaviours whose bullets the copy lost read as a heading and its
		// paragraphs, the site's closing sections drafted; 0.69 / 0.72 after pasted lists, a priority heading ending in
		// a colon over its list only, the site's contents and closing sections and security vetting left out), and the
		// thirtieth round's UK charity's candidate pack as a PDF (0.53 / 0.61 at its first run: its person specification
		// table cut at each group row, its duties' group names read as sections; 0.59 / 0.71 after group rows and columns
		// by width in a PDF's table and group names kept within the duties), and the thirty-first round's managed service
		// provider's Indeed posting (0.76 / 0.70 at its first run: its footer's "Windows Server: 3 years (Required)" read
		// as headings; 0.83 / 0.70 after a criterion with its priority in brackets, the footer's facts left out and a
		// later sentence giving the level), all forty-four, the thirty-second round's LinkedIn job page pasted as text
		// (0.68 / 0.81 at its first run: the page's buttons between the company and the title, its skill tags and "Show
		// less" drafted, the offer's lines whose bullets the copy lost read as headings of requirements; 0.81 / 0.81
		// after the page's controls and cut-short lists left out, longer lines one a line after a heading's colon read
		// as its list, the recruiter's "#LI-" tags and the site's own parts left out), and the thirty-third round's
		// Canadian utility's Security Operations Centre analyst posting on its careers site in Markdown (0.37 / 0.29 at
		// its first run: most of its requirements have no seed capability, its duties propose none, its breadcrumb taken
		// for its title; 0.47 / 0.38 after the breadcrumb's last crumb as the title, no parts within brackets,
		// experience with a tool and scripting proposed as skills, and what a script automates no part of its head),
		// and the thirty-fourth round's large cloud provider's careers-site posting (0.31 / 0.61 at its first run: its
		// "About the team" paragraphs and its closing equal opportunity, accommodation and pay paragraphs and pay ranges
		// by place read as preferred qualifications; 0.65 / 0.72 after those left out, "Basic / Preferred
		// Qualifications" items taking their kind from their own words, a high school diploma a qualification level
		// and the team after the title's comma left out), the thirty-fifth round's NHS Jobs advert pasted as text (0.74 /
		// 0.61 at its first run: the short criteria under "Desirable criteria" read as headings, the site's sponsorship
		// note drafted; 0.84 / 0.70 after a priority heading alone read as introducing its list and the note left out),
		// the thirty-sixth round's Canadian hospital group's IT project manager posting in Word (0.68 / 0.71 at its first
		// run: risk management, IT project management experience and Agile and waterfall methods have no seed
		// capability; its title and organization drafted from the letterhead and the site's hospital; both right after
		// "Position" as a title label and "alliance" as an organization's word), and the thirty-seventh round's
		// Philippine JobStreet advert (0.71 / 0.77 at its first run: the site's employer questions, the shifting
		// schedule, onsite work, the benefits line and "Full-Time position(s) available" drafted; 0.79 / 0.68 after
		// those left out), all fifty: see QUALITY.md.
		assertThat(precision(rows)).isGreaterThanOrEqualTo(0.71);
		assertThat(recall(rows)).isGreaterThanOrEqualTo(0.66);
		assertThat(recall(document(rows, "food-manufacturer-site-it-engineer.txt"))).isGreaterThanOrEqualTo(0.48);
		List<EvaluateExtractionCommand.Row> schools = document(rows, "schools-trust-it-technician.txt");
		assertThat(precision(schools)).isGreaterThanOrEqualTo(0.33);
		assertThat(recall(schools)).isGreaterThanOrEqualTo(0.24);
		// Titles: 21.5 of 31 before the title rules of stop 40 (letterheads, places, "Role Profile", an employer's
		// name taken for the title), 30.5 of 31 after them (32.5 of 33 with the two documents of stop 40's helpers);
		// organizations 17 of 31 before, 27 after (29 of 33; 34.5 and 31 of 35 with the twenty-third round's poster,
		// right at its first run, and the twenty-fourth round's announcement, whose acronym "UNORC" is spelled out;
		// 39.5 and 31 of 36 with the twenty-fifth round's family, whose university is named only inside a duty; 39.5
		// and 34 of 36 once an organization named most often in the text was taken (stop 42); 45.5 of 46 and 37 of 39
		// with stop 42's three documents: the duty statement, both right at its first run, the handbook page, its four
		// levels' titles and its company introducing itself, and the social post, both right once its emoji are left out;
		// the organizations' floor raised from 0.8 to 0.9).
		assertThat(titles(rows)).isGreaterThanOrEqualTo(0.9);
		assertThat(rows.stream().mapToDouble(r -> r.names().organizationCredit()).sum() / rows.size())
			.isGreaterThanOrEqualTo(0.9);
	}

	static double titles(List<EvaluateExtractionCommand.Row> rows) {
		return rows.stream().mapToDouble(r -> r.names().titleCredit()).sum()
				/ rows.stream().mapToInt(r -> r.names().curated()).sum();
	}

	static List<EvaluateExtractionCommand.Row> document(List<EvaluateExtractionCommand.Row> rows, String name) {
		return rows.stream().filter(row -> row.document().equals(name)).toList();
	}

	/** Micro-averages of a group, from its documents' credit. */
	static double precision(List<EvaluateExtractionCommand.Row> rows) {
		return rows.stream().mapToDouble(r -> r.figures().credit()).sum()
				/ rows.stream().mapToInt(r -> r.figures().drafted()).sum();
	}

	static double recall(List<EvaluateExtractionCommand.Row> rows) {
		return rows.stream().mapToDouble(r -> r.figures().credit()).sum()
				/ rows.stream().mapToInt(r -> r.figures().curated()).sum();
	}

	@Test
	void theEvaluationComparesEachSeedDraftWithItsCuratedProfile() throws IOException {
		assumeThat(SEEDS).as("the seed documents beside the checkout").isDirectory();
		List<JsonNode> curated = EvaluateExtractionCommand.curated(null);
		List<EvaluateExtractionCommand.Row> rows = this.evaluation.evaluate(SEEDS, curated);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		EvaluateExtractionCommand.print(rows, new PrintStream(out, true, StandardCharsets.UTF_8));
		System.out.println(out.toString(StandardCharsets.UTF_8));
		assertThat(rows).hasSize(5);
		Files.writeString(Files.createDirectories(Path.of("target/extraction-drafts")).resolve("seed-differences.txt"),
				EvaluateExtractionCommand.differences(rows));
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.figures().curated()).isPositive();
			assertThat(row.figures().precision()).isBetween(0.0, 1.0);
		});
		// Floors a little under the seed figures (0.79 / 0.79 at the seventh round, each without its own examples;
		// 0.80 / 0.91 in stop 41, with the Harvard family's jobs set side by side read one column after another, its
		// cells' lost bullets, the council's duties under sub-headings of its purpose and its numbered values criteria).
		assertThat(precision(rows)).isGreaterThanOrEqualTo(0.77);
		assertThat(recall(rows)).isGreaterThanOrEqualTo(0.86);
		// 16 of 16 since the Harvard family's PDF, two or three jobs side by side ("Job Title: ... V<tab>Job Title: ...
		// VI"), is read column by column (12 of 16 before: only each table's first job drafted).
		assertThat(titles(rows)).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void draftJobProfileOverGraphQl() throws IOException {
		String text = new ClassPathResource("extraction/network-support-analyst.txt").getContentAsString(StandardCharsets.UTF_8);
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "network-support-analyst.txt", "text", text))
			.execute()
			.path("draftJobProfile.errors").entityList(String.class).hasSize(0)
			.path("draftJobProfile.jobs").entity(Integer.class).isEqualTo(1)
			.path("draftJobProfile.draft").entity(String.class)
			.satisfies(yaml -> assertThat(yaml).contains("title: Network Support Analyst", "confidence:"));
		// A section the vocabularies do not know, whose sentences state no requirement: counted, and listed in the draft.
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "depot.md", "text", """
					# Depot Technician

					## Duties
					- Diagnose and fix faults on the depot's network.

					## Life at the depot
					Our depot sits beside the river. The canteen serves breakfast from seven.
					"""))
			.execute()
			.path("draftJobProfile.notRead").entity(Integer.class).isEqualTo(1)
			.path("draftJobProfile.draft").entity(String.class)
			.satisfies(yaml -> assertThat(yaml).contains("notRead:", "section: Life at the depot"));
		// A Word file's bytes, as an upload.
		String docx = java.util.Base64.getEncoder().encodeToString(Documents.docx(text));
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "network-support-analyst.docx", "contentBase64", docx))
			.execute()
			.path("draftJobProfile.draft").entity(String.class)
			.satisfies(yaml -> assertThat(yaml).contains("document: network-support-analyst.docx", "code: NSA-204"));
		// Not what its name says: an error in the payload, no draft.
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "cv.pdf", "contentBase64", docx))
			.execute()
			.path("draftJobProfile.draft").valueIsNull()
			.path("draftJobProfile.errors[0]").entity(String.class)
			.satisfies(error -> assertThat(error).startsWith("cv.pdf: cannot be read as pdf"));
		// Far more text than a job description (within the request size limit): refused before any matching.
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "many.txt", "text", (text + "\n\n").repeat(100)))
			.execute()
			.path("draftJobProfile.draft").valueIsNull()
			.path("draftJobProfile.errors[0]").entity(String.class)
			.satisfies(error -> assertThat(error).startsWith("many.txt: the document's text has ")
				.endsWith("more than the 100000 allowed for one job description "
						+ "(competency-graph.extraction.max-text-characters)"));
		// Neither text nor bytes: BAD_REQUEST naming the argument.
		GraphQlClients.admin(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "x.txt"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).first().satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(e.getMessage()).startsWith("input.text: give either text or contentBase64");
			}));
		GraphQlClients.anonymous(this.port)
			.documentName("draftJobProfile")
			.variable("input", java.util.Map.of("name", "x.txt", "text", text))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).first().extracting(e -> e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

}
