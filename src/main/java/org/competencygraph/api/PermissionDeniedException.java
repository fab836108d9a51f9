package org.competencygraph.api;

/**
 * A caller who may not do what they asked: UNAUTHORIZED when they did not sign in, FORBIDDEN when their roles do
 * not allow it. The message names the operation and what it needs, never anything about the data asked for.
 */
public class PermissionDeniedException extends RuntimeException {

	private final boolean signedIn;

	public PermissionDeniedException(boolean signedIn, String message) {
		super(message);
		this.signedIn = signedIn;
	}

	public boolean signedIn() {
		return this.signedIn;
	}

}
