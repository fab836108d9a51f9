package org.competencygraph.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
	 * @param sameAsScore the least score of a SAME_AS found by an alias or by meaning
	 * @param closeMatch the least score of any link
	 * @param closeMatchesPerFramework CLOSE_MATCH links per capability and framework, at most
	 * @param candidates nearest neighbours by meaning considered per capability and framework
	 */
	record SameAsRules(Confidence exactName, Confidence alias, int minimumAliasLength, double sameAsScore,
			double closeMatch, int closeMatchesPerFramework, int candidates) {
	}

	/**
	 * @param title weight of the title part
	 * @param duties weight of the duties part
	 * @param capabilities weight of the requirements part
	 * @param sharedTitle the title part of occupations sharing a title or alias
	 * @param shortlist occupations per job scored on links too, before the final ranking
	 * @param seniorityWords words of titles that say only seniority, left out when titles are compared as words
	 */
	record CrosswalkRules(double title, double duties, double capabilities, double sharedTitle, int shortlist,
			java.util.Set<String> seniorityWords) {
	}

}
