package org.competencygraph.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/** The thresholds and weights of frameworks/linking.yaml. */
record LinkingRules(SameAsRules sameAs, CrosswalkRules crosswalk) {

	static LinkingRules load() {
		try (InputStream in = new ClassPathResource("frameworks/linking.yaml").getInputStream()) {
			return YAMLMapper.builder()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, LinkingRules.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read frameworks/linking.yaml", ex);
		}
	}

	record Confidence(double sameKind, double otherKind) {

		double of(boolean sameKind) {
			return sameKind ? this.sameKind : this.otherKind;
		}

	}

	/**
	 * @param aliasDescription least cosine of the descriptions for a link by a shared alias, where both have one: an
	 * alternative label spelled alike can name another sense ("coordination" of goods, an ESCO label of logistics)
	 * @param sameAsScore the least score of a SAME_AS found by an alias or by meaning
	 * @param closeMatch the least score of any link
	 * @param closeMatchesPerFramework CLOSE_MATCH links per capability and framework, at most
	 * @param candidates nearest neighbours by meaning considered per capability and framework
	 * @param usage how the sentences requiring a capability make or stop a link by meaning
	 * @param broader how a concept broader than several of the closest candidates is compared and linked
	 */
	record SameAsRules(Confidence exactName, Confidence alias, double aliasDescription, int minimumAliasLength,
			double sameAsScore, double closeMatch, int closeMatchesPerFramework, int candidates, MeaningRules meaning,
			ContextRules context, UsageRules usage, BroaderRules broader) {
	}

	/**
	 * When a framework concept broader than several of a capability's closest candidates ({@link ConceptHierarchy})
	 * is compared and makes a link.
	 *
	 * @param closest the candidates, best score first, whose broader concepts are counted
	 * @param narrower least number of those a concept must be broader than (one step) to be compared and to link on
	 * a weaker meaning
	 * @param label least cosine of the best label pair for such a link
	 * @param description least cosine of the descriptions for such a link, where both have one
	 * @param closeMatch least score of such a link
	 */
	record BroaderRules(int closest, int narrower, double label, double description, double closeMatch) {
	}

	/**
	 * When the sentences of the job descriptions that require a capability ({@link CapabilityUsage}) make or stop a
	 * link by meaning.
	 *
	 * @param fit least cosine of a usage sentence with a label (or the name and description) of the concept they fit
	 * best, for that concept to link on a weaker meaning (the context's {@code label}, {@code description} and
	 * {@code closeMatch})
	 * @param gap a link by meaning whose fit is more than this below the best fit among the capability's links in
	 * the framework is dropped
	 */
	record UsageRules(double fit, double gap) {
	}

	/**
	 * When the meaning of labels and descriptions alone makes a link.
	 *
	 * @param labelWeight weight of the best label pair's cosine in the score; the descriptions' cosine has the rest
	 * @param otherKind taken off the score of a target of another kind (a skill for a knowledge area)
	 * @param sameAsLabel least cosine of the best label pair for SAME_AS
	 * @param sameAsMargin least lead of that cosine over the next target's best label pair
	 * @param sameAsDescription least cosine of the descriptions for SAME_AS, where both have one
	 * @param closeMatchLabel least cosine of the best label pair for any link
	 * @param closeMatchDescription least cosine of the descriptions for any link, where both have one
	 */
	record MeaningRules(double labelWeight, double otherKind, double sameAsLabel, double sameAsMargin,
			double sameAsDescription, double closeMatchLabel, double closeMatchDescription) {
	}

	/**
	 * When the requirements of the closest occupations ({@link RequirementContext}) make or stop a link by meaning.
	 *
	 * @param occupations closest occupations per job and framework that make a capability's context
	 * @param important least weight (importance 0-1, or 1 essential / 0.5 optional) of a requirement of those
	 * occupations for it to be compared as a candidate
	 * @param support per framework, the least support (the mean weight with which the context occupations require a
	 * target) that lets a weaker meaning link; a framework not named gets no such link
	 * @param label least cosine of the best label pair for a link the context supports
	 * @param description least cosine of the descriptions for a link the context supports
	 * @param closeMatch least score of a link the context supports
	 * @param veto frameworks where a link by meaning alone to a target no context occupation requires is dropped
	 * (where the capability has a context in that framework)
	 * @param besideSameAs frameworks where a CLOSE_MATCH by meaning beside a SAME_AS of the same capability is dropped
	 * when no context occupation requires its target: the second link must be work the jobs call for
	 */
	record ContextRules(int occupations, double important, java.util.Map<String, Double> support, double label, double description,
			double closeMatch, java.util.Set<String> veto, java.util.Set<String> besideSameAs) {
	}

