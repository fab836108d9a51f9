package org.competencygraph.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.schema.GraphQLFieldDefinition;
import org.competencygraph.GraphFixtures;
import org.competencygraph.GraphQlClients;
import org.competencygraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation needs the admin (or, for drafting and importing job profiles, a planner), however it was added: each
 * field of the schema's Mutation type is served by a controller method that method security guards with
 * {@code @PreAuthorize("hasRole('ADMIN')")} ({@link #ALSO_PLANNER}: {@code hasAnyRole}), and an anonymous
 * caller of any of them is refused before it runs, with the reason and the operation logged. The exceptions are the
 * mutations on people data that other roles may call ({@link #ROLE_AWARE}): their rules depend on the person and
 * the role, and the authorization matrix (people/PeopleAuthorizationMatrixIntegrationTests) covers them.
 */
@IntegrationTest
class MutationAccessIntegrationTests {

	static final String ADMIN_ONLY = "hasRole('" + SecurityConfiguration.ADMIN_ROLE + "')";

	/** The least each mutation accepts, so that it reaches its data fetcher; a new mutation needs a line here. */
	static final Map<String, String> ARGUMENTS = Map.ofEntries(Map.entry("importJobProfiles", "(input: {files: []})"),
			Map.entry("importLearningResources", "(input: {files: []})"),
			Map.entry("importOnet", "(input: {path: \"onet-30.1\"})"),
			Map.entry("importEsco", "(input: {path: \"esco-1.1.1\"})"), Map.entry("linkFrameworks", "(input: {})"),
			Map.entry("refreshAnalysisIndex", ""), Map.entry("refreshEmbeddings", ""),
			Map.entry("reviewConceptLink", "(input: {from: \"a\", to: \"b\", decision: REJECT})"),
			Map.entry("erasePerson", "(input: {id: \"p-x\"})"), Map.entry("importPeople", "(input: {})"),
			Map.entry("draftJobProfile", "(input: {name: \"x.txt\", text: \"x\"})"));

	/** Mutations a planner may call too: drafting a job profile from a job description, and importing it. */
	static final Map<String, String> ALSO_PLANNER = Map.of("draftJobProfile", "hasAnyRole('ADMIN','PLANNER')",
			"importJobProfiles", "hasAnyRole('ADMIN','PLANNER')");

	/** People mutations with rules per role and person, checked in the people package, not by one annotation. */
	static final List<String> ROLE_AWARE = List.of("savePerson", "saveTeam", "assessCapability", "removeHolding");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Driver driver;

	@Test
	void everyMutationOfTheSchemaIsAControllerMethodThatOnlyTheAdminMayCall() {
		Map<String, String> guards = new TreeMap<>();
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = ClassUtils.getUserClass(controller);
			SchemaMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, SchemaMapping.class);
			for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
				SchemaMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, SchemaMapping.class);
				String typeName = mapping == null ? null : StringUtils.hasText(mapping.typeName()) ? mapping.typeName()
						: onType == null ? null : onType.typeName();
				if (!"Mutation".equals(typeName) || ROLE_AWARE.contains(mapping.field().isEmpty() ? method.getName()
						: mapping.field())) {
					continue;
				}
				String field = StringUtils.hasText(mapping.field()) ? mapping.field() : method.getName();
				PreAuthorize guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
				if (guard == null) {
					guard = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
				}
				guards.put(field, guard == null ? "no @PreAuthorize on " + type.getSimpleName() + "." + method.getName()
						: guard.value());
				// Without a proxy the annotation would be inert: method security must be on.
				assertThat(AopUtils.isAopProxy(controller)).as("%s is guarded by method security", type.getSimpleName())
					.isTrue();
			}
		}
		List<String> schemaMutations = new ArrayList<>(mutations());
		schemaMutations.removeAll(ROLE_AWARE);
		assertThat(guards.keySet()).as("mutations served by controller methods").containsExactlyInAnyOrderElementsOf(
				schemaMutations);
		assertThat(guards).allSatisfy((field, guard) -> assertThat(guard).as(field)
			.isEqualTo(ALSO_PLANNER.getOrDefault(field, ADMIN_ONLY)));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anAnonymousCallerIsRefusedEveryMutationBeforeItRunsAndTheRefusalIsLogged(CapturedOutput output) {
		List<String> before = GraphFixtures.fingerprint(this.driver);
		for (String field : mutations()) {
			if (ROLE_AWARE.contains(field)) {
				continue;
			}
			assertThat(ARGUMENTS).as("minimal arguments of the mutation %s", field).containsKey(field);
			GraphQlClients.anonymous(this.port)
				.document("mutation { " + field + ARGUMENTS.get(field) + " { __typename } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
					assertThat(error.getMessage()).isEqualTo(field + " needs a signed-in user whose role allows it (HTTP Basic, a session or a bearer token).");
					assertThat(error.getPath()).isEqualTo(field);
				}));
			assertThat(output.getOut()).contains("Refused " + field + " for an anonymous caller: a signed-in user with a "
					+ "role that allows it is required");
		}
		assertThat(GraphFixtures.fingerprint(this.driver)).isEqualTo(before);
	}

	private List<String> mutations() {
		List<String> fields = new ArrayList<>();
		for (GraphQLFieldDefinition field : this.graphQlSource.schema().getMutationType().getFieldDefinitions()) {
			fields.add(field.getName());
		}
		return fields;
	}

}
