package org.competencygraph.importer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the framework imports and links.
 *
 * @param nodeBatchSize nodes written per transaction
 * @param relationshipBatchSize relationships written per transaction
 * @param occupationsPerFramework how many closest occupations of each framework a seed job is linked to
 * @param importFolder the only folder whose releases {@code importOnet} and {@code importEsco} (over GraphQL) may
 * read; the command line, run on the machine itself, takes any folder
 */
@ConfigurationProperties("competency-graph.frameworks")
public record FrameworkProperties(@DefaultValue("10000") int nodeBatchSize,
		@DefaultValue("25000") int relationshipBatchSize, @DefaultValue("3") int occupationsPerFramework,
		@DefaultValue("./import") Path importFolder) {
}
