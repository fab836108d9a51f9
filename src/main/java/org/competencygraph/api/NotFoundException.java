package org.competencygraph.api;

/** An id that names nothing where something must exist; reported as NOT_FOUND naming the argument. */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
