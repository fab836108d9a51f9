package org.competencygraph.security;

import java.util.List;

import org.competencygraph.api.WritesRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WriteAccessTests {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withoutAConfiguredCredentialEveryWriteIsRefusedEvenForAnAdmin() {
		signIn("ROLE_ADMIN");
		for (String password : new String[] { null, "", "  " }) {
			assertThatExceptionOfType(WritesRefusedException.class)
				.isThrownBy(() -> new WriteAccess(new AdminProperties("admin", password)).check("importJobProfiles"))
				.withMessage("Writes are disabled on this server: no admin credential is configured.");
		}
	}

	@Test
	void withACredentialOnlyTheAdminMayWrite() {
		WriteAccess access = new WriteAccess(new AdminProperties("admin", "secret"));
		assertThatExceptionOfType(WritesRefusedException.class).isThrownBy(() -> access.check("importJobProfiles"))
			.withMessage("importJobProfiles needs the admin credential (HTTP Basic).");
		signIn("ROLE_USER");
		assertThatExceptionOfType(WritesRefusedException.class).isThrownBy(() -> access.check("importJobProfiles"));
		signIn("ROLE_ADMIN");
		assertThatNoException().isThrownBy(() -> access.check("importJobProfiles"));
	}

	private static void signIn(String role) {
		var authentication = new TestingAuthenticationToken("someone", "pw", List.of(
				new org.springframework.security.core.authority.SimpleGrantedAuthority(role)));
		authentication.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
