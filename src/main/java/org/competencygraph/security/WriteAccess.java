package org.competencygraph.security;

import org.competencygraph.api.WritesRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The one check every write over the API goes through. */
@Component
public class WriteAccess {

	static final String ADMIN_ROLE = "ADMIN";

	private static final Logger logger = LoggerFactory.getLogger(WriteAccess.class);

	private final AdminProperties admin;

	WriteAccess(AdminProperties admin) {
		this.admin = admin;
	}

	/** Returns normally when the caller may perform {@code operation}; otherwise logs why and throws. */
	public void check(String operation) {
		if (!this.admin.configured()) {
			logger.warn("Refused {}: writes are disabled because no admin credential is configured "
					+ "(set COMPETENCY_GRAPH_ADMIN_PASSWORD)", operation);
			throw new WritesRefusedException("Writes are disabled on this server: no admin credential is configured.");
		}
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		boolean isAdmin = caller != null && caller.isAuthenticated()
				&& caller.getAuthorities().stream().anyMatch(a -> ("ROLE_" + ADMIN_ROLE).equals(a.getAuthority()));
		if (!isAdmin) {
			logger.warn("Refused {} for {}: the admin credential is required", operation,
					caller == null ? "an anonymous caller" : caller.getName());
			throw new WritesRefusedException(operation + " needs the admin credential (HTTP Basic).");
		}
	}

}
