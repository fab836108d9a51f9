package org.competencygraph.importer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.competencygraph.importer.SourceTable.Row;
import org.jspecify.annotations.Nullable;

/** Checks and conversions of single values read from release files. */
public final class Values {

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private Values() {
	}

	/**
	 * The number in {@code column}, which must lie in {@code min..max}; otherwise null with the problem recorded.
	 */
	public static @Nullable Double number(SourceTable table, Row row, String column, double min, double max,
			Problems problems) {
		String text = table.get(row, column);
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value) && value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(table.name(), row.line(), column + " '" + abbreviate(text) + "' is not a number from "
				+ plain(min) + " to " + plain(max));
		return null;
	}

	/** The value of {@code column}, which must be one of {@code allowed}; otherwise null with the problem recorded. */
	public static @Nullable String oneOf(SourceTable table, Row row, String column, Problems problems,
			String... allowed) {
		String text = table.get(row, column);
		for (String value : allowed) {
			if (value.equals(text)) {
				return value;
			}
		}
		problems.add(table.name(), row.line(), column + " '" + abbreviate(text) + "' is not one of "
				+ java.util.Arrays.stream(allowed).map(v -> v.isEmpty() ? "(empty)" : v)
					.collect(java.util.stream.Collectors.joining(", ")));
		return null;
	}

	/** The non-empty value of {@code column} matching {@code pattern}; otherwise null with the problem recorded. */
	public static @Nullable String matching(SourceTable table, Row row, String column, String pattern,
			String expected, Problems problems) {
		String text = table.get(row, column);
		if (PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(text).matches()) {
			return text;
		}
		problems.add(table.name(), row.line(), column + " '" + abbreviate(text) + "' is not " + expected);
		return null;
	}

	public static double round(double value) {
		return Math.round(value * 10_000) / 10_000.0;
	}

	/**
	 * A stable id word for a name: lower case letters and digits joined by '-', with + and # spelt out so that C,
	 * C++ and C# stay apart.
	 */
	public static String slug(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace("+", " plus ")
			.replace("#", " sharp ")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/** A short stable hash of a text, to keep ids apart when two names give the same slug. */
	public static String shortHash(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return String.format("%08x", crc.getValue()).substring(0, 6);
	}

	public static String abbreviate(String text) {
		String single = text.replaceAll("\\s+", " ");
		return single.length() <= 60 ? single : single.substring(0, 57) + "...";
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
