package org.competencygraph.importer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

	@Bean
	ProficiencyScale proficiencyScale() {
		return ProficiencyScale.load();
	}

}
