package org.competencygraph;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Follows a background job over GraphQL, as a client would: poll it by id until it has ended. */
public final class BackgroundJobCalls {

	private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED");

	private BackgroundJobCalls() {
	}

	/**
	 * Polls {@code document} (a query of {@code backgroundJob(id: $id)}) until the job has ended and returns that
	 * last response.
	 */
	public static GraphQlTester.Response awaitEnd(GraphQlTester admin, String document, String jobId) {
		// An import of a whole O*NET or ESCO release embeds some 30,000 texts: on a loaded two-core machine the
		// sentence model does 50-150 a second, so such a job took 5-10 minutes there.
		Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
		while (Instant.now().isBefore(deadline)) {
			GraphQlTester.Response response = admin.documentName(document).variable("id", jobId).execute();
			String state = response.path("backgroundJob.state").entity(String.class).get();
			if (ENDED.contains(state)) {
				return response;
			}
			sleep();
		}
		return fail("job %s did not end within 20 minutes", jobId);
	}

	/** Starts a job with {@code mutation} and returns the id it answered with at once. */
	public static String start(GraphQlTester admin, String mutation, String field) {
		GraphQlTester.Response response = admin.documentName(mutation).execute();
		response.path(field + ".errors").entityList(String.class).hasSize(0);
		String id = response.path(field + ".job.id").entity(String.class).get();
		assertThat(id).isNotBlank();
		return id;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
