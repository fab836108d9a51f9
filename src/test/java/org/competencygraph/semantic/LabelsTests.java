package org.competencygraph.semantic;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normal form of labels: the one-pass way for plain ASCII against the rules it must give the same as. */
class LabelsTests {

	/** Mostly the characters the rules treat specially, some letters and digits, a few outside ASCII. */
	private static final String ALPHABET = "aZz09+#&'\u2019 \t\n-_./,()\u0000\u007fQx";

	private static final String BEYOND_ASCII = "\u00e9\u00dc\u0301\u00df\u2013\u00a0";

	@Test
	void plainAsciiGivesWhatTheRulesGive() {
		Random random = new Random(15);
		for (int trial = 0; trial < 20_000; trial++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(24);
			for (int i = 0; i < length; i++) {
				String from = random.nextInt(40) == 0 ? BEYOND_ASCII : ALPHABET;
				text.append(from.charAt(random.nextInt(from.length())));
			}
			assertThat(Labels.normalise(text.toString())).as("'%s'", text).isEqualTo(Labels.byRules(text.toString()));
		}
	}

	@Test
	void namesAndAliasesAsWords() {
		assertThat(Labels.normalise("  C++ & C#, Object-Oriented ")).isEqualTo("c++ and c# object oriented");
		assertThat(Labels.normalise("Manager's role&duties")).isEqualTo("managers role and duties");
		assertThat(Labels.normalise("Caf\u00e9 Manager\u2019s R\u00f4le")).isEqualTo("cafe managers role");
		assertThat(Labels.normalise("&")).isEqualTo("and");
		assertThat(Labels.normalise(" ' - ")).isEmpty();
	}

}
