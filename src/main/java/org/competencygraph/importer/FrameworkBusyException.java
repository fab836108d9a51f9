package org.competencygraph.importer;

/** Another framework import or linking run is in progress in this application; only one runs at a time. */
public class FrameworkBusyException extends RuntimeException {

	public FrameworkBusyException(String message) {
		super(message);
	}

}
