package org.competencygraph.extraction;

import java.nio.file.Files;
import java.nio.file.Path;

import org.competencygraph.importer.ProficiencyScale;
import org.junit.jupiter.api.Test;

class ScratchTests {

	@Test
	void print() throws Exception {
		String doc = System.getenv().getOrDefault("DOC", "../shared/seeds/001_fc351c15d9ca3776.txt");
		ExtractionRules rules = ExtractionRules.load();
		Cues cues = new Cues(rules, ProficiencyScale.load());
		Outline outline = Outline.of(DocumentText.read(doc, Files.readAllBytes(Path.of(doc))), rules);
		for (Passage p : outline.passages) {
			String reason = new DraftBuilder(rules, cues, DraftBuilderTests.MATCHER, 0.66).toString();
			Cues.Level level = cues.level(p);
			System.out.println("P " + p.line() + " [" + p.sectionKind() + "|" + p.priority() + "|L" + p.level() + "|" + p.section() + "] "
					+ (level == null ? "" : "{" + level.text() + "} ") + cues.priority(p).priority() + " :: " + cues.phrase(p)
					+ (p.intro() == null ? "" : "   <intro " + p.intro() + ">"));
		}
	}

}
