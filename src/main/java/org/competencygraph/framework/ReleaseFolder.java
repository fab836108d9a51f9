package org.competencygraph.framework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A release folder as the publisher ships it. Files are found by name in the folder or one level below it (ESCO's
 * download puts relations in a subfolder), so a user can point at the unpacked download as it is.
 */
public final class ReleaseFolder {

	private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)+)");

	private final Path root;

	private final List<Path> folders;

	private ReleaseFolder(Path root, List<Path> folders) {
		this.root = root;
		this.folders = folders;
	}

	public static ReleaseFolder open(Path directory, Framework framework) {
		Path root = directory.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new InvalidFrameworkDataException(framework, directory.toString(),
					List.of(directory + " is not a folder: give the folder of the unpacked " + framework.displayName()
							+ " release"));
		}
		List<Path> folders = new ArrayList<>();
		folders.add(root);
		try (Stream<Path> children = Files.list(root)) {
			children.filter(Files::isDirectory).sorted().forEach(folders::add);
		}
		catch (IOException ex) {
			throw new InvalidFrameworkDataException(framework, directory.toString(),
					List.of("cannot list " + directory + ": " + ex.getMessage()));
		}
		return new ReleaseFolder(root, folders);
	}

	public Path root() {
		return this.root;
	}

	/** The first of {@code names} found in the folder or a direct subfolder, or null. */
	public @Nullable Path find(String... names) {
		for (Path folder : this.folders) {
			for (String name : names) {
				Path candidate = folder.resolve(name);
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	/** A version number in the folder's name (e.g. {@code esco-1.1.1}), or null. */
	public @Nullable String versionInName() {
		Matcher matcher = VERSION.matcher(String.valueOf(this.root.getFileName()));
		return matcher.find() ? matcher.group(1) : null;
	}

}
