package org.competencygraph.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Local users: encoded hashes only, known roles; the hash-password command makes a hash they accept. */
class LocalUsersTests {

	@Test
	void aHashFromTheCommandIsAcceptedAndMatchesThePassword() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = HashPasswordCommand.hash(new ByteArrayInputStream("correct horse battery\n".getBytes(
				StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8));
		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(code).isZero();
		assertThat(hash).startsWith("{bcrypt}$2a$");
		List<UserDetails> users = LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("pat", hash, List.of("PLANNER")))), Set.of("admin"));
		assertThat(users).singleElement().satisfies(user -> {
			assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PLANNER");
			assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
				.matches("correct horse battery", user.getPassword())).isTrue();
		});
	}

	@Test
	void aPlainTextPasswordIsRefusedAtStartUpNamingTheUser() {
		assertThatIllegalStateException().isThrownBy(() -> LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("pat", "secret", List.of("PLANNER")))), Set.of()))
			.withMessageContaining("competency-graph.security.users[0].password of 'pat' must be an encoded hash");
		assertThatIllegalStateException().isThrownBy(() -> LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("pat", "{noop}secret", List.of("PLANNER")))), Set.of()));
	}

	@Test
	void unknownRolesMissingRolesAndTakenNamesAreRefused() {
		String hash = "{bcrypt}$2a$04$Y6qUNPIGc5HOktbO9qeJCOnReB6fX3ZB38RaH9LyITdlKsVwNqeCq";
		assertThatIllegalStateException().isThrownBy(() -> LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("pat", hash, List.of("BOSS")))), Set.of()))
			.withMessageContaining("unknown role 'BOSS'");
		assertThatIllegalStateException().isThrownBy(() -> LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("pat", hash, List.of()))), Set.of()))
			.withMessageContaining("at least one of");
		assertThatIllegalStateException().isThrownBy(() -> LocalUsers.of(new LocalUserProperties(List.of(
				new LocalUserProperties.LocalUser("admin", hash, List.of("PLANNER")))), Set.of("admin")))
			.withMessageContaining("configured twice");
	}

	@Test
	void aShortPasswordGetsNoHash() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = HashPasswordCommand.hash(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(code).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("{bcrypt}");
	}

}
