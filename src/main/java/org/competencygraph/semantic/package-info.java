/**
 * Meaning of text across vocabularies: sentence embeddings computed in process, stored on the graph's nodes and
 * searched exactly in memory (capabilities) or through Neo4j's vector indexes (jobs), and the matcher that turns any
 * text into the graph's best concepts.
 */
@NullMarked
package org.competencygraph.semantic;

import org.jspecify.annotations.NullMarked;
