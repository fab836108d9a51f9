package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Jobs printed side by side, one per column (a job family's grades in a table: "Job Title: Professional II | Job
 * Title: Professional III | ..." over "Typical Core Duties | Typical Core Duties | ..."), read one job after the
 * other: each column's cells, top to bottom, then the next column's. Read by its rows, such a table mixes the jobs'
 * duties into one another and drafts only the first job's title.
 *
 * A block of side-by-side jobs starts at a tab-separated row whose every cell (two or more) opens with a title label
 * ("Job Title:") and names a different job, and goes on while the rows have as many cells (blank lines between them
 * kept); a row of another number of cells ends it. Rows above the titles (a family's header, spanning the columns)
 * are not part of it. A cell's paragraph that is a list whose bullets were lost (a PDF's cell read as one line) is
 * read as its items ({@link LostBullets}).
 */
final class SideBySideJobs {

	private SideBySideJobs() {
	}

	/**
	 * @param lines the document's lines (a table's rows tab-separated, a Word cell's paragraphs apart by
	 *     {@link DocumentText#CELL_PARAGRAPH})
	 * @param namesJob whether a cell opens with a title label
	 * @param items a cell's paragraph as the lines to read (its items when it is a list whose bullets were lost)
	 * @return the lines with every block of side-by-side jobs unfolded into one column after another, each cell's
	 *     paragraphs a line of their own and a blank line between two jobs; the same list when there is none
	 */
	static List<String> unfold(List<String> lines, Predicate<String> namesJob, Function<String, List<String>> items) {
		List<String> read = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			List<String> titles = cells(lines.get(i));
			if (titles.size() < 2 || !titles.stream().allMatch(namesJob)
					|| titles.stream().map(String::strip).distinct().count() < titles.size()) {
				read.add(lines.get(i++));
				continue;
			}
			int end = i + 1;
			while (end < lines.size() && (lines.get(end).isBlank() || cells(lines.get(end)).size() == titles.size())) {
				end++;
			}
			// Blank lines closing the block belong to what follows it.
			while (end > i + 1 && lines.get(end - 1).isBlank()) {
				end--;
			}
			for (int column = 0; column < titles.size(); column++) {
				for (String row : lines.subList(i, end)) {
					if (row.isBlank()) {
						read.add("");
						continue;
					}
					for (String paragraph : cells(row).get(column).split(String.valueOf(DocumentText.CELL_PARAGRAPH))) {
						read.addAll(items.apply(paragraph.strip()));
					}
				}
				read.add("");
			}
			i = end;
		}
		return read;
	}

	private static List<String> cells(String line) {
		return line.indexOf('\t') < 0 ? List.of(line) : List.of(line.split("\t", -1));
	}

}
