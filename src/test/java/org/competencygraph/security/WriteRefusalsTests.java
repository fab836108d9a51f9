package org.competencygraph.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller and the log are told when method security refuses a write, with and without an admin credential
 * configured: the GraphQL layer and the security configuration only, on a stand-in for a mutation of the schema.
 */
class WriteRefusalsTests {

	static final String MUTATION = "mutation { refreshAnalysisIndex { errors } }";

	/**
	 * Stands in for the real refreshAnalysisIndex, whose index needs the database. Only under its own profile, so
	 * that the whole application's component scan leaves it out.
	 */
	@Controller
	@Profile("write-refusals")
	static class Probe {

		@MutationMapping
		@PreAuthorize("hasRole('ADMIN')")
		Map<String, Object> refreshAnalysisIndex() {
			return Map.of("errors", List.of());
		}

	}

	static void assertRefused(GraphQlTester graphQl, String message) {
		graphQl.document(MUTATION)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

	@Nested
	@GraphQlTest(controllers = Probe.class,
			properties = { "competency-graph.security.admin.password=", "competency-graph.security.users=" })
	@Import(SecurityConfiguration.class)
	@ActiveProfiles("write-refusals")
	@ExtendWith(OutputCaptureExtension.class)
	class WithoutAnAdminCredential {

		@Autowired
		GraphQlTester graphQl;

		@Test
		void everyWriteIsRefusedAsDisabledAndTheReasonLogged(CapturedOutput output) {
			assertRefused(this.graphQl, "Writes are disabled on this server: no admin credential is configured.");
			assertThat(output.getOut()).contains("Refused refreshAnalysisIndex: writes are disabled because no admin "
					+ "credential is configured (set COMPETENCY_GRAPH_ADMIN_PASSWORD)");
		}

	}

	@Nested
	@GraphQlTest(controllers = Probe.class, properties = "competency-graph.security.admin.password=secret")
	@Import(SecurityConfiguration.class)
	@ActiveProfiles("write-refusals")
	@ExtendWith(OutputCaptureExtension.class)
	class WithAnAdminCredential {

		@Autowired
		GraphQlTester graphQl;

		@Test
		void aCallerWhoIsNotSignedInIsToldToSignInAsTheAdmin(CapturedOutput output) {
			assertRefused(this.graphQl, "refreshAnalysisIndex needs a signed-in user whose role allows it (HTTP Basic, a session or a bearer token).");
			assertThat(output.getOut())
				.contains("Refused refreshAnalysisIndex for an anonymous caller: a signed-in user with a role that allows it "
					+ "is required");
		}

	}

}
