package org.competencygraph.importer;

/** The relationship types framework imports write; statement texts name types from this fixed set only. */
public enum RelationshipType {

	/** A job requires a capability. */
	REQUIRES,

	/** A concept is narrower than another of its hierarchy (occupations, skills and skill groups). */
	BROADER,

	/** A skill is related to another. */
	RELATED_TO,

	/** A job has a duty (a task statement, a description), at a position among its duties. */
	HAS_DUTY,

	/** A duty (an O*NET task statement) involves a detailed work activity (Tasks to DWAs.txt). */
	INVOLVES,

	/** A job is in a job family. */
	IN_FAMILY,

	/** A job is of an organization. */
	IN_ORGANIZATION,

	/** A job family is of an organization. */
	OF_ORGANIZATION

}
