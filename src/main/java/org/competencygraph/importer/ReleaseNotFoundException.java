package org.competencygraph.importer;

/**
 * The name given over the API is not a release folder inside the import folder. The message is the same whatever
 * the reason (no such folder, outside the import folder, a link out of it), so that it tells nothing about the
 * server's file system.
 */
public class ReleaseNotFoundException extends RuntimeException {

	ReleaseNotFoundException() {
		super(ImportFolder.NOT_FOUND);
	}

}
