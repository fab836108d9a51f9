package org.competencygraph.extraction;

/** A job description that cannot be read: a format not supported, not what its name says, no text, too large. */
public class InvalidDocumentException extends RuntimeException {

	public InvalidDocumentException(String message) {
		super(message);
	}

}
