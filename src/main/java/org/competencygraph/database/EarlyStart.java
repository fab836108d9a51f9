package org.competencygraph.database;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded engine as soon as the application's settings are known, before the context reads its
 * configuration classes: the engine's start (5-9 s on two cores) then overlaps all of the context's own start, not
 * only its last part. The server's {@code main} adds it (not {@code META-INF/spring.factories}, which every test
 * context and slice would apply, starting an engine where no database is wanted); the engine becomes the context's
 * {@code embeddedNeo4j} bean ({@link DatabaseConfiguration} starts one itself when this did not run) and is stopped
 * when the context closes, also when its start fails. Nothing is started with an external server or with
 * {@code competency-graph.startup.background=false}.
 */
public final class EarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedNeo4j";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		boolean embedded = environment.getProperty("spring.neo4j.uri", "embedded").equals("embedded");
		boolean background = environment.getProperty(DatabaseConfiguration.BACKGROUND_START, Boolean.class, true);
		if (!embedded || !background || context.getParent() != null
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
			return;
		}
		DatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("competency-graph.embedded", DatabaseProperties.class);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.startInBackground(properties);
		beans.registerSingleton(BEAN_NAME, neo4j);
		beans.registerDisposableBean(BEAN_NAME, neo4j::close);
	}

}
