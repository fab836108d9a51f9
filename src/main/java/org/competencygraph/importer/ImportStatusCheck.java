package org.competencygraph.importer;

import org.competencygraph.framework.Frameworks;
import org.competencygraph.framework.Frameworks.FrameworkSummary;
import org.competencygraph.framework.Frameworks.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up, in one line per framework, which framework's data an interrupted import left partial. */
@Component
class ImportStatusCheck {

	private static final Logger logger = LoggerFactory.getLogger(ImportStatusCheck.class);

	private final Frameworks frameworks;

	ImportStatusCheck(Frameworks frameworks) {
		this.frameworks = frameworks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		try {
			for (FrameworkSummary framework : this.frameworks.summaries()) {
				if (framework.status() == ImportStatus.INCOMPLETE) {
					logger.warn("{} data is incomplete until an import of it completes: {}", framework.name(),
							framework.statusReason());
				}
			}
		}
		catch (RuntimeException ex) {
			// A check that only informs must not stop the server; the frameworks query shows the same.
			logger.debug("Could not check the framework imports", ex);
		}
	}

}
