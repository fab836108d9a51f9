package org.competencygraph.scale;

import java.util.List;

import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProficiencyLevelsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anyoneReadsTheScaleOfTheDataFileLowestFirst() {
		var levels = GraphQlClients.anonymous(this.port)
			.documentName("proficiencyLevels")
			.execute()
			.path("proficiencyLevels[*].name")
			.entityList(String.class)
			.get();
		assertThat(levels).isEqualTo(List.of("None", "Awareness", "Basic", "Working", "Proficient", "Advanced", "Expert",
				"Master"));
	}

}
