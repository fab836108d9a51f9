package org.competencygraph.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * How skill names in words are matched to capabilities ({@link SkillMatcher}), from a data file: the learning
 * import's {@code learning/matching.yaml}, the extraction's {@code extraction/matching.yaml}.
 *
 * @param threshold the least ConceptMatcher score (0-1) a match by meaning needs
 * @param margin how much the best candidate must score above the second, else the words are ambiguous
 * @param candidates how many candidates the error of an unmatched skill lists
 * @param frameworkFallback whether framework capabilities are tried when no own capability is close enough
 * @param frameworkThreshold the least score a match by meaning to a framework capability needs
 */
public record MatchingSettings(double threshold, double margin, int candidates, boolean frameworkFallback,
		double frameworkThreshold) {

	public static MatchingSettings load(String location) {
		try (InputStream in = new ClassPathResource(location).getInputStream()) {
			MatchingSettings settings = YAMLMapper.builder().build().readValue(in, MatchingSettings.class);
			if (settings.threshold() <= 0 || settings.threshold() > 1 || settings.margin() < 0
					|| settings.candidates() < 1 || settings.frameworkThreshold() <= 0 || settings.frameworkThreshold() > 1) {
				throw new IllegalStateException(location + ": threshold and frameworkThreshold must be in (0, 1], "
						+ "margin at least 0, candidates at least 1");
			}
			return settings;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}

}
