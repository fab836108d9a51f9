package org.competencygraph.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.competencygraph.quality.QualityApi.Job;
import org.competencygraph.quality.QualitySets.Crosswalk;
import org.competencygraph.quality.QualitySets.Links;
import org.competencygraph.quality.QualitySets.TextQuery;
import tools.jackson.databind.JsonNode;

/** Figures about concepts across vocabularies: the occupation crosswalk, capability links and text-to-concept. */
final class ConceptFigures {

	private static final String CLOSEST = """
			query closest($id: ID!, $framework: String) {
			  job(id: $id) { closestOccupations(framework: $framework) { occupation { id code } } }
			}""";

	private static final String LINKS = """
			query links($id: ID!, $framework: String) {
			  capability(id: $id) { links(framework: $framework) { capability { id } type } }
			}""";

	private static final String SAME_AS = """
			query sameAs($id: ID!) { capability(id: $id) { sameAs { capability { id } framework } } }""";

	private static final String MATCH = """
			query match($text: String!) { matchConcepts(text: $text, target: CAPABILITY, first: 5) { capability { id } } }""";

	private final QualityApi api;

	private final QualitySets sets;

	private final QualityReport report;

	ConceptFigures(QualityApi api, QualitySets sets, QualityReport report) {
		this.api = api;
		this.sets = sets;
		this.report = report;
	}

	void crosswalk(List<Job> seedJobs, Predicate<String> ict) {
		List<Crosswalk> pairs = this.sets.crosswalk();
		this.report.section("Occupation crosswalk", "ESCO -> O*NET: `closestOccupations(framework: \"onet\")` of each of the "
				+ pairs.size() + " ESCO occupations of crosswalk-sample.yaml; top-1 = first answer acceptable, strict = "
				+ "first answer is the best match, top-3 = an acceptable one among the first three. Target: top-1 0.70, "
				+ "top-3 0.85. O*NET -> ESCO: from each pair's best O*NET occupation, is the ESCO occupation among its "
				+ "first 3 `closestOccupations(framework: \"esco\")` (several ESCO occupations can share one O*NET "
				+ "occupation, so this is a lower bound). Seed -> both: ICT share of the first 3 closest occupations of "
				+ "each seed role.");
		this.report.line(this.report.figure(() -> {
			int top1 = 0;
			int strict = 0;
			int top3 = 0;
			int back = 0;
			int absent = 0;
			List<String> misses = new ArrayList<>();
			for (Crosswalk pair : pairs) {
				if (this.api.query("query job($id: ID!) { job(id: $id) { id } }", Map.of("id", pair.esco())).path("job").isNull()) {
					absent++;
				}
				List<String> codes = closest(pair.esco(), "onet", true);
				top1 += !codes.isEmpty() && pair.accepts(codes.getFirst()) ? 1 : 0;
				strict += !codes.isEmpty() && pair.best().equals(codes.getFirst()) ? 1 : 0;
				boolean any = codes.stream().limit(3).anyMatch(pair::accepts);
				top3 += any ? 1 : 0;
				if (!any && misses.size() < 10) {
					misses.add(pair.esco() + " -> " + codes.stream().limit(3).toList() + " (best " + pair.best() + ")");
				}
				back += closest("onet:" + pair.best(), "esco", false).stream().limit(3).anyMatch(pair.esco()::equals) ? 1 : 0;
			}
			return "- ESCO -> O*NET top-1: " + QualityReport.share(top1, pairs.size()) + "; top-1 strict: "
					+ QualityReport.share(strict, pairs.size()) + "; top-3: " + QualityReport.share(top3, pairs.size())
					+ "\n- O*NET -> ESCO, ESCO occupation among the first 3: " + QualityReport.share(back, pairs.size())
					+ (absent == 0 ? "" : "\n- ESCO occupations of the set not in the graph (counted as misses): " + absent)
					+ (misses.isEmpty() ? "" : "\n- first misses at top-3: " + String.join("; ", misses));
		}));
		for (String framework : List.of("onet", "esco")) {
			this.report.line("- Seed -> " + framework + ", ICT share of the first 3: " + this.report.figure(() -> {
				long ictCount = 0;
				long all = 0;
				for (Job seed : seedJobs) {
					for (String id : closest(seed.id(), framework, false).stream().limit(3).toList()) {
						all++;
						ictCount += ict.test(id) ? 1 : 0;
					}
				}
				return QualityReport.share(ictCount, all);
			}));
		}
	}

	/** The closest occupations of a job in a framework, best first: their O*NET-SOC codes or their ids. */
	private List<String> closest(String id, String framework, boolean codes) {
		JsonNode matches = this.api.query(CLOSEST, Map.of("id", id, "framework", framework)).path("job")
			.path("closestOccupations");
		List<String> answers = new ArrayList<>();
		matches.forEach(match -> answers.add(match.path("occupation").path(codes ? "code" : "id").asString()));
		return answers;
	}

