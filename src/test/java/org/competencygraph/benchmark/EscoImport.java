package org.competencygraph.benchmark;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the benchmark puts the ESCO release into the graph. The benchmark only needs ESCO's occupations as
 * {@code :Job}s, its skills and knowledge as {@code :Capability}s, the occupation-skill relations as
 * {@code REQUIRES} and the skill hierarchy as {@code BROADER}; whoever writes them must publish
 * {@link org.competencygraph.database.GraphChangedEvent} afterwards (or the benchmark rebuilds the index itself).
 */
interface EscoImport {

	/** A line for the report: which importer loaded the data. */
	String description();

	/** Imports the release in {@code directory} (the folder holding classification_en/ and relations/). */
	void importRelease(ConfigurableApplicationContext context, Path directory);

}
