package org.competencygraph.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital group's job posting in Word (the thirty-sixth round's held-out document, a Canadian hospital group's IT
 * project manager): the group's name as the letterhead, then a posting table whose "Position" row names the job and
 * whose "Site" row names one of the group's hospitals.
 */
class HospitalPostingTests {

	private static final String NAME = "hospital-group-it-project-manager.docx";

	private static DraftProfile.Job job() throws IOException {
		byte[] content = Files.readAllBytes(Path.of("src/test/resources/extraction/check", NAME));
		return UnmatchedDrafts.draft(NAME, Outline.of(DocumentText.read(NAME, content), UnmatchedDrafts.RULES))
			.jobs()
			.getFirst();
	}

	@Test
	void thePostingTablesPositionRowNamesTheJobNotTheLetterhead() throws IOException {
		assertThat(job().title()).isEqualTo("IT Project Manager (Infrastructure)");
	}

	@Test
	void anAllianceInTheLetterheadIsTheOrganizationNotTheHospitalOfTheSite() throws IOException {
		assertThat(job().organization()).isEqualTo("Cedar Narrows Health Alliance");
	}

}
