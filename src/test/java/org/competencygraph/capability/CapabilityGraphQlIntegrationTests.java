package org.competencygraph.capability;

import java.util.List;

import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CapabilityGraphQlIntegrationTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void importExamples() {
		this.graphQl = GraphQlClients.anonymous(this.port);
		GraphFixtures.importExamples(GraphQlClients.admin(this.port));
	}

	@Test
	void searchMatchesWordPrefixesOfNamesAndAliasesIgnoringCase() {
		for (String text : List.of("trouble", "TROUBLESHOOTING", "fault find", "Problem diagnosis")) {
			this.graphQl.documentName("searchCapabilities")
				.variable("text", text)
				.execute()
				.path("searchCapabilities[*].capability.id")
				.entityList(String.class)
				.contains("skill/troubleshooting");
		}
	}

	@Test
	void searchRanksWholeWordMatchesFirstAndFiltersByKind() {
		this.graphQl.documentName("searchCapabilities")
			.variable("text", "itil foundation")
			.variable("kinds", List.of("QUALIFICATION"))
			.execute()
			.path("searchCapabilities[0].capability.id")
			.entity(String.class)
			.isEqualTo("certification/itil-foundation");
		this.graphQl.documentName("searchCapabilities")
			.variable("text", "management")
			.variable("kinds", List.of("SKILL"))
			.execute()
			.path("searchCapabilities[*].capability.kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("SKILL"));
	}

	@Test
	void searchTreatsQuerySyntaxAsPlainText() {
		this.graphQl.documentName("searchCapabilities")
			.variable("text", "troubleshooting\" ~ * ( ) : [ ^")
			.execute()
			.path("searchCapabilities[0].capability.id")
			.entity(String.class)
			.isEqualTo("skill/troubleshooting");
	}

	@Test
	void capabilityShowsExternalIds() {
		var capability = this.graphQl.documentName("capability")
			.variable("id", "skill/troubleshooting")
			.execute();
		capability.path("capability.kind").entity(String.class).isEqualTo("SKILL");
		capability.path("capability.aliases").entityList(String.class).contains("fault finding", "problem diagnosis");
		capability.path("capability.externalIds[*].framework").entityList(String.class).containsExactly("onet");
		capability.path("capability.externalIds[0].id").entity(String.class).isEqualTo("2.B.3.k");
	}

	@Test
	void requiredByPagesThroughEveryRequiringJobInTitleOrder() {
		List<String> titles = new java.util.ArrayList<>();
		List<String> ids = new java.util.ArrayList<>();
		String after = null;
		int total;
		do {
			var page = this.graphQl.documentName("capability")
				.variable("id", "skill/troubleshooting")
				.variable("first", 2)
				.variable("after", after)
				.execute();
			total = page.path("capability.requiredBy.totalCount").entity(Integer.class).get();
			titles.addAll(page.path("capability.requiredBy.edges[*].node.title").entityList(String.class).get());
			ids.addAll(page.path("capability.requiredBy.edges[*].node.id").entityList(String.class).get());
			after = page.path("capability.requiredBy.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("capability.requiredBy.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null && ids.size() <= total);
		assertThat(ids).hasSize(total).doesNotHaveDuplicates().contains("example-org/network-engineer",
				"example-org/senior-service-desk-analyst", "example-org/service-desk-analyst");
		assertThat(titles).isSorted();
		this.graphQl.documentName("capability")
			.variable("id", "knowledge/computer-networking")
			.execute()
			.path("capability.requiredBy.edges[*].requirement.level")
			.entityList(Double.class)
			.containsExactly(5.0);
	}

	@Test
	void unknownCapabilityIsNull() {
		this.graphQl.documentName("capability").variable("id", "skill/none").execute().path("capability").valueIsNull();
	}

}
