package org.competencygraph.audit;

/** Kinds of writes to people data (GraphQL {@code AuditAction}). */
public enum AuditAction {

	CREATE_PERSON, UPDATE_PERSON, SAVE_TEAM, ASSESS_CAPABILITY, REMOVE_HOLDING, ERASE_PERSON, IMPORT

}
