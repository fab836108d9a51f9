package org.competencygraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.competencygraph.background.JobProgress;
import org.competencygraph.database.Sessions;
import org.competencygraph.importer.FrameworkImports;
import org.competencygraph.linking.CapabilityMatcher.Concept;
import org.competencygraph.linking.CapabilityMatcher.Link;
import org.competencygraph.linking.CapabilityMatcher.LinkType;
import org.competencygraph.linking.LinkReport.FrameworkLinks;
import org.competencygraph.linking.LinkReport.MethodCount;
import org.competencygraph.linking.LinkingGraph.DutyVector;
import org.competencygraph.linking.OccupationCrosswalk.Match;
import org.competencygraph.linking.OccupationCrosswalk.Profile;
import org.competencygraph.semantic.Embeddings;
import org.competencygraph.semantic.TextEmbedder;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Links the vocabularies of the graph: the project's own capabilities (seed and users') to the concepts of every
 * imported framework that mean the same or nearly the same, O*NET's skills, knowledge and work styles to ESCO's,
 * and every job to its closest occupations in each other framework (the crosswalk). Each run first brings the
 * stored vectors up to date, then replaces what the previous run proposed; what an admin confirmed or rejected
 * stays as reviewed. The same graph gives the same links.
 */
@Service
public class FrameworkLinker {

	private static final Logger logger = LoggerFactory.getLogger(FrameworkLinker.class);

	private final Sessions sessions;

	private final FrameworkImports imports;

	private final Embeddings embeddings;

	private final TextEmbedder embedder;

	private final LinkingRules rules = LinkingRules.load();

	public FrameworkLinker(Sessions sessions, FrameworkImports imports, Embeddings embeddings, TextEmbedder embedder) {
		this.sessions = sessions;
		this.imports = imports;
		this.embeddings = embeddings;
		this.embedder = embedder;
	}

	public LinkReport link(int occupationsPerFramework) {
		return link(occupationsPerFramework, JobProgress.NONE);
	}

	/** Links every vocabulary to every other, telling {@code progress} which step it is in. */
	public LinkReport link(int occupationsPerFramework, JobProgress progress) {
		if (occupationsPerFramework < 1 || occupationsPerFramework > 20) {
			throw new IllegalArgumentException("occupationsPerFramework must be from 1 to 20, was "
					+ occupationsPerFramework);
		}
		long started = System.nanoTime();
		this.embeddings.refresh(progress);
		try (Session session = this.sessions.open()) {
			LinkingGraph graph = new LinkingGraph(session);
			List<String> frameworks = graph.frameworks();
			progress.stage("reading capabilities and their vectors", 0);
			List<Concept> concepts = graph.concepts();
			Set<String> technologies = graph.technologies();
			List<Concept> own = concepts.stream().filter(c -> c.framework() == null).toList();
			List<Concept> onetCore = concepts.stream()
				.filter(c -> "onet".equals(c.framework()) && !technologies.contains(c.id())
						&& !c.kind().equals("Qualification"))
				.toList();
			progress.stage("matching capabilities across vocabularies", 2);
			long matching = System.nanoTime();
			LabelMeanings meanings = new LabelMeanings(this.embedder::embedAll);
			CapabilityMatcher matcher = new CapabilityMatcher(this.rules.sameAs(), meanings);
			Set<String> reviewed = graph.reviewedPairs();
			// Read once: the requirement context compares them as read, the crosswalk centred.
			List<Profile> profiles = graph.profiles(concepts, this.rules.crosswalk());
			RequirementContext context = context(profiles);
			CapabilityUsage usage = new CapabilityUsage(graph.usages(), meanings);
			ConceptHierarchy hierarchy = graph.hierarchy();
			List<Link> links = new ArrayList<>(matcher.match(own,
					concepts.stream().filter(c -> c.framework() != null).toList(), reviewed, context, usage, hierarchy));
			progress.advance(1);
			links.addAll(matcher.match(onetCore, concepts.stream().filter(c -> "esco".equals(c.framework())).toList(),
					reviewed, RequirementContext.NONE, CapabilityUsage.NONE, hierarchy));
			progress.advance(1);
			logger.info("Capabilities matched in {} s ({} labels embedded for the comparison by meaning)",
					Math.round((System.nanoTime() - matching) / 1e8) / 10.0, meanings.computed());
			// Links change which capabilities the analysis counts as one.
			this.imports.changing("linking of the frameworks", () -> {
				LinkWrites.capabilityLinks(session, links);
				return null;
			});
			progress.stage("reading jobs and what they do", 0);
			List<Match> matches = crosswalk(graph, this.rules,
					CrosswalkCentring.centred(profiles, this.rules.crosswalk().centring()), frameworks,
					occupationsPerFramework, progress);
			this.imports.changing("crosswalk of the occupations", () -> {
				LinkWrites.closestOccupations(session, matches);
				return null;
			});
			LinkReport report = new LinkReport(own.size(), (int) matches.stream().map(Match::jobId).distinct().count(),
					frameworks.stream().map(f -> summary(f, own, links, matches)).toList(),
					Math.round((System.nanoTime() - started) / 1e8) / 10.0);
			logger.info("Linking finished in {} s: {} capability links and {} CLOSEST_OCCUPATION relationships written",
					report.seconds(), links.size(), matches.size());
			return report;
		}
	}

