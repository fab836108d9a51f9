package org.competencygraph.database;

/**
 * Published after the application has committed a write to the graph (a job-profile import, a framework import,
 * a linking run), so that read models built from the graph can rebuild. Listeners run in the publisher's thread
 * after the commit, so a caller that gets the importer's answer can read its own write.
 *
 * @param cause what changed, for logs (e.g. {@code job-profile import service-desk.yaml})
 */
public record GraphChangedEvent(String cause) {
}
