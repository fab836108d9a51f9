package org.competencygraph.api;

/** A write asked for by a caller who may not write, or while writes are disabled; reported as FORBIDDEN. */
public class WritesRefusedException extends RuntimeException {

	public WritesRefusedException(String message) {
		super(message);
	}

}
