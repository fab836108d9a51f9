package org.competencygraph.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin credential that writes need.
 *
 * @param username user name for HTTP Basic
 * @param password the password, plain or as a Spring Security encoded value such as {@code {bcrypt}$2a$...};
 * when empty, writes over HTTP are refused
 */
@ConfigurationProperties("competency-graph.security.admin")
public record AdminProperties(@DefaultValue("admin") String username, @Nullable String password) {

	public boolean configured() {
		return this.password != null && !this.password.isBlank();
	}

}
