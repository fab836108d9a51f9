package org.competencygraph.api;

/** A GraphQL argument that is malformed or out of range; reported as BAD_REQUEST naming the argument. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(argument + ": " + message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
