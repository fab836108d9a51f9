package org.competencygraph.importer;

import java.util.List;

import org.competencygraph.background.JobFailure;

/**
 * The name given over the API is not a release folder inside the import folder. The message is the same whatever
 * the reason (no such folder, outside the import folder, a link out of it), so that it tells nothing about the
 * server's file system.
 */
public class ReleaseNotFoundException extends RuntimeException implements JobFailure {

	ReleaseNotFoundException() {
		super(ImportFolder.NOT_FOUND);
	}

	@Override
	public List<String> problems() {
		return List.of("input.path: " + getMessage());
	}

}
