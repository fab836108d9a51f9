package org.competencygraph.path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/** The settings of {@code analysis/paths.yaml}: viability, fan-out, the effort model, the reachable threshold. */
record PathSettings(Viable viable, int candidates, int pathFanOut, int pathMiddle, Effort effort,
		double reachableReadiness, int learnRows) {

	static final String FILE = "analysis/paths.yaml";

	PathSettings {
		if (candidates < 1 || pathFanOut < 1 || pathMiddle < 0 || learnRows < 0) {
			throw new IllegalArgumentException(FILE + ": candidates and pathFanOut must be at least 1");
		}
		if (effort.stepCost() <= 0) {
			throw new IllegalArgumentException(FILE + ": effort.stepCost must be above 0");
		}
	}

	/**
	 * @param threshold a fixed threshold, null to calibrate it
	 * @param deviations threshold = mean - deviations x standard deviation within groups
	 */
	record Viable(@Nullable Double threshold, double deviations, int maxGroupMembers, double fallbackThreshold,
			int maxLevelUp, double profileReadiness) {
	}

	record Effort(double defaultLevelSteps, double desirableFactor, double hoursPerLevelStep, double stepCost) {
	}

	static PathSettings load() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, PathSettings.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + FILE, ex);
		}
	}

}