	/**
	 * @param title weight of the title part
	 * @param duties weight of the duties part
	 * @param capabilities weight of the requirements part
	 * @param sharedTitle the title part of occupations sharing a title or alias
	 * @param shortlist occupations per job scored on links too, before the final ranking
	 * @param seniorityWords words of titles that say only seniority, left out when titles are compared as words
	 * @param centring the share of the mean vector taken off each job's title, duty and requirement vectors
	 * @param bridge the bridge part of own jobs' matches
	 * @param domain the domain part: what the work is about, by the requirements specific to it
	 */
	record CrosswalkRules(double title, double duties, double capabilities, double sharedTitle, int shortlist,
			java.util.Set<String> seniorityWords, Centring centring, BridgeRules bridge, DomainRules domain) {

		/** These rules without the domain part (for the requirement context, tuned before it existed). */
		CrosswalkRules withoutDomain() {
			return new CrosswalkRules(this.title, this.duties, this.capabilities, this.sharedTitle, this.shortlist,
					this.seniorityWords, this.centring, this.bridge,
					new DomainRules(0, this.domain.similar(), this.domain.neighbours(), this.domain.sharpness(), this.domain.terms(),
							this.domain.ownJobsOnly(), this.domain.across(), this.domain.into(), this.domain.sources(),
							this.domain.aboveMean()));
		}

	}

	/**
	 * @param weight weight of the domain part beside the title, duties and capabilities weights (0: no domain part)
	 * @param similar least label cosine of a framework capability that reads as the same as an own one, for the
	 * specificity of the own one ({@link CapabilitySpecificity})
	 * @param neighbours the nearest framework capabilities read instead where none reads as the same
	 * @param sharpness the power the specificity (0-1) is raised to as a requirement's weight in the domain vector
	 * @param terms the heaviest requirements of each job named in the evidence
	 * @param ownJobsOnly whether only the project's own jobs get the part (not the occupations of one framework
	 * placed in another)
	 * @param across how an own capability's specificities in the frameworks make one: {@code min} or {@code mean}
	 * @param into the frameworks whose occupations get the part
	 * @param sources per framework ({@code none}: the project's own jobs), the weight of each source domain of a
	 * requirement (technology, O*NET's onetDomain, else the capability's kind) in its jobs' domain vectors, each
	 * domain's sum scaled to unit length first so that it counts by its weight, not by how many requirements it lists
	 * ({@link DomainVector}); a domain not listed weighs 1, a framework not listed is summed in one
	 * @param aboveMean the source domains whose requirements weigh by how far their importance is above the concept's
	 * mean over its framework's occupations, not by specificity (O*NET's rated domains)
	 */
	record DomainRules(double weight, double similar, int neighbours, double sharpness, int terms,
			boolean ownJobsOnly, String across, List<String> into,
			Map<String, Map<String, Double>> sources, Set<String> aboveMean) {
	}

	/**
	 * @param weight weight of the bridge part beside the title, duties and capabilities weights (0: no bridge)
	 * @param occupations the closest occupations followed at each step
	 * @param into the frameworks whose closest occupations the bridge adds to (it leads from the others)
	 */
	record BridgeRules(double weight, int occupations, List<String> into) {

		/** Whether the own jobs' closest occupations in {@code framework} get the bridge part. */
		boolean leadsInto(String framework) {
			return this.weight > 0 && this.into.contains(framework);
		}

	}

	/**
	 * @param title share (0-1) of the mean title vector over all jobs taken off each title's
	 * @param duties the same for the duty vectors
	 * @param requirements the same for the requirement vectors
	 * @param domain the same for the domain vectors
	 * @param minJobs the fewest jobs with a vector of a kind for which it is centred
	 */
	record Centring(double title, double duties, double requirements, double domain, int minJobs) {
	}

}
