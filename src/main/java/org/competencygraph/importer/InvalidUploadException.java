package org.competencygraph.importer;

/** An uploaded release that cannot be unpacked; the message says why, for the caller. */
class InvalidUploadException extends RuntimeException {

	InvalidUploadException(String message) {
		super(message);
	}

}
