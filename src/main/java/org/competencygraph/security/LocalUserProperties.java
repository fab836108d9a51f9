package org.competencygraph.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local users besides the admin ({@code competency-graph.security.users}), each with a password stored as a Spring
 * Security encoded hash ({@code {bcrypt}$2a$...}, made by the {@code hash-password} command) and roles.
 *
 * @param users the users; none by default
 */
@ConfigurationProperties("competency-graph.security")
public record LocalUserProperties(@Nullable List<LocalUser> users) {

	/** The users, empty when none are configured. */
	public List<LocalUser> all() {
		return this.users == null ? List.of() : this.users;
	}

	/**
	 * One local user.
	 *
	 * @param username the name they sign in with, and the Person.username they are linked to
	 * @param password the encoded hash, e.g. {@code {bcrypt}$2a$10$...}; plain text is refused at start-up
	 * @param roles ADMIN, PLANNER, MANAGER and/or EMPLOYEE
	 */
	public record LocalUser(String username, String password, @Nullable List<String> roles) {
	}

}
