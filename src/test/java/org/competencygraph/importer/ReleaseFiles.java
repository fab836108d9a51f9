package org.competencygraph.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real release files in ../shared/data and the fixture releases cut from them (src/test/resources/frameworks),
 * read the simple way to compute what the importer should have written, and damaged copies of a release for the
 * rejection tests.
 */
final class ReleaseFiles {

	static final Path DATA = Path.of("../shared/data");

	static final Path ONET = DATA.resolve("onet-30.1");

	static final Path ESCO = DATA.resolve("esco-1.1.1");

	/** Small releases cut from the real ones by {@link FixtureCut}, committed, so that every clone has them. */
	static final Path FIXTURES = Path.of("src/test/resources/frameworks");

	static final Path ONET_FIXTURE = FIXTURES.resolve("onet-30.1");

	static final Path ESCO_FIXTURE = FIXTURES.resolve("esco-1.1.1");

	private ReleaseFiles() {
	}

	/** The rows of an O*NET tab-separated file as column maps. */
	static List<Map<String, String>> onet(String file) {
		return onet(ONET, file);
	}

	/** The rows of a tab-separated file of the O*NET release in {@code release}. */
	static List<Map<String, String>> onet(Path release, String file) {
		try (Stream<String> lines = Files.lines(release.resolve(file), StandardCharsets.UTF_8)) {
			List<String[]> rows = lines.map(line -> line.split("\t", -1)).toList();
			String[] header = rows.getFirst();
			List<Map<String, String>> result = new ArrayList<>();
			for (String[] row : rows.subList(1, rows.size())) {
				Map<String, String> values = new java.util.HashMap<>();
				for (int i = 0; i < header.length; i++) {
					values.put(header[i], row[i]);
				}
				result.add(values);
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The records of an ESCO CSV file, e.g. {@code relations/occupationSkillRelations.csv}. */
	static List<CSVRecord> esco(String file) {
		return esco(ESCO, file);
	}

	/** The records of a CSV file of the ESCO release in {@code release}. */
	static List<CSVRecord> esco(Path release, String file) {
		try (Reader in = Files.newBufferedReader(release.resolve(file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of a release folder in {@code target}: every file a link to the original, except {@code damaged},
	 * which is written with {@code damage} applied to its bytes (or left out when {@code damage} returns null).
	 */
	static Path copy(Path release, Path target, String damaged, UnaryOperator<byte[]> damage) {
		return copy(release, target, damaged, damage, true);
	}

	/**
	 * As {@link #copy}, but every file copied, not linked: the GraphQL imports do not follow links out of the
	 * import folder.
	 */
	static Path copyWithoutLinks(Path release, Path target, String damaged, UnaryOperator<byte[]> damage) {
		return copy(release, target, damaged, damage, false);
	}

	private static Path copy(Path release, Path target, String damaged, UnaryOperator<byte[]> damage, boolean link) {
		try (Stream<Path> files = Files.walk(release)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = release.relativize(file);
				Path copy = target.resolve(relative.toString());
				Files.createDirectories(copy.getParent());
				if (relative.toString().equals(damaged)) {
					byte[] bytes = damage.apply(Files.readAllBytes(file));
					if (bytes != null) {
						Files.write(copy, bytes);
					}
				}
				else if (link) {
					Files.createSymbolicLink(copy, file.toAbsolutePath().normalize());
				}
				else {
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a copy made by {@link #copy}: its links, not what they point to. */
	static void delete(Path copy) {
		try (Stream<Path> files = Files.walk(copy)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first {@code fraction} of the bytes, moved off a line break so that the last line is cut. */
	static byte[] truncated(byte[] bytes, double fraction) {
		int end = (int) (bytes.length * fraction);
		while (bytes[end - 1] == '\n' || bytes[end - 1] == '\r') {
			end--;
		}
		return java.util.Arrays.copyOf(bytes, end);
	}

	/** Skills.txt cut after the first importance (IM) row that follows line 1,000: a cut at a line end. */
	static byte[] cutAfterImportanceRow(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int at = 0;
		for (int line = 0; line < 1_000; line++) {
			at = text.indexOf('\n', at) + 1;
		}
		while (!text.substring(at, text.indexOf('\n', at)).contains("\tIM\t")) {
			at = text.indexOf('\n', at) + 1;
		}
		return text.substring(0, text.indexOf('\n', at) + 1).getBytes(StandardCharsets.UTF_8);
	}

	/** Bytes that are not UTF-8 in the middle of the file, as in a copy damaged in transfer. */
	static byte[] withInvalidUtf8(byte[] bytes) {
		byte[] copy = bytes.clone();
		int middle = copy.length / 2;
		copy[middle] = (byte) 0xC3;
		copy[middle + 1] = (byte) 0x28;
		return copy;
	}

	/** An ESCO file cut inside a quoted multi-line value, at a line end, so the quote is never closed. */
	static byte[] cutInsideQuotedValue(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int middle = text.length() / 2;
		// The first line break after the middle that is inside quotes: an odd number of quotes before it.
		int quotes = (int) text.substring(0, middle).chars().filter(c -> c == '"').count();
		int at = middle;
		while (true) {
			char c = text.charAt(at);
			if (c == '"') {
				quotes++;
			}
			else if (c == '\n' && quotes % 2 == 1) {
				return text.substring(0, at + 1).getBytes(StandardCharsets.UTF_8);
			}
			at++;
		}
	}

	/** The text with {@code search} replaced, once, by {@code replacement}. */
	static byte[] replaced(byte[] bytes, String search, String replacement) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int at = text.indexOf(search);
		if (at < 0) {
			throw new IllegalArgumentException("not found: " + search);
		}
		return (text.substring(0, at) + replacement + text.substring(at + search.length()))
			.getBytes(StandardCharsets.UTF_8);
	}

}
