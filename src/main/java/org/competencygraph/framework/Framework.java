package org.competencygraph.framework;

import java.util.Arrays;
import java.util.Locale;

/**
 * A standard framework whose data can be imported. {@link #id()} is the {@code framework} property of every node
 * it writes and, followed by a colon, the prefix of their ids; its organization node has the bare id.
 */
public enum Framework {

	ONET("onet", "O*NET", "https://www.onetcenter.org/database.html"),

	ESCO("esco", "ESCO", "https://esco.ec.europa.eu/en/use-esco/download");

	private final String id;

	private final String displayName;

	private final String homepage;

	Framework(String id, String displayName, String homepage) {
		this.id = id;
		this.displayName = displayName;
		this.homepage = homepage;
	}

	public String id() {
		return this.id;
	}

	/** The prefix of the ids of the framework's nodes, e.g. {@code onet:}. */
	public String idPrefix() {
		return this.id + ":";
	}

	public String displayName() {
		return this.displayName;
	}

	public String homepage() {
		return this.homepage;
	}

	public static Framework of(String id) {
		String wanted = id.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(f -> f.id.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown framework '" + id + "': use onet or esco"));
	}

}
