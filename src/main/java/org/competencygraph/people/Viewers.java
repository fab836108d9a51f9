package org.competencygraph.people;

import java.util.EnumSet;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling: the one place that turns Spring Security's Authentication (a local user, or an OpenID Connect
 * token mapped to roles) into a {@link Viewer}. The caller is linked to the Person whose {@code username} equals the
 * Authentication's name. Every people resolver asks here; within one GraphQL request the answer is kept in the
 * request's context, so nested fields do not look it up again.
 */
@Component
public class Viewers {

	private static final String PREFIX = "ROLE_";

	private final PeopleData data;

	Viewers(PeopleData data) {
		this.data = data;
	}

	/** The caller of the current request, kept for the rest of the request. */
	public Viewer of(DataFetchingEnvironment env) {
		GraphQLContext context = env.getGraphQlContext();
		Viewer viewer = context.get(Viewer.class);
		if (viewer == null) {
			viewer = current();
			context.put(Viewer.class, viewer);
		}
		return viewer;
	}

	/** What the caller of the current request may see, on the current snapshot, kept for the rest of the request. */
	Access access(DataFetchingEnvironment env) {
		GraphQLContext context = env.getGraphQlContext();
		Access access = context.get(Access.class);
		if (access == null) {
			access = new Access(of(env), this.data.current());
			context.put(Access.class, access);
		}
		return access;
	}

	/** What the caller of the current thread's security context may see, on the current snapshot. */
	Access access() {
		return new Access(current(), this.data.current());
	}

	/** The caller of the current thread's security context. */
	public Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Viewer.ANONYMOUS;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(PREFIX)) {
				for (Role role : Role.values()) {
					if (role.name().equals(name.substring(PREFIX.length()))) {
						roles.add(role);
					}
				}
			}
		}
		String username = authentication.getName();
		return new Viewer(username, Set.copyOf(roles), this.data.current().personIdOf(username));
	}

}
