package org.competencygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The project's one proficiency scale (0-7), its level words, and how source scales map onto it, read from the
 * data file {@code scales/proficiency.yaml}.
 */
public final class ProficiencyScale {

	public static final double MIN_LEVEL = 0;

	public static final double MAX_LEVEL = 7;

	private final Definition definition;

	private ProficiencyScale(Definition definition) {
		this.definition = definition;
	}

	public static ProficiencyScale load() {
		try (InputStream in = new ClassPathResource("scales/proficiency.yaml").getInputStream()) {
			var mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
			return new ProficiencyScale(mapper.readValue(in, Definition.class));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read scales/proficiency.yaml", ex);
		}
	}

	/** The level (0-7) a descriptive word stands for, or null when the word is not on the scale. */
	public @Nullable Integer levelOfWord(String word) {
		return this.definition.words().get(word.strip().toLowerCase(Locale.ROOT));
	}

	public List<String> words() {
		return List.copyOf(new TreeMap<>(this.definition.words()).keySet());
	}

	/** Maps a value on a named source scale (e.g. {@code onet-level}) linearly onto the project's scale. */
	public double fromSource(String scale, double value) {
		SourceScale source = this.definition.sources().get(scale);
		if (source == null) {
			throw new IllegalArgumentException("No source scale named " + scale + " in scales/proficiency.yaml");
		}
		double fraction = (value - source.from().get(0)) / (source.from().get(1) - source.from().get(0));
		return source.to().get(0) + fraction * (source.to().get(1) - source.to().get(0));
	}

	public double defaultImportance(String priority) {
		return this.definition.defaultImportance().getOrDefault(priority, 0.5);
	}

	public List<Level> levels() {
		return this.definition.levels();
	}

	public record Level(int level, String name, String description) {
	}

	record SourceScale(String kind, List<Double> from, List<Double> to) {
	}

	record Definition(List<Level> levels, Map<String, Integer> words, Map<String, SourceScale> sources,
			Map<String, Double> defaultImportance) {
	}

}
