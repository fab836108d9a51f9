package org.competencygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.competencygraph.framework.Framework;
import org.jspecify.annotations.Nullable;

/**
 * A release folder as the publisher ships it. Files are found by name in the folder or one level below it (ESCO's
 * download puts relations in a subfolder), so a user can point at the unpacked download as it is. In a folder
 * opened {@link #confined} (a release in the import folder, named by an API caller), a file is used by its real
 * path, and only when that is inside the folder's real path: a link out of the folder, however deep and in whatever
 * linked subfolder, is refused as the import folder refuses a path out of it. The command line, run by the user on
 * the machine, may import a folder of links to the files of a download kept elsewhere.
 */
public final class ReleaseFolder {

	private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)+)");

	private final Path root;

	private final Path realRoot;

	private final List<Path> folders;

	private final boolean confined;

	private ReleaseFolder(Path root, Path realRoot, List<Path> folders, boolean confined) {
		this.root = root;
		this.realRoot = realRoot;
		this.folders = folders;
		this.confined = confined;
	}

	/** A release folder whose files may be links to anywhere: for the command line. */
	public static ReleaseFolder open(Path directory, Framework framework) {
		return open(directory, framework, false);
	}

	/** A release folder whose files must lie inside it, links resolved: for releases named by API callers. */
	public static ReleaseFolder confined(Path directory, Framework framework) {
		return open(directory, framework, true);
	}

	private static ReleaseFolder open(Path directory, Framework framework, boolean confined) {
		Path root = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new InvalidFrameworkDataException(framework, directory.toString(),
					List.of("the release folder is not a folder: give the folder of the unpacked "
							+ framework.displayName() + " release"));
		}
		List<Path> folders = new ArrayList<>();
		folders.add(root);
		Path realRoot;
		try (Stream<Path> children = Files.list(root)) {
			realRoot = root.toRealPath();
			children.filter(Files::isDirectory).sorted().forEach(folders::add);
		}
		catch (IOException ex) {
			// Not ex.getMessage() nor the folder's absolute path: the API returns these problems.
			throw new InvalidFrameworkDataException(framework, directory.toString(),
					List.of("the release folder cannot be listed ("
							+ (ex instanceof java.nio.file.AccessDeniedException ? "permission denied"
									: ex.getClass().getSimpleName())
							+ ")"));
		}
		return new ReleaseFolder(root, realRoot, folders, confined);
	}

	public Path root() {
		return this.root;
	}

	/**
	 * The first of {@code names} found in the folder or a direct subfolder (its real path when confined), or null.
	 *
	 * @throws ReleaseNotFoundException when confined and the file found is a link (or in a linked folder) out of
	 * the folder
	 */
	public @Nullable Path find(String... names) {
		for (Path folder : this.folders) {
			for (String name : names) {
				Path candidate = folder.resolve(name);
				if (Files.isRegularFile(candidate)) {
					return this.confined ? inside(candidate) : candidate;
				}
			}
		}
		return null;
	}

	/*
	 * Checked here, where the file is chosen, and its real path returned to be read: no walk ahead of time that a
	 * link created after it would escape, and no link left to follow between the check and the read.
	 */
	private Path inside(Path file) {
		try {
			Path real = file.toRealPath();
			if (real.startsWith(this.realRoot)) {
				return real;
			}
		}
		catch (IOException ex) {
			// Gone since it was listed: as if it led nowhere.
		}
		throw new ReleaseNotFoundException();
	}

	/** A version number in the folder's name (e.g. {@code esco-1.1.1}), or null. */
	public @Nullable String versionInName() {
		Matcher matcher = VERSION.matcher(String.valueOf(this.root.getFileName()));
		return matcher.find() ? matcher.group(1) : null;
	}

}
