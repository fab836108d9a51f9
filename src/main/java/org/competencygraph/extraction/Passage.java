package org.competencygraph.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One sentence of a job description with where it stands: its section (a path of headings) and the section's kind
 * ({@code duties}, {@code knowledge}, {@code boilerplate}, ...), the priority and level its headings set, the line it
 * starts on, and for list items the words that introduce the list ("Comprehensive knowledge of:"), the item's own
 * label ("ACTIVE LEARNING - ..."), number and how it is assessed.
 *
 * @param item the whole paragraph or list item the sentence is part of; its cue words (a level, "preferred") hold
 * for each of its sentences
 * @param job index of the job of the document it belongs to (documents describing several jobs), from 0
 * @param level the lowest level of a multi-level document its heading names ("Level 2&3&4" is 2); 0 for none
 * @param footnote the meaning of a star before the item ("* May be required at entry."), or null
 * @param levelCell the level cell of a capability table's row whose capability name the sentence is ("Adept",
 * "Level 4 - ITOP"), or null
 * @param definition the document's definition of a term the sentence uses ("Significant experience is defined as ...
 * approximately two (2) years" for "Significant experience installing ... servers"), whose years are the sentence's
 * level when it states none of its own; or null
 */
record Passage(String text, String item, String section, String sectionKind, @Nullable String priority, int job, int level,
		int line, @Nullable String intro, @Nullable String label, @Nullable String criterion, List<String> assessedBy,
		@Nullable String footnote, @Nullable String levelCell,
		@Nullable String definition) {

	/** The same sentence in a section of another kind (a section of unknown heading found to state requirements). */
	Passage withSectionKind(String kind) {
		return new Passage(this.text, this.item, this.section, kind, this.priority, this.job, this.level, this.line,
				this.intro, this.label, this.criterion, this.assessedBy, this.footnote, this.levelCell, this.definition);
	}

	/** The same sentence with the definition of a term it uses. */
	Passage withDefinition(String definition) {
		return new Passage(this.text, this.item, this.section, this.sectionKind, this.priority, this.job, this.level,
				this.line, this.intro, this.label, this.criterion, this.assessedBy, this.footnote, this.levelCell,
				definition);
	}

}
