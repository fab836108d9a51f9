package org.competencygraph.extraction;

import java.util.List;
import java.util.Map;

import org.competencygraph.extraction.DraftProfile.Provenance;
import org.competencygraph.extraction.DraftProfile.Requirement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A capability named by two sentences of a job description: which one the draft keeps. */
class DraftJobTests {

	private static Requirement requirement(String priority, @Nullable Integer level, String text, int position) {
		return requirement(priority, level, text, position, 0.8);
	}

	private static Requirement requirement(String priority, @Nullable Integer level, String text, int position,
			double confidence) {
		return new Requirement("knowledge/server-administration", priority, null, level,
				level == null ? null : level + " years", List.of(), null, null,
				new Provenance("Qualifications", text, position), confidence, "semantic", List.of());
	}

	@Test
	void aLaterSentenceGivingTheLevelTheFirstLacksIsKeptEssentialWhenEitherIs() {
		// An Indeed posting names the capability in its qualifications, then gives its years in the footer.
		DraftJob job = new DraftJob("acme/systems-engineer", "Systems Engineer", null, "Acme", Map.of(), null,
				List.of(), null);
		job.add(requirement("essential", null, "Strong knowledge of Windows Server", 10));
		job.add(requirement("desirable", 3, "Windows Server: 3 years", 40));
		Requirement kept = job.requirements.get("knowledge/server-administration");
		assertThat(kept.level()).isEqualTo(3);
		assertThat(kept.provenance().text()).isEqualTo("Windows Server: 3 years");
		assertThat(kept.priority()).isEqualTo("essential");
	}

	@Test
	void aLaterSentenceWithoutALevelLeavesTheFirst() {
		DraftJob job = new DraftJob("acme/systems-engineer", "Systems Engineer", null, "Acme", Map.of(), null,
				List.of(), null);
		job.add(requirement("essential", 3, "Windows Server: 3 years", 10));
		job.add(requirement("essential", null, "Strong knowledge of Windows Server", 40));
		assertThat(job.requirements.get("knowledge/server-administration").level()).isEqualTo(3);
	}

	@Test
	void aLaterSentenceMatchedLessSurelyLeavesTheFirst() {
		DraftJob job = new DraftJob("acme/systems-engineer", "Systems Engineer", null, "Acme", Map.of(), null,
				List.of(), null);
		job.add(requirement("essential", null, "Strong knowledge of Windows Server", 10, 0.9));
		job.add(requirement("essential", 2, "Some familiarity with hotel systems", 40, 0.68));
		assertThat(job.requirements.get("knowledge/server-administration").provenance().text())
			.isEqualTo("Strong knowledge of Windows Server");
	}

}
