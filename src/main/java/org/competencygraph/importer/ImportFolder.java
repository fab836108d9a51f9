package org.competencygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder the GraphQL imports may read releases from ({@code competency-graph.frameworks.import-folder}). A
 * name given over the API is resolved inside it; whatever would lead out of it ({@code ..}, an absolute path
 * elsewhere, a symbolic link to elsewhere) is treated exactly as a folder that does not exist, so that callers learn
 * nothing about the server's file system, not even whether a path exists. Links of the release's files are checked
 * where each file is chosen ({@link ReleaseFolder#find}), with the same answer.
 */
final class ImportFolder {

	/** The one answer for every name that does not resolve to a release folder inside the import folder. */
	static final String NOT_FOUND = "not found in the import folder";

	private final Path root;

	ImportFolder(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	Path root() {
		return this.root;
	}

	/** The real path of the release folder {@code name} inside the import folder, or empty. */
	Optional<Path> resolve(String name) {
		Path given;
		try {
			given = Path.of(name.strip());
		}
		catch (InvalidPathException ex) {
			return Optional.empty();
		}
		for (Path part : given) {
			if (part.toString().equals("..")) {
				return Optional.empty();
			}
		}
		Path candidate = this.root.resolve(given).normalize();
		if (!candidate.startsWith(this.root) || candidate.equals(this.root)) {
			return Optional.empty();
		}
		try {
			Path realRoot = this.root.toRealPath();
			Path real = candidate.toRealPath();
			if (!real.startsWith(realRoot) || !Files.isDirectory(real)) {
				return Optional.empty();
			}
			return Optional.of(real);
		}
		catch (IOException | SecurityException ex) {
			return Optional.empty();
		}
	}

	/** The name of {@code release}, a path {@link #resolve} returned, relative to the import folder. */
	String nameOf(Path release) {
		try {
			return this.root.toRealPath().relativize(release).toString();
		}
		catch (IOException ex) {
			return String.valueOf(release.getFileName());
		}
	}

}
