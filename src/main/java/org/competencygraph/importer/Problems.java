package org.competencygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The problems found while reading a release, each naming the file and line. A damaged file tends to fail on
 * every line after the damage, so only the first few problems of each file are listed, then how many more.
 * Files are read in parallel, so adding is synchronized.
 */
public final class Problems {

	private static final int LISTED_PER_FILE = 20;

	private final List<String> listed = new ArrayList<>();

	private final Map<String, Integer> perFile = new LinkedHashMap<>();

	public synchronized void add(String file, @Nullable Long line, String message) {
		int count = this.perFile.merge(file, 1, Integer::sum);
		if (count <= LISTED_PER_FILE) {
			this.listed.add(file + (line == null ? "" : ", line " + line) + ": " + message);
		}
	}

	public void add(String file, String message) {
		add(file, null, message);
	}

	public synchronized boolean isEmpty() {
		return this.perFile.isEmpty();
	}

	public synchronized boolean hasProblemsIn(String file) {
		return this.perFile.containsKey(file);
	}

	public synchronized List<String> list() {
		List<String> all = new ArrayList<>(this.listed);
		this.perFile.forEach((file, count) -> {
			if (count > LISTED_PER_FILE) {
				all.add(file + ": " + (count - LISTED_PER_FILE) + " more problems not listed");
			}
		});
		return all;
	}

}
