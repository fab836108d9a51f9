package org.competencygraph.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One write to people data. It names the fields written, never their values: the trail itself holds no personal
 * data beyond the ids and the actor's user name, which erasure replaces (docs/people.md).
 *
 * @param id unique id
 * @param at when, ISO date-time in UTC
 * @param actor user name of who wrote ('import' for a command-line import)
 * @param action what was done
 * @param targetType PERSON, TEAM or IMPORT
 * @param targetId the person's or team's id; null for an import
 * @param fields the fields written, e.g. name, email, holding:skill/x
 */
public record AuditEntry(String id, String at, String actor, AuditAction action, String targetType,
		@Nullable String targetId, List<String> fields) {
}
