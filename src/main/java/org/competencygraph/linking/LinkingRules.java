package org.competencygraph.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/** The weights and word lists of frameworks/linking.yaml. */
record LinkingRules(SameAsRules sameAs, ClosestOccupationRules closestOccupation, TextRules text) {

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

	record SameAsRules(Confidence exactName, Confidence alias, int minimumAliasLength) {
	}

	record Weights(double title, double aliases, double family, double summary, double essentialRequirements,
			double desirableRequirements) {
	}

	record ClosestOccupationRules(Weights occupation, Weights job, double capabilityOverlap) {
	}

	record TextRules(int stemLength, Map<String, String> synonyms, List<String> stopwords) {
	}

}
