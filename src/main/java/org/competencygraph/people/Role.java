package org.competencygraph.people;

/** What a signed-in caller may do with people data: the Spring Security authority is {@code ROLE_} + the name. */
public enum Role {

	ADMIN, PLANNER, MANAGER, EMPLOYEE

}