	void capabilityLinks() {
		Set<String> seeds = this.sets.seedCapabilities();
		this.report.section("Capability links", "For the " + seeds.size() + " seed capabilities of "
				+ "seed-capability-links.yaml: `capability(id) { links(framework) { capability { id } type } }`. "
				+ "Coverage = capabilities with at least one link into the framework (target 0.90 over both); SAME_AS "
				+ "precision = SAME_AS links whose target the set lists as `sameAs`; all-links precision = links (SAME_AS "
				+ "or CLOSE_MATCH) whose target is `sameAs` or `close` (target 0.90); recall = capabilities with an "
				+ "acceptable link / capabilities the set gives an acceptable concept.");
		String source = "links";
		try {
			this.api.query(LINKS, Map.of("id", seeds.iterator().next(), "framework", "onet"));
		}
		catch (QualityApi.Unavailable ex) {
			source = "sameAs";
			this.report.line("`links` not available (" + ex.getMessage() + "): measured on `sameAs`, all taken as SAME_AS.");
			this.report.line("");
		}
		String read = source;
		this.report.line("| framework | coverage | SAME_AS precision | all-links precision | recall | SAME_AS recall |");
		this.report.line("|---|---|---|---|---|---|");
		Set<String> linkedAnywhere = new HashSet<>();
		for (String framework : List.of("onet", "esco")) {
			this.report.line(this.report.figure(() -> linkRow(seeds, framework, read, linkedAnywhere)));
		}
		this.report.line("");
		this.report.line("- Linked to at least one framework: " + QualityReport.share(linkedAnywhere.size(), seeds.size()));
	}

	private String linkRow(Set<String> seeds, String framework, String source, Set<String> linkedAnywhere) {
		int linked = 0;
		int sameAsLinks = 0;
		int sameAsRight = 0;
		int links = 0;
		int linksRight = 0;
		int findable = 0;
		int found = 0;
		int sameAsFindable = 0;
		int sameAsFound = 0;
		for (String seed : seeds) {
			Links expected = this.sets.capabilityLinks().get(seed + ":" + framework);
			List<String[]> answers = links(seed, framework, source);
			linked += answers.isEmpty() ? 0 : 1;
			if (!answers.isEmpty()) {
				linkedAnywhere.add(seed);
			}
			boolean anyRight = false;
			boolean anySameAs = false;
			for (String[] link : answers) {
				links++;
				linksRight += expected.acceptable(link[0]) ? 1 : 0;
				anyRight |= expected.acceptable(link[0]);
				anySameAs |= expected.sameAs().contains(link[0]);
				if (link[1].equals("SAME_AS")) {
					sameAsLinks++;
					sameAsRight += expected.sameAs().contains(link[0]) ? 1 : 0;
				}
			}
			findable += expected.none() ? 0 : 1;
			found += anyRight ? 1 : 0;
			sameAsFindable += expected.sameAs().isEmpty() ? 0 : 1;
			sameAsFound += anySameAs ? 1 : 0;
		}
		return "| " + framework + " | " + QualityReport.share(linked, seeds.size()) + " | "
				+ QualityReport.share(sameAsRight, sameAsLinks) + " | " + QualityReport.share(linksRight, links) + " | "
				+ QualityReport.share(found, findable) + " | " + QualityReport.share(sameAsFound, sameAsFindable) + " |";
	}

	/** A seed capability's links into a framework as {target id, type}. */
	private List<String[]> links(String seed, String framework, String source) {
		List<String[]> links = new ArrayList<>();
		if (source.equals("links")) {
			this.api.query(LINKS, Map.of("id", seed, "framework", framework)).path("capability").path("links")
				.forEach(link -> links.add(new String[] { link.path("capability").path("id").asString(),
						link.path("type").asString() }));
		}
		else {
			for (JsonNode link : this.api.query(SAME_AS, Map.of("id", seed)).path("capability").path("sameAs")) {
				if (framework.equals(QualityApi.text(link.path("framework")))) {
					links.add(new String[] { link.path("capability").path("id").asString(), "SAME_AS" });
				}
			}
		}
		return links;
	}

	void textToConcept() {
		List<TextQuery> queries = this.sets.textQueries();
		this.report.section("Text to concept", "`matchConcepts(text, target: CAPABILITY, first: 5)` on the " + queries.size()
				+ " phrases of text-to-concept.yaml: hit when an expected seed capability, or a concept the links set lists "
				+ "as `sameAs` it, is the first answer (hit@1) or among the first five (hit@5).");
		this.report.line(this.report.figure(() -> {
			int hit1 = 0;
			int hit5 = 0;
			List<String> misses = new ArrayList<>();
			for (TextQuery query : queries) {
				Set<String> expected = new HashSet<>(query.expected());
				for (String id : query.expected()) {
					for (String framework : List.of("onet", "esco")) {
						Links links = this.sets.capabilityLinks().get(id + ":" + framework);
						if (links != null) {
							expected.addAll(links.sameAs());
						}
					}
				}
				List<String> answers = new ArrayList<>();
				this.api.query(MATCH, Map.of("text", query.text())).path("matchConcepts")
					.forEach(match -> answers.add(QualityApi.text(match.path("capability").path("id"))));
				hit1 += !answers.isEmpty() && expected.contains(answers.getFirst()) ? 1 : 0;
				boolean any = answers.stream().anyMatch(expected::contains);
				hit5 += any ? 1 : 0;
				if (!any && misses.size() < 8) {
					misses.add("\"" + query.text() + "\" -> " + answers.stream().limit(3).toList());
				}
			}
			return "- hit@1: " + QualityReport.share(hit1, queries.size()) + "; hit@5: "
					+ QualityReport.share(hit5, queries.size())
					+ (misses.isEmpty() ? "" : "\n- misses: " + String.join("; ", misses));
		}));
	}

}
