package org.competencygraph.startup;

import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT cache's training run asks what a user's first minutes ask; every request must be answered without
 * errors, or the cache would hold the error path instead (a query the schema no longer accepts, say).
 */
@IntegrationTest
class TrainingRunIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyTrainingRequestIsAnsweredWithoutErrorsOnTheSeedGraph(@Autowired JsonMapper json) throws Exception {
		assertThat(TrainingRun.ask(json, "http://127.0.0.1:" + this.port, 2)).isEqualTo(2 * 6);
	}

}