	/**
	 * The requirements of the occupations closest to each own job, by a crosswalk without the capability links (the
	 * links are what this context helps to make) on the profiles as read, not centred: the context keeps the
	 * crosswalk it was tuned with (centred, it linked 62 seed capabilities at 0.80 correct instead of 65 at 0.81-0.82),
	 * and so without the domain part, which came after.
	 */
	private RequirementContext context(List<Profile> profiles) {
		return RequirementContext.of(profiles, new OccupationCrosswalk(this.rules.crosswalk().withoutDomain(), Map.of()),
				this.rules.sameAs().context());
	}

	/** Every job's closest occupations in every framework but its own (package-private for CrosswalkTuning). */
	static List<Match> crosswalk(LinkingGraph graph, LinkingRules rules, List<Profile> profiles,
			List<String> frameworks, int count, JobProgress progress) {
		OccupationCrosswalk crosswalk = new OccupationCrosswalk(rules.crosswalk(), graph.links());
		LinkingRules.BridgeRules bridge = rules.crosswalk().bridge();
		Map<String, String> titles = new HashMap<>();
		profiles.forEach(p -> titles.put(p.id(), p.title()));
		List<Profile> own = profiles.stream().filter(p -> p.framework().equals("none")).toList();
		Set<String> ownIds = new HashSet<>();
		own.forEach(p -> ownIds.add(p.id()));
		// First every job by the direct parts; then the own jobs again with the bridge through the other frameworks,
		// built from those direct matches (about 2 x the own jobs' share of the first pass).
		Map<String, List<Match>> direct = new HashMap<>();
		Map<String, OccupationCrosswalk.DutyEvidence> evidence = new HashMap<>();
		frameworks.forEach(f -> evidence.put(f, evidence(graph, f)));
		progress.stage("ranking the closest occupations of " + profiles.size() + " jobs", 2 * frameworks.size());
		for (String framework : frameworks) {
			List<Profile> occupations = profiles.stream().filter(p -> p.framework().equals(framework)).toList();
			List<Profile> others = profiles.stream().filter(p -> !p.framework().equals(framework)).toList();
			direct.put(framework, crosswalk.rank(others, occupations, count, evidence.get(framework)));
			progress.advance(1);
		}
		List<Match> matches = new ArrayList<>();
		for (String framework : frameworks) {
			Map<String, Map<String, OccupationCrosswalk.Bridge>> bridges = new HashMap<>();
			for (String via : frameworks) {
				if (!via.equals(framework) && bridge.leadsInto(framework)) {
					List<Match> ownToVia = direct.get(via).stream()
						.filter(m -> ownIds.contains(m.jobId())).toList();
					List<Match> viaToTarget = direct.get(framework).stream()
						.filter(m -> m.jobId().startsWith(via + ":")).toList();
					bridges = CrosswalkBridge.merged(bridges,
							CrosswalkBridge.of(ownToVia, viaToTarget, bridge.occupations(), titles));
				}
			}
			if (bridges.isEmpty()) {
				matches.addAll(direct.get(framework));
			}
			else {
				Set<String> bridged = bridges.keySet();
				direct.get(framework).stream().filter(m -> !bridged.contains(m.jobId())).forEach(matches::add);
				List<Profile> occupations = profiles.stream().filter(p -> p.framework().equals(framework)).toList();
				matches.addAll(crosswalk.rank(own.stream().filter(p -> bridged.contains(p.id())).toList(),
						occupations, count, evidence.get(framework), bridges));
			}
			progress.advance(1);
		}
		return matches;
	}

	private static OccupationCrosswalk.DutyEvidence evidence(LinkingGraph graph, String framework) {
		Map<String, List<DutyVector>> duties = graph.duties(framework);
		return (occupation, vector) -> closest(duties.getOrDefault(occupation, List.of()), vector);
	}

	private static String closest(List<DutyVector> duties, float[] vector) {
		DutyVector best = duties.stream()
			.max(Comparator.comparingDouble(d -> TextEmbedder.cosine(d.vector(), vector)))
			.orElse(null);
		if (best == null) {
			return null;
		}
		String text = best.text().length() <= 160 ? best.text() : best.text().substring(0, 157) + "...";
		return String.format(Locale.ROOT, "'%s' (%.2f)", text, TextEmbedder.cosine(best.vector(), vector));
	}

	private static FrameworkLinks summary(String framework, List<Concept> own, List<Link> links, List<Match> matches) {
		List<Link> into = links.stream().filter(l -> l.framework().equals(framework)).toList();
		Map<String, Integer> byMethod = new TreeMap<>();
		into.stream().filter(l -> l.type() == LinkType.SAME_AS).forEach(l -> byMethod.merge(l.method(), 1, Integer::sum));
		Set<String> ownIds = new TreeSet<>();
		own.forEach(c -> ownIds.add(c.id()));
		Set<String> linkedTargets = new TreeSet<>();
		into.forEach(l -> linkedTargets.add(l.to()));
		Set<String> unmatched = new TreeSet<>();
		own.forEach(c -> c.externalIds().stream()
			.filter(id -> id.startsWith(framework + ":") && !linkedTargets.contains(id))
			.forEach(unmatched::add));
		List<Match> inFramework = matches.stream().filter(m -> m.framework().equals(framework)).toList();
		return new FrameworkLinks(framework,
				byMethod.entrySet().stream().map(e -> new MethodCount(e.getKey(), e.getValue())).toList(),
				(int) into.stream().filter(l -> l.type() == LinkType.CLOSE_MATCH).count(),
				(int) into.stream().filter(l -> ownIds.contains(l.from())).map(Link::from).distinct().count(),
				List.copyOf(unmatched), inFramework.size(),
				(int) inFramework.stream().map(Match::jobId).distinct().count());
	}

}
