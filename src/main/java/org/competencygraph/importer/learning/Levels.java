package org.competencygraph.importer.learning;

import org.competencygraph.importer.ProficiencyScale;
import org.jspecify.annotations.Nullable;

/** Levels as catalogues write them: a whole number 0-7, or a word of the proficiency scale ("working"). */
final class Levels {

	private Levels() {
	}

	/** The level of a number or word; null when it is neither (the caller reports it). */
	static @Nullable Integer parse(String text, ProficiencyScale scale) {
		String value = text.strip();
		if (value.matches("\\d{1,2}")) {
			int level = Integer.parseInt(value);
			return (level >= ProficiencyScale.MIN_LEVEL && level <= ProficiencyScale.MAX_LEVEL) ? level : null;
		}
		return scale.levelOfWord(value);
	}

	static String expected(ProficiencyScale scale) {
		return "a level from 0 to 7 or one of the scale's words " + scale.words();
	}

}
