package org.competencygraph.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Turns the configured local users into Spring Security users, refusing at start-up what would be unsafe or
 * ambiguous: a password that is not an encoded hash, an unknown role, a user without roles, a name used twice.
 */
final class LocalUsers {

	/** The roles a local user may have, as in the authorities ROLE_ADMIN, ROLE_PLANNER, ... */
	static final List<String> ROLES = List.of("ADMIN", "PLANNER", "MANAGER", "EMPLOYEE");

	/** Encoded hashes the DelegatingPasswordEncoder knows, except {noop} (plain text). */
	private static final Pattern HASH = Pattern.compile("\\{(bcrypt|argon2|argon2@SpringSecurity_v5_8|pbkdf2|"
			+ "pbkdf2@SpringSecurity_v5_8|scrypt|scrypt@SpringSecurity_v5_8|sha256)\\}.+");

	private LocalUsers() {
	}

	/** The users; an {@link IllegalStateException} naming the user and the property when one is wrong. */
	static List<UserDetails> of(LocalUserProperties properties, Set<String> taken) {
		List<UserDetails> users = new ArrayList<>();
		Set<String> names = new HashSet<>(taken);
		List<LocalUserProperties.LocalUser> all = properties.all();
		for (int i = 0; i < all.size(); i++) {
			LocalUserProperties.LocalUser user = all.get(i);
			String property = "competency-graph.security.users[" + i + "]";
			if (user.username() == null || user.username().isBlank()) {
				throw new IllegalStateException(property + ".username must not be blank");
			}
			if (!names.add(user.username())) {
				throw new IllegalStateException(property + ".username '" + user.username()
						+ "' is configured twice (or is the admin's)");
			}
			if (user.password() == null || !HASH.matcher(user.password()).matches()) {
				throw new IllegalStateException(property + ".password of '" + user.username()
						+ "' must be an encoded hash such as {bcrypt}$2a$10$..., not plain text: make one with "
						+ "'java -jar competency-graph.jar hash-password' (README, Users and roles)");
			}
			List<String> roles = user.roles() == null ? List.of() : user.roles();
			if (roles.isEmpty()) {
				throw new IllegalStateException(property + ".roles of '" + user.username() + "' must list at least "
						+ "one of " + String.join(", ", ROLES));
			}
			for (String role : roles) {
				if (!ROLES.contains(role)) {
					throw new IllegalStateException(property + ".roles of '" + user.username() + "': unknown role '"
							+ role + "'; the roles are " + String.join(", ", ROLES));
				}
			}
			users.add(User.withUsername(user.username())
				.password(user.password())
				.roles(roles.toArray(String[]::new))
				.build());
		}
		return users;
	}

}
