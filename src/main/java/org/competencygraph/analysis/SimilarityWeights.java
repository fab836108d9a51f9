package org.competencygraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.competencygraph.capability.CapabilityKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The weights of the BLENDED similarity metric and the credit factor of CLOSE_MATCH links, read from the data file
 * {@code analysis/similarity.yaml} (which says why each value is what it is).
 *
 * @param blend the weights of the parts of BLENDED
 * @param domains weight per source domain ({@code onet/skills}, {@code esco/skill}, {@code own/ability}, ...), and
 * {@code default} for any other
 * @param closeMatch the credit of a CLOSE_MATCH link: factor x the link's score
 * @param centring per source domain, the share (0-1) of a concept's mean value over the jobs rated in that domain
 * that is taken off each job's value before the domain is scaled to unit length (0, nothing, for domains not
 * listed): a rating counts by how far it is above what every job of the framework gets; and for the title and duty
 * embeddings ({@code text/title}, {@code text/duties}) the share of the mean vector over all jobs taken off each
 * @param centringMinJobs the fewest embedded jobs for which the text embeddings are centred (a mean over a
 * handful of jobs is no estimate of what all job texts share)
 */
public record SimilarityWeights(Blend blend, Map<String, Double> domains, CloseMatch closeMatch,
		Map<String, Double> centring, int centringMinJobs) {

	static final String FILE = "analysis/similarity.yaml";

	private static final String OWN = "own";

	public SimilarityWeights {
		domains = Map.copyOf(domains);
		centring = Map.copyOf(centring);
		if (centring.values().stream().anyMatch(c -> c == null || c < 0 || c > 1)) {
			throw new IllegalArgumentException(FILE + ": centring shares must be from 0 to 1");
		}
		if (blend.profile() < 0 || blend.duties() < 0 || blend.title() < 0 || blend.crosswalk() < 0
				|| blend.crosswalkOccupations() < 0 || blend.activities() < 0 || blend.interests() < 0
				|| blend.profile() + blend.duties() + blend.title() <= 0) {
			throw new IllegalArgumentException(FILE + ": blend weights must be at least 0, and not all 0");
		}
		if (domains.values().stream().anyMatch(w -> w == null || w < 0)) {
			throw new IllegalArgumentException(FILE + ": domain weights must be at least 0");
		}
		if (closeMatch.factor() < 0 || closeMatch.factor() > 1) {
			throw new IllegalArgumentException(FILE + ": closeMatch.factor must be from 0 to 1");
		}
	}

	/**
	 * The parts of BLENDED: requirement profile, duties and title; crosswalk, the mean three-part blend of the
	 * target's first {@code crosswalkOccupations} closest occupations in the other job's framework with the other job;
	 * and for two jobs that both have them (O*NET occupations), activities (their detailed work activities) and
	 * interests (their RIASEC profiles).
	 */
	public record Blend(double profile, double duties, double title, double crosswalk, int crosswalkOccupations,
			double activities, double interests) {

		/** Without the parts of jobs with work activities and interests. */
		public Blend(double profile, double duties, double title, double crosswalk, int crosswalkOccupations) {
			this(profile, duties, title, crosswalk, crosswalkOccupations, 0, 0);
		}

	}

	/** @param factor credit of a CLOSE_MATCH link = factor x the link's score */
	public record CloseMatch(double factor) {
	}

	/** The weights as the data file gives them. */
	public static SimilarityWeights load() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, SimilarityWeights.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

	/** Weights without centring. */
	public SimilarityWeights(Blend blend, Map<String, Double> domains, CloseMatch closeMatch) {
		this(blend, domains, closeMatch, Map.of(), 0);
	}

	/** The share of a concept's mean taken off the values of a domain: 0 for domains the file does not list. */
	public double centring(String domain) {
		return this.centring.getOrDefault(domain, 0.0);
	}

	/** The weight of a domain, the {@code default} one for domains the file does not list. */
	public double domainWeight(String domain) {
		Double weight = this.domains.get(domain);
		return weight != null ? weight : this.domains.getOrDefault("default", 1.0);
	}

	/** The credit of a CLOSE_MATCH link with this score (0-1). */
	public double closeMatchCredit(double score) {
		return this.closeMatch.factor() * Math.max(0, Math.min(1, score));
	}

	/**
	 * The source domain of a capability, {@code <framework>/<domain>}: for O*NET its {@code onetDomain} (skills,
	 * knowledge, work-styles), technology for technology examples, education for qualifications; for ESCO and the
	 * project's own capabilities (framework "", named {@code own}) its kind.
	 */
	public static String domainOf(String framework, CapabilityKind kind, @Nullable String onetDomain,
			boolean technology) {
		String source = framework.isEmpty() ? OWN : framework;
		if ("onet".equals(framework)) {
			if (technology) {
				return "onet/technology";
			}
			if (kind == CapabilityKind.QUALIFICATION) {
				return "onet/education";
			}
			if (onetDomain != null && !onetDomain.isBlank()) {
				return "onet/" + slug(onetDomain);
			}
		}
		return source + "/" + slug(kind.label());
	}

	/** "Work Styles" -> work-styles, "KnowledgeArea" -> knowledge-area. */
	static String slug(String name) {
		return name.strip()
			.replaceAll("([a-z])([A-Z])", "$1-$2")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.toLowerCase(Locale.ROOT);
	}

}
