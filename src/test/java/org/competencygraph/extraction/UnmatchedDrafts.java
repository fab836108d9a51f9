package org.competencygraph.extraction;

import java.util.List;

import org.competencygraph.extraction.DraftProfile.Job;
import org.competencygraph.importer.ProficiencyScale;
import org.competencygraph.semantic.SkillMatcher.Resolution;

/**
 * Drafts built without a graph: every phrase is left unmatched, so that a test sees what the layout rules make of a
 * text (its jobs, titles, sections, priorities and what is left out) and nothing of the matching.
 */
final class UnmatchedDrafts {

	static final ExtractionRules RULES = ExtractionRules.load();

	private static final Cues CUES = new Cues(RULES, ProficiencyScale.load());

	private UnmatchedDrafts() {
	}

	static DraftProfile draft(String fileName, Outline outline) {
		return new DraftBuilder(RULES, CUES, phrase -> new Resolution(null, List.of(), false), 0.66, id -> false)
			.build(fileName, outline);
	}

	static DraftProfile draft(String fileName, String text) {
		return draft(fileName, Outline.of(text, RULES));
	}

	static Job firstJob(String fileName, String text) {
		return draft(fileName, text).jobs().getFirst();
	}

	/** The text's passages as the outline reads them: its sentences with their sections, kinds and priorities. */
	static List<Passage> passages(String text) {
		return Outline.of(text, RULES).passages;
	}

	/** The first of the text's passages that starts with these words. */
	static Passage passage(String text, String start) {
		return passages(text).stream().filter(p -> p.text().startsWith(start)).findFirst().orElseThrow();
	}

}
