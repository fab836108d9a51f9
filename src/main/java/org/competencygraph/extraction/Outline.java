package org.competencygraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A job description's text as sections and sentences ({@link Passage}s), and the metadata of each job it describes
 * ("Label: value" lines). Headings are recognised by their form (Markdown, ALL CAPS, a line ending in a colon, a
 * short line of section words, "LABEL: text") and named by the vocabularies of {@link ExtractionRules}.
 * Longer than 300 lines because it is one pass over the lines with its state (section, priority, level, list
 * introduction, job), which is easier to follow in one place than spread over classes sharing that state.
 */
final class Outline {

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");

	/** A list item: a bullet, or a number, a letter or a lower-case roman numeral ("iv.", "(ii)") before its text. */
	private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022\u00b7\u25aa\u25e6\u2013\uf0b7o]|\\(?(\\d{1,3}|[a-z]|[ivx]{2,5})[.)])\\s+(.+)$");

	private static final Pattern INLINE_LABEL = Pattern.compile("^([A-Z][A-Z0-9 &/,'()-]{2,60}):\\s*(.+)$");

	private static final Pattern ITEM_LABEL = Pattern.compile("^([A-Z][A-Z0-9 &/,'()-]{2,60}?)\\s+[-\u2013\u2014:]\\s+(.+)$");

	private static final Pattern LEVEL_MARKER = Pattern.compile("(?i)\\blevels?\\s+(\\d)((?:\\s*(?:&|,|and|-|to|\u2013)\\s*\\d)*)");

	private static final Pattern LEVEL_GRADE = Pattern.compile("(?i)\\blevel\\s*(\\d)\\s*=\\s*grade\\s*(\\S+)");

	// Not after an abbreviation that a name or an example follows ("e.g. GICSP", "i.e. CCNA").
	// Not after an initial or a title before a name ("Mr K. Mothibi", "J. Smith"), nor after "Min." or "Max." ("Min.
	// Education requirements", a row's label).
	private static final Pattern SENTENCE_END = Pattern.compile(
			"(?<=[.!?])(?<!\\b(?:e\\.g|i\\.e|eg|ie|incl|approx|cf|Min|Max)\\.)(?<!\\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof)\\.)\\s+(?=[A-Z(\"'\u2018\u201c])");

	/** A Markdown link, "[text](target)" (a target may hold brackets of its own), read as its text. */
	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\[]+)]\\((?:[^()\\s]|\\([^()\\s]*\\))*\\)");

	/** Markdown inline code, "`Kubernetes`", read as its words. */
	private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");

	/** A Markdown table's line between its header and its rows ("|---|:-:|"). */
	private static final Pattern TABLE_RULE = Pattern.compile("^\\|?(\\s*:?-+:?\\s*\\|)+\\s*(:?-+:?\\s*)?$");

	/** A criterion's closing priority mark: "(E)", "(D)", "[Essential]". */
	private static final Pattern PRIORITY_MARK = Pattern.compile("\\s*[(\\[]\\s*([\\p{L}-]{1,12})\\s*[)\\]]\\s*[.;]?$");

	private static final Pattern PRIORITY_LABEL = Pattern.compile("^(\\p{L}[\\p{L} ]{2,30}):\\s+(.+)$");

	/** A numbered list's item: its number ("8. Write ...", "9) Apply ..."). */
	private static final Pattern NUMBERED_ITEM = Pattern.compile("\\s*(\\d{1,3})[.)]\\s+\\S");

	private static final List<String> REQUIREMENT_KINDS = List.of("skills", "knowledge", "experience", "qualifications");

	/** Criteria listed in one sentence, separated by semicolons, are each at most this many words. */
	private static final int LISTED_CRITERION_WORDS = 15;

	/** At most this many words: a table cell that names a column or labels a row. */
	private static final int LABEL_WORDS = 6;

	/** At most this many words: a row's label beside a longer text (see {@link #isRowLabel}). */
	private static final int ROW_LABEL_WORDS = 15;

	/** At least this many words in one paragraph: the text a row's label stands beside. */
	private static final int LABELLED_TEXT_WORDS = 6;

	static final String BEFORE_HEADINGS = "(before the first heading)";

	/** The section kind of a details table's rows under a heading: facts of the post, neither text nor requirements. */
	static final String DETAILS = "details";

	/** A job the document describes: its metadata by label kind (title, code, grade, ...), first value kept. */
	record JobPart(Map<String, String> metadata, List<String> summary) {
	}

	private final ExtractionRules rules;

	/** Whether a heading has been read: the lines before the first are the document's title and facts. */
	private boolean headingSeen;

	/** How many passages there were when the last heading was read. */
	private int headedAt = -1;

	private final Pattern labels;

	final List<Passage> passages = new ArrayList<>();

	final List<JobPart> jobs = new ArrayList<>();

	/** The levels of a multi-level document ("Level 1, 2, 3 & 4"), each with its grade when stated. */
	final Map<Integer, @Nullable String> levels = new LinkedHashMap<>();

	/** The first lines, where an unlabelled organization name may stand. */
	final List<String> opening = new ArrayList<>();

	private String group = "";

	private String heading = "";

	private String kind = "other";

	/** The depth of the Markdown (or Word) heading that set {@link #kind}; 0 for a heading known by other forms. */
	private int kindDepth;

	private @Nullable String priority;

	private String priorityHeading = "";

	/** Whether the heading that set {@link #priority} is in capitals (it then outlasts headings in mixed case). */
	private boolean priorityInCapitals;

	/** Whether the priority holds for the list under its heading only, which ended in a colon. */
	private boolean priorityOverList;

	/**
	 * The section kind the heading that set {@link #priority} named of its own ("Preferred Qualifications":
	 * qualifications), null for a priority word alone ("Desirable") or criteria in general ("Desirable criteria").
	 */
	private @Nullable String priorityKind;

	/**
	 * The section kind a plain-text heading in capitals named ("KEY COMPETENCIES"), for the mixed-case headings under
	 * it; null before one and after a Markdown or numbered heading.
	 */
	private @Nullable String capitalsKind;

	private int level;

	private String levelHeading = "";

	/**
	 * The levels a job family page names by rank under headings of their own ("### Senior Site Reliability
	 * Engineer"): each heading's text by the rank of its level word ({@code levelNames}, from 1). Two or more make the
	 * document multi-level (see {@link #levels}).
	 */
	final Map<Integer, String> namedLevels = new java.util.TreeMap<>();

	/** The depth of the Markdown heading that named the current level by its rank; 0 outside one. */
	private int namedLevelDepth;

	/** The text of the document's first top heading ("# Site Reliability Engineer"), or null before one. */
	private @Nullable String topHeading;

	private @Nullable String intro;

	/** The label of a "LABEL: text" paragraph that names no section: part of the section path of its text only. */
	private String subheading = "";

	private @Nullable String footnote;

	/** The level cell of the capability table's row being read (see {@link #names}), else null. */
	private @Nullable String levelCell;

	/** The capabilities a capability table named with their levels ("Manage Self"), lower-cased. */
	private final java.util.Set<String> named = new java.util.HashSet<>();

	/** The number of the last line read as a criterion's assessment ({@link #assessed}). */
	private int assessedAt = -2;

	/** What each column of the current table holds (see {@link #tableRow}), null outside a table with a header. */
	private @Nullable List<String> columns;

	Outline(ExtractionRules rules) {
		this.rules = rules;
		List<String> all = new ArrayList<>();
		rules.metadataLabels().values().forEach(all::addAll);
		all.sort(Comparator.comparingInt(String::length).reversed());
		this.labels = Pattern.compile("(?i)(?:^|(?<=\\s))(" + String.join("|", all.stream().map(Pattern::quote).toList())
				// "POST 04/11 : SENIOR IT TECHNICIAN": a label may carry the post's number.
				+ ")(?:\\s+\\d+(?:/\\d+)+)?\\s*:\\s*");
		this.jobs.add(new JobPart(new LinkedHashMap<>(), new ArrayList<>()));
	}

	static Outline of(String text, ExtractionRules rules) {
		Outline outline = new Outline(rules);
		// A bold heading glued to the end of the line before ("REQUIREMENTS**Knowledge**") starts a line of its own.
		String separated = text.replaceAll("(?m)(\\S)\\*\\*([^*\n]+)\\*\\*[ \t]*$", "$1\n$2");
		// The layouts read before the lines are outlined, in this order, each on what the one before gave.
		List<String> lines = List.of(separated.split("\n", -1));
		// A job site's buttons and links pasted with its page are left out first, the lines keeping their numbers.
		lines = PageControls.blanked(lines, rules);
		lines = SocialPost.asListItems(lines);
		lines = RunInHeadings.separated(lines, rules);
		lines = SideBySideJobs.unfold(lines, outline::opensWithTitle, new LostBullets(rules)::items);
		lines = MeritCriteria.asListItems(lines);
		lines = PercentagesOfTime.asListItems(lines, rules);
		// A web page's list whose bullets the copy lost, once coded criteria and weighed duties are items of their own.
		lines = PastedLists.asListItems(lines, rules);
		outline.footnote = footnote(lines, rules);
		String pending = null;
		int pendingLine = 0;
		// Whether the line before was a table's row (a Markdown table's rule line counts as one).
		boolean inTable = false;
		// Whether the pending line stands right after a table's row.
		boolean pendingAfterRow = false;
		for (int i = 0; i < lines.size(); i++) {
			String stripped = lines.get(i).strip();
			if (TABLE_RULE.matcher(stripped).matches()) {
				inTable = true;
				continue;
			}
			boolean afterRow = inTable;
			// A Markdown table's row ("| criterion | ✓ | |") is read by its cells as a tab-separated one.
			boolean piped = stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 2;
			boolean firstRow = !inTable;
			inTable = lines.get(i).indexOf('\t') >= 0 || piped;
			if (inTable) {
				List<String> cells = new ArrayList<>();
				List<List<String>> paragraphs = new ArrayList<>();
				String row = piped ? stripped.substring(1, stripped.length() - 1) : lines.get(i);
				for (String cell : row.split(piped ? "(?<!\\\\)\\|" : "\t", -1)) {
					cells.add(clean(cell));
					paragraphs.add(java.util.Arrays.stream(cell.split(String.valueOf(DocumentText.CELL_PARAGRAPH)))
						.map(Outline::clean).filter(p -> !p.isEmpty()).toList());
				}
				if (outline.tableRow(cells, paragraphs, firstRow, i + 1, pending, pendingLine, pendingAfterRow)) {
					pending = null;
					continue;
				}
			}
			// "2. Key result areas", "2.1 People on site ...": numbered headings, read as Markdown ones of their depth.
			String numbered = NumberedHeadings.asMarkdown(lines, i);
			String line = numbered != null ? numbered : clean(piped ? stripped.replace('|', ' ') : lines.get(i));
			boolean item = BULLET.matcher(line).matches();
			// A line going on in lower case, or after a line ending in "and" or a comma, continues the one before,
			// unless it is a list item ("a) Maintain ...") or opens with a label of the job's facts ("Job Title: ..."
			// under a family's summary ending in a comma, as a PDF's columns cut it).
			boolean continues = pending != null && !line.isEmpty()
					&& (Character.isLowerCase(line.charAt(0)) || (outline.rules.goesOn(pending) && !outline.opensWithLabel(line)))
					&& !pending.matches(".*[.:;!?]$") && !item;
			if (continues) {
				pending = pending + " " + line;
				continue;
			}
			if (pending != null) {
				// A short line of its own between a blank line and a paragraph ("Life at the depot" over prose) may
				// be a heading too.
				boolean alone = !line.isEmpty() && !item && (pendingLine < 2 || lines.get(pendingLine - 2).isBlank());
				outline.line(pending, pendingLine, item, alone, numberingRunsOn(lines, pendingLine - 1));
			}
			pending = line;
			pendingLine = i + 1;
			pendingAfterRow = afterRow;
		}
		if (pending != null) {
			outline.line(pending, pendingLine, false, false, false);
		}
		outline.requirementSections();
		outline.passages.replaceAll(MeritCriteria.definitions(outline.passages));
		if (outline.namedLevels.size() >= 2 && outline.levels.isEmpty()) {
			outline.namedLevels.keySet().forEach(rank -> outline.levels.put(rank, null));
		}
		else {
			outline.namedLevels.clear();
		}
		return outline;
	}

	/**
	 * A section under a heading the vocabularies do not know ("Is this you?", "Other") whose sentences mostly state a
	 * requirement or a priority (at least half, two or more sentences) is a section of requirements; one whose
	 * sentences mostly open with a verb opening a duty (at least half, two or more: "### Database Administration":
	 * "Enrol users, maintain system security ...", "Use standard procedures ...") is a section of duties.
	 */
	private void requirementSections() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (Passage passage : this.passages) {
			if (passage.sectionKind().equals("other") && !passage.section().equals(BEFORE_HEADINGS)) {
				int[] count = counts.computeIfAbsent(passage.section(), s -> new int[3]);
				count[0]++;
				if (passage.priority() != null || this.rules.statesRequirement(passage.text())
						|| this.rules.statesPriority(passage.text())) {
					count[1]++;
				}
				else if (this.rules.opensDuty(passage.text())) {
					count[2]++;
				}
			}
		}
		for (int i = 0; i < this.passages.size(); i++) {
			Passage passage = this.passages.get(i);
			int[] count = counts.get(passage.section());
			if (!passage.sectionKind().equals("other") || count == null || count[0] < 2) {
				continue;
			}
			if (2 * count[1] >= count[0]) {
				this.passages.set(i, passage.withSectionKind("skills"));
			}
			else if (count[2] >= 2 && 2 * count[2] >= count[0]) {
				this.passages.set(i, passage.withSectionKind("duties"));
			}
		}
	}

	/**
	 * Whether the line at {@code at} stands between two items of one numbered list: the line before it (blank lines
	 * aside) is item N ("8. ...") and the line after it item N + 1.
	 */
	private static boolean numberingRunsOn(List<String> lines, int at) {
		int before = at - 1;
		while (before >= 0 && lines.get(before).isBlank()) {
			before--;
		}
		int after = at + 1;
		while (after < lines.size() && lines.get(after).isBlank()) {
			after++;
		}
		if (before < 0 || after >= lines.size()) {
			return false;
		}
		Matcher first = NUMBERED_ITEM.matcher(lines.get(before));
		Matcher next = NUMBERED_ITEM.matcher(lines.get(after));
		return first.lookingAt() && next.lookingAt()
				&& Integer.parseInt(next.group(1)) == Integer.parseInt(first.group(1)) + 1;
	}

	/** Markup and layout that carry no words: bold, underline tags, bookmarks, quote marks, tab-separated repeats. */
	static String clean(String raw) {
		String line = raw.replace(DocumentText.CELL_PARAGRAPH, ' ').replaceAll("\\[bookmark:[^]]*]", "").replaceAll("</?u>", "").replaceAll("\\*\\*(.+?)\\*\\*", "$1");
		// A Markdown link is read as its text ("our [values](/handbook/values/)"), inline code as its words ("`Terraform`").
		line = MARKDOWN_LINK.matcher(line).replaceAll("$1");
		line = INLINE_CODE.matcher(line).replaceAll("$1");
		if (line.startsWith(">")) {
			line = line.substring(1);
		}
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\t")) {
			String stripped = cell.strip().replaceAll("\\s+", " ");
			if (!stripped.isEmpty() && (cells.isEmpty() || !cells.getLast().equals(stripped))) {
				cells.add(stripped);
			}
		}
		return String.join(" ", cells);
	}

	/**
	 * A table row read by its columns (a person specification's "criterion | Essential/Desirable | how assessed"):
	 * a header row naming priority or assessment columns says what each column holds, for the rows after it until the
	 * next heading; a row without one is read so when the cells after the first are priority words or assessment
	 * methods. The criterion becomes an item with the row's priority and assessment; other rows are lines as usual.
	 *
	 * A header naming an indicator column and a name or level column (a capability framework's "Capability name |
	 * Behavioural indicators | Level") makes each paragraph of the indicator cell a criterion of its own.
	 *
	 * A table of another kind is read by its rows too: its first row, when every cell is a few words (a column
	 * header: "Key accountability | Expected outcomes"), is no text; a row of a short label and a cell of text
	 * ("Infrastructure operations | Windows Server ... are maintained. ¶ Backups ... run successfully.") is the
	 * label's part of the section, each paragraph of the cell a line of its own.
	 *
	 * @param paragraphs each cell's paragraphs (a Word cell's, else the cell's words as one)
	 * @param firstRow whether the row is its table's first
	 * @param pending a line read before the row and not yet outlined (it is outlined first when the row is a table's)
	 * @param groupRow whether that line stands right after another row of the table (a row of one cell)
	 * @return whether the row was read as a table's
	 */
	private boolean tableRow(List<String> cells, List<List<String>> paragraphs, boolean firstRow, int number,
			@Nullable String pending, int pendingLine, boolean groupRow) {
		List<String> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
		// A heading not yet outlined before the row ends the table above it: its columns hold no more.
		if (pending != null && MARKDOWN_HEADING.matcher(pending).matches()) {
			this.columns = null;
		}
		// One cell, or the same words in each (a layout of several jobs side by side): no table of criteria.
		if (filled.size() < 2 || filled.stream().distinct().count() < 2) {
			return false;
		}
		// "Job title | IT Support Technician": a table of the job's details, read as "Label: value".
		if (filled.size() == 2 && !cells.getFirst().isEmpty() && this.columns == null
				&& !labelKind(filled.getFirst().replaceAll(":\\s*$", "")).equals("other")) {
			if (pending != null) {
				line(pending, pendingLine, false, false, false);
			}
			return metadata(filled.getFirst().replaceAll(":\\s*$", "") + ": " + filled.getLast());
		}
		// "ANZSCO Code | 262113" in the job's details table, before the first heading: a fact of the job, read as
		// "Label: value" under a label no vocabulary knows (a job fact when the boilerplate names it), not as text.
		// So too under a heading no vocabulary knows ("Job Identification" over "Required Languages | English and
		// Arabic"): the label is no heading of the rows after it, though it names a priority or a section.
		boolean beforeHeadings = !this.headingSeen
				&& this.passages.stream().allMatch(p -> p.section().equals(BEFORE_HEADINGS));
		boolean underDetails = this.headingSeen && this.kind.equals("other") && !this.heading.isEmpty();
		if (filled.size() == 2 && !cells.getFirst().isEmpty() && this.columns == null && (beforeHeadings || underDetails)
				&& (pending == null || !isHeading(pending)) && isLabel(filled.getFirst())) {
			if (pending != null) {
				line(pending, pendingLine, false, false, false);
			}
			// Its words, not a heading, whatever words the value holds ("Cluster | Education and Skills"). Under a
			// heading they are facts of the post ("details"), never requirements, though a value names one
			// ("Education & Work Experience | Secondary Education - 6 year(s) experience ..."): the sections below
			// state them.
			this.intro = null;
			String kindBefore = this.kind;
			if (underDetails && !beforeHeadings) {
				this.kind = DETAILS;
			}
			text(filled.getFirst().replaceAll(":\\s*$", "") + ": " + filled.getLast(), null, number);
			this.kind = kindBefore;
			return true;
		}
		List<String> roles = cells.stream().map(this::columnRole).toList();
		// Named columns count only beside an indicator column, or a name column beside a level column (a capability
		// summary, "Capability name | Level"): elsewhere they hold the criterion's words as before.
		boolean framework = roles.contains("indicator") && (roles.contains("name") || roles.contains("level"))
				|| roles.contains("name") && roles.contains("level");
		if (!framework) {
			roles = roles.stream().map(r -> List.of("indicator", "name", "level").contains(r) ? "text" : r).toList();
		}
		// A header names a column "Essential / Desirable" or "How assessed", or has an Essential and a Desirable column,
		// or names its capability and indicator columns.
		boolean header = roles.stream().skip(1).anyMatch(r -> r.equals("priority") || r.equals("assessment"))
				|| roles.stream().skip(1).filter(r -> r.startsWith("priority:")).distinct().count() >= 2 || framework;
		boolean described = !header && this.columns != null;
		boolean marked = !header && !described && cells.stream().skip(1).filter(c -> !c.isEmpty())
			.allMatch(c -> this.rules.priorityHeading(c) != null && c.split("\\s+").length <= 2 || isAssessmentList(c));
		boolean columnNames = !header && !described && !marked && firstRow && this.headingSeen
				&& filled.stream().allMatch(Outline::isLabel);
		boolean labelled = !header && !described && !marked && filled.size() == 2
				&& (this.kind.equals("duties") || REQUIREMENT_KINDS.contains(this.kind))
				&& isRowLabel(cells.getFirst(), paragraphs.getLast()) && (paragraphs.getLast().size() >= 2
					|| cells.getLast().split("\\s+").length >= LABELLED_TEXT_WORDS);
		// "Achieve Results: | LEVEL 1: Plans and monitors own work, ...": a capability's name beside a cell opening
		// with its level, a capability summary without a header row (a UN agency's core competencies).
		String leveled = filled.size() == 2 && cells.size() == 2 && REQUIREMENT_KINDS.contains(this.kind)
				&& isLabel(cells.getFirst()) ? leadingLevel(cells.getLast()) : null;
		if (!header && !described && !marked && !columnNames && !labelled && leveled == null) {
			return false;
		}
		if (pending != null) {
			List<String> tableColumns = this.columns;
			line(pending, pendingLine, false, false, false);
			// A row of one cell between the table's rows ("Experience" across a person specification's columns)
			// groups the criteria under it: the columns hold on. A heading outside the table ends them.
			if (groupRow) {
				this.columns = tableColumns;
			}
			described = described && this.columns != null;
		}
		if (columnNames) {
			return true;
		}
		if (leveled != null) {
			named(cells.getFirst().replaceAll("[\\s:*]+$", ""), leveled, number);
			return true;
		}
		if (labelled) {
			// "Desired skills in addition to the competencies covered in the Competencies section | ...": the label's
			// priority is its text's.
			String labelPriority = this.rules.priorityHeading(cells.getFirst());
			criteria(cells.getFirst(), List.of(new Criterion(labelPriority != null ? labelPriority : this.priority,
					paragraphs.getLast())), List.of(), number);
			return true;
		}
		if (header) {
			String first = filled.getFirst();
			// "Criteria" or "Skills" over the table starts a section unless one of requirements is already open.
			if (this.rules.sectionKind(first) != null && !List.of("skills", "knowledge", "experience", "qualifications")
				.contains(this.kind)) {
				heading(first, 0, false, false);
			}
			this.columns = roles;
			return true;
		}
		if (described && this.columns.contains("indicator")) {
			indicators(cells, paragraphs, number);
			return true;
		}
		if (described && this.columns.contains("name") && this.columns.contains("level")) {
			names(cells, number);
			return true;
		}
		StringBuilder text = new StringBuilder();
		String rowPriority = null;
		List<String> methods = new ArrayList<>();
		// Criteria written in the Essential and Desirable columns themselves ("Factor | Essential | Desirable"),
		// with their priority; the first column then names the factor (Qualifications, Experience, ...).
		List<Criterion> criteria = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			String cell = cells.get(c);
			String role = described && c < this.columns.size() ? this.columns.get(c) : "value";
			if (cell.isEmpty()) {
				continue;
			}
			if (role.startsWith("priority:") && c > 0 && !isMark(cell)) {
				criteria.add(new Criterion(role.substring("priority:".length()), paragraphs.get(c)));
			}
			else if (role.startsWith("priority:") && !text.isEmpty()) {
				rowPriority = role.substring("priority:".length());
			}
			else if ((role.equals("value") || role.equals("priority")) && !text.isEmpty()
					&& this.rules.priorityHeading(cell) != null && cell.split("\\s+").length <= 2) {
				rowPriority = this.rules.priorityHeading(cell);
			}
			else if ((role.equals("assessment") || role.equals("value")) && !text.isEmpty() && isAssessmentList(cell)) {
				methods.addAll(List.of(cell.split("\\s*(?:[,/;&]|\\band\\b)\\s*")));
			}
			else if (role.equals("text") || role.equals("value") || text.isEmpty()) {
				text.append(text.isEmpty() ? "" : " ").append(cell);
			}
		}
		if (!criteria.isEmpty()) {
			criteria(text.toString(), criteria, methods, number);
			return true;
		}
		if (text.isEmpty()) {
			return true;
		}
		String before = this.priority;
		if (rowPriority != null) {
			this.priority = rowPriority;
		}
		int from = this.passages.size();
		Matcher bullet = BULLET.matcher(text.toString());
		text(bullet.matches() ? bullet.group(2) : text.toString(), null, number);
		for (Passage passage : this.passages.subList(from, this.passages.size())) {
			methods.stream().map(String::strip).filter(m -> !m.isEmpty()).forEach(passage.assessedBy()::add);
		}
		this.priority = before;
		return true;
	}

	/**
	 * A row of a capability framework's table: each paragraph of its indicator cells a criterion matched on its own
	 * words, in a section of requirements, with the row's capability name (its last name cell) in the section path.
	 */
	private void indicators(List<String> cells, List<List<String>> paragraphs, int number) {
		String name = lastCell(cells, "name");
		// A focus capability's indicators under a summary that named it with its level ("Personal Attributes: Manage
		// Self"): examples of the capability already asked for, not requirements of their own.
		String capability = ExtractionRules.lower(name.replaceFirst("^[^:]*:\\s*", "").replaceAll("[\\s*]+$", ""));
		if (!capability.isEmpty() && this.named.contains(capability)) {
			return;
		}
		asRequirements(() -> {
			this.subheading = name;
			for (int c = 0; c < paragraphs.size() && c < this.columns.size(); c++) {
				if (this.columns.get(c).equals("indicator")) {
					for (String paragraph : paragraphs.get(c)) {
						text(paragraph, null, number);
					}
				}
			}
			this.subheading = "";
		});
	}

	/**
	 * A row of a capability summary ("Capability group | Capability name | Level", "Category | Skill | Level and
	 * code"): the capability's name (the last name cell, without the star marking a focus capability) a criterion
	 * in a section of requirements, with the row's level cell.
	 */
	private void names(List<String> cells, int number) {
		named(lastCell(cells, "name").replaceAll("[\\s*]+$", ""), lastCell(cells, "level"), number);
	}

	/** A capability's name read as a criterion in a section of requirements, with its level cell (may be empty). */
	private void named(String name, String level, int number) {
		if (name.isEmpty()) {
			return;
		}
		asRequirements(() -> {
			this.named.add(ExtractionRules.lower(name));
			this.levelCell = level.isEmpty() ? null : level;
			text(name, null, number);
			this.levelCell = null;
		});
	}

	/** The last non-empty cell of a row in a column of the role ("name", "level"), else "". */
	private String lastCell(List<String> cells, String role) {
		String last = "";
		for (int c = 0; c < cells.size() && c < this.columns.size(); c++) {
			if (this.columns.get(c).equals(role) && !cells.get(c).isEmpty()) {
				last = cells.get(c);
			}
		}
		return last;
	}

	/** Reads a table's criteria in a section of requirements ("skills" unless the section is one already). */
	private void asRequirements(Runnable read) {
		String beforeKind = this.kind;
		if (!REQUIREMENT_KINDS.contains(this.kind)) {
			this.kind = "skills";
		}
		read.run();
		this.kind = beforeKind;
	}

	/** The words of one cell of a table's row, with the priority they have there (null: the section's). */
	private record Criterion(@Nullable String priority, List<String> paragraphs) {
	}

	/**
	 * The level a cell opens with ("LEVEL 1: Plans and monitors own work", "Adept"), one of {@code tableLevels}
	 * alone or before a colon or a dash, else null ("Advanced knowledge of Cisco switching" is a criterion's text).
	 */
	private @Nullable String leadingLevel(String cell) {
		String lower = ExtractionRules.lower(cell).strip();
		return this.rules.tableLevels().keySet().stream()
			.filter(name -> lower.startsWith(name) && lower.substring(name.length()).matches("(?s)\\s*(?:$|[:\u2013\u2014-].*)"))
			.max(Comparator.comparingInt(String::length))
			.map(name -> cell.substring(0, name.length())).orElse(null);
	}

	/**
	 * A row's label beside its text: no sentence, up to {@link #ROW_LABEL_WORDS} words ("Desired skills in addition
	 * to the competencies covered in the Competencies section") beside several paragraphs or a text of more words.
	 */
	private static boolean isRowLabel(String cell, List<String> text) {
		int words = cell.split("\\s+").length;
		return isLabel(cell) || !cell.isEmpty() && words <= ROW_LABEL_WORDS
				&& (text.size() >= 2 || words < String.join(" ", text).split("\\s+").length)
				&& !cell.matches(".*[.!?;]$") && !SENTENCE_END.matcher(cell).find();
	}

	/** A cell of a few words that ends no sentence: a column's name or a row's label. */
	private static boolean isLabel(String cell) {
		return !cell.isEmpty() && cell.split("\\s+").length <= LABEL_WORDS && !cell.matches(".*[.!?;]$")
				&& !SENTENCE_END.matcher(cell).find();
	}

	/** A tick or a priority word in a priority column, not a criterion's words. */
	private boolean isMark(String cell) {
		return cell.matches("(?i)[\u2713\u2714\u2717\u2718\u2022*xy]|yes|e|d")
				|| this.rules.priorityHeading(cell) != null && cell.split("\\s+").length <= 2;
	}

	/**
	 * The criteria of a row "factor | essential criteria | desirable criteria | how assessed": each an item with its
	 * column's priority, in the section the factor names (its kind when it names one, else the current one).
	 */
	private void criteria(String factor, List<Criterion> criteria, List<String> methods, int number) {
		String beforeKind = this.kind;
		String beforePriority = this.priority;
		String factorKind = factor.isEmpty() ? null : this.rules.sectionKind(factor);
		if (factorKind != null && !factorKind.equals("boilerplate")) {
			this.kind = factorKind;
		}
		this.subheading = factor;
		for (Criterion criterion : criteria) {
			this.priority = criterion.priority();
			// A cell's paragraphs and sentences are criteria of their own ("Able to diagnose ... Good written
			// communication skills.").
			for (String sentence : criterion.paragraphs().stream().flatMap(p -> sentences(p).stream()).toList()) {
				int from = this.passages.size();
				text(sentence, null, number);
				for (Passage passage : this.passages.subList(from, this.passages.size())) {
					methods.stream().map(String::strip).filter(m -> !m.isEmpty()).forEach(passage.assessedBy()::add);
				}
			}
		}
		this.subheading = "";
		this.kind = beforeKind;
		this.priority = beforePriority;
	}

	/** What a table column's header says it holds: priority:essential, priority (either), assessment, or text. */
	private String columnRole(String header) {
		String lower = ExtractionRules.lower(header);
		if (header.matches("(?s).*[.!?]$") || SENTENCE_END.matcher(header).find()) {
			// Sentences ("... are identified and delivered.") are a row's text, never a column's name.
			return "text";
		}
		String mark = header.isBlank() ? null : this.rules.priorityMark(header);
		if (mark != null && header.strip().length() <= 3) {
			// "E" / "D" columns of ticks.
			return "priority:" + mark;
		}
		boolean essential = ExtractionRules.anyOf(lower, this.rules.priorityHeadings().get("essential")) != null;
		boolean desirable = ExtractionRules.anyOf(lower, this.rules.priorityHeadings().get("desirable")) != null;
		if (header.split("\\s+").length <= 4 && (essential || desirable)) {
			return essential && desirable ? "priority" : "priority:" + (essential ? "essential" : "desirable");
		}
		if (ExtractionRules.indexOf(lower, "assess*", 0) >= 0 || ExtractionRules.indexOf(lower, "identified", 0) >= 0
				|| ExtractionRules.indexOf(lower, "method", 0) >= 0) {
			return "assessment";
		}
		// "Behavioural indicators", "Level", "Capability name": what a capability framework's columns hold.
		for (String role : List.of("indicator", "level", "name")) {
			if (header.split("\\s+").length <= 4
					&& ExtractionRules.anyOf(lower, this.rules.tableColumns().getOrDefault(role, List.of())) != null) {
				return role;
			}
		}
		return "text";
	}

	/** "Application, Interview": every part names an assessment method (or begins one's name). */
	private boolean isAssessmentList(String cell) {
		List<String> parts = List.of(ExtractionRules.lower(cell).split("\\s*(?:[,/;&]|\\band\\b)\\s*"));
		return parts.stream().allMatch(part -> !part.isBlank() && this.rules.assessments().stream()
			.anyMatch(a -> a.equals(part.strip()) || a.startsWith(part.strip() + " ")));
	}

	private static @Nullable String footnote(List<String> lines, ExtractionRules rules) {
		for (String raw : lines) {
			String line = raw.strip();
			if (line.startsWith("* ") && line.length() < 80 && ExtractionRules.anyOf(ExtractionRules.lower(line),
					rules.priorityCues().stream().flatMap(c -> c.phrases().stream()).toList()) != null) {
				return line.substring(2).strip();
			}
		}
		return null;
	}

	/**
	 * @param beforeItem whether a list item follows
	 * @param beforeParagraph whether the line stands after a blank line and before a line of text
	 * @param listRunsOn whether the line stands between two items of one numbered list ({@link #numberingRunsOn})
	 */
	private void line(String line, int number, boolean beforeItem, boolean beforeParagraph, boolean listRunsOn) {
		if (line.isEmpty()) {
			// An introduction ("Comprehensive knowledge of:") holds for its list across blank lines.
			return;
		}
		if (this.opening.size() < 8) {
			this.opening.add(line);
		}
		if (this.footnote != null && line.startsWith("* ") && line.substring(2).strip().equals(this.footnote)) {
			return;
		}
		Matcher grade = LEVEL_GRADE.matcher(line);
		if (grade.find()) {
			this.levels.put(Integer.parseInt(grade.group(1)), grade.group(2));
			return;
		}
		if (metadata(line)) {
			return;
		}
		Matcher markdown = MARKDOWN_HEADING.matcher(line);
		if (markdown.matches()) {
			heading(markdown.group(2).strip(), markdown.group(1).length(), false, listRunsOn);
			return;
		}
		Matcher bullet = BULLET.matcher(line);
		// "1. Ensures effective administration of ..., focusing on achievement of the following results:" over its
		// bullets: a numbered function's introduction of the items after it, no criterion of its own. So too a
		// weighed duty's ("15%  Serves as the technical lead for ... systems, including:" over its sub-list).
		if (bullet.matches() && beforeItem && line.endsWith(":")) {
			this.intro = bullet.group(2).strip().replaceAll(":$", "");
			return;
		}
		if (bullet.matches()) {
			item(bullet.group(2).strip(), bullet.group(1), number);
			return;
		}
		// "What we're looking for:" is a heading: its "for" belongs to the section's phrase, introducing no list.
		if (line.matches("(?i).*\\b(of|in|to|with|for|on|including|are)\\s*:$") && !this.rules.endsInSectionPhrase(line)) {
			this.intro = line.substring(0, line.length() - 1);
			return;
		}
		if (isLegend(line)) {
			return;
		}
		// "Interview" under a criterion, then "Assessment" (a person specification's column name, printed below the
		// method) right before the next numbered criterion: more of the same, not that list's heading.
		if (number == this.assessedAt + 1 && isAssessment(line)) {
			assessed(line, number);
			return;
		}
		// Before a paragraph, only once the document's headings have begun: the lines at its top are its title,
		// organization and facts.
		if (!isMarkedCriterion(line) && (isHeading(line) || beforeItem && isListHeading(line)
				|| beforeParagraph && this.headingSeen && isListHeading(line) && !line.endsWith(":"))) {
			heading(line.replaceAll("[:\\s]+$", ""), 0, line.endsWith(":"), listRunsOn);
			return;
		}
		if (isAssessment(line) && !this.passages.isEmpty()) {
			assessed(line, number);
			return;
		}
		// "Essential: a; b; c": a priority word as the label of a paragraph of criteria. A posting's fact under a label
		// naming a priority ("Clearance Required: Active Secret", in capitals too) is no heading of the lines after it:
		// it is left out as the fact it is.
		Matcher priorityLabel = PRIORITY_LABEL.matcher(line);
		if (priorityLabel.matches() && this.rules.priorityHeading(priorityLabel.group(1)) != null
				&& this.rules.sectionKind(priorityLabel.group(1)) == null && !isFact(priorityLabel.group(1))) {
			heading(priorityLabel.group(1).strip(), 0, false, listRunsOn);
			text(priorityLabel.group(2), null, number);
			return;
		}
		Matcher inline = INLINE_LABEL.matcher(line);
		if (inline.matches() && !inline.group(1).equals("NB")) {
			String label = inline.group(1).strip();
			if (!isFact(label) && (this.rules.sectionKind(label) != null || this.rules.priorityHeading(label) != null)) {
				heading(label, 0, false, listRunsOn);
			}
			else {
				this.subheading = label;
			}
			text(inline.group(2), null, number);
			this.subheading = "";
			return;
		}
		if (line.endsWith(":")) {
			this.intro = line.substring(0, line.length() - 1);
			return;
		}
		this.intro = null;
		text(line, null, number);
	}

	/** A line naming how the last criterion is assessed ("Interview", "Assessed by: Application form"). */
	private void assessed(String line, int number) {
		Passage last = this.passages.getLast();
		String method = line.replaceAll("(?i)^assessed (through|via|by):?\\s*", "").strip();
		if (!method.isEmpty() && !last.assessedBy().contains(method)) {
			last.assessedBy().add(method);
		}
		this.assessedAt = number;
	}

	/** "Label: value" pairs of the metadata vocabulary, several on one line; a new title starts a new job. */
	private boolean metadata(String line) {
		Matcher matcher = this.labels.matcher(line);
		if (!matcher.find() || matcher.start() != 0) {
			return false;
		}
		List<int[]> spans = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		do {
			spans.add(new int[] { matcher.start(), matcher.end() });
			kinds.add(labelKind(matcher.group(1)));
		}
		while (matcher.find());
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
			String value = line.substring(spans.get(i)[1], end).strip();
			String kind = kinds.get(i);
			if (value.isEmpty()) {
				continue;
			}
			if (kind.equals("title")) {
				startJob(value);
				levelsOf(value);
			}
			this.jobs.getLast().metadata().putIfAbsent(kind, value);
		}
		return true;
	}

	private void startJob(String title) {
		JobPart current = this.jobs.getLast();
		String known = current.metadata().get("title");
		boolean seen = this.jobs.stream().anyMatch(j -> title.equalsIgnoreCase(j.metadata().get("title")));
		if (known != null && !seen && this.passages.stream().anyMatch(p -> p.job() == this.jobs.size() - 1)) {
			this.jobs.add(new JobPart(new LinkedHashMap<>(), new ArrayList<>()));
			this.kind = "other";
			this.heading = "";
			this.group = "";
			this.priority = null;
			this.priorityKind = null;
		}
	}

	/** A title naming several levels ("Level 1, 2, 3 & 4", "Levels 1-4") makes the document multi-level. */
	private void levelsOf(String title) {
		Matcher marker = LEVEL_MARKER.matcher(title);
		if (!marker.find() || marker.group(2).isBlank()) {
			return;
		}
		int first = Integer.parseInt(marker.group(1));
		TreeSet<Integer> named = new TreeSet<>(List.of(first));
		Matcher digits = Pattern.compile("\\d").matcher(marker.group(2));
		while (digits.find()) {
			named.add(Integer.parseInt(digits.group()));
		}
		if (marker.group(2).matches("\\s*(-|to|\u2013)\\s*\\d\\s*")) {
			for (int n = first; n <= named.last(); n++) {
				named.add(n);
			}
		}
		named.forEach(n -> this.levels.putIfAbsent(n, null));
	}

	/** Whether a line opens with a label of the job's facts: "Job Title: ...", "Job Code: ...". */
	private boolean opensWithLabel(String line) {
		return openingLabel(line) != null;
	}

	/** Whether a line (or a table's cell) opens with a title label: "Job Title: IT Infrastructure Professional II". */
	private boolean opensWithTitle(String line) {
		String label = openingLabel(line);
		return label != null && labelKind(label).equals("title");
	}

	/** The label of the job's facts a line opens with ("Job Title"), or null. */
	private @Nullable String openingLabel(String line) {
		Matcher matcher = this.labels.matcher(line.strip());
		return matcher.find() && matcher.start() == 0 ? matcher.group(1) : null;
	}

	private String labelKind(String label) {
		for (Map.Entry<String, List<String>> entry : this.rules.metadataLabels().entrySet()) {
			if (entry.getValue().stream().anyMatch(label::equalsIgnoreCase)) {
				return entry.getKey();
			}
		}
		return "other";
	}

	/** A label of the posting's facts, left out as boilerplate ("Clearance Required:", "Telework:"). */
	private boolean isFact(String label) {
		return this.rules.boilerplateReason(label + ":") != null;
	}

	private boolean isHeading(String line) {
		String words = line.replaceAll("[:\\s]+$", "");
		int count = (int) java.util.Arrays.stream(words.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\d].*")).count();
		if (count > 12 || words.matches(".*[.;!?]$") || words.isEmpty()) {
			return false;
		}
		boolean known = this.rules.sectionKind(words) != null || this.rules.priorityHeading(words) != null
				|| LEVEL_MARKER.matcher(words).lookingAt();
		return isCapitals(words) || (known && (line.endsWith(":") || count <= 6));
	}

	/**
	 * "Windows Server: 3 years (Required)", "CompTIA Network+ (Preferred)": a criterion with its priority in brackets,
	 * as Indeed's structured footer lists them one a line (their bullets lost in the copy). Its priority word, its
	 * capitals ("CCNA (Preferred)") or its standing alone make no heading of it, unless it is one word naming a
	 * section or a priority ("Qualifications (Preferred)").
	 */
	private boolean isMarkedCriterion(String line) {
		Matcher mark = PRIORITY_MARK.matcher(line);
		if (!mark.find() || mark.start() == 0 || this.rules.priorityMark(mark.group(1)) == null) {
			return false;
		}
		String before = line.substring(0, mark.start()).strip();
		return before.contains(" ") || this.rules.sectionKind(before) == null && this.rules.priorityHeading(before) == null;
	}

	private static boolean isCapitals(String words) {
		return words.chars().anyMatch(Character::isLetter) && words.equals(words.toUpperCase(java.util.Locale.ROOT));
	}

	/** "E = essential, D = desirable": the key of a table's priority marks, no criterion. */
	private boolean isLegend(String line) {
		String[] entries = line.split("\\s*[,;]\\s*");
		for (String entry : entries) {
			Matcher pair = Pattern.compile("^\\s*(\\S{1,3})\\s*[=:\u2013-]\\s*([\\p{L}]+)\\s*\\.?$").matcher(entry);
			if (!pair.matches() || this.rules.priorityHeading(pair.group(2)) == null) {
				return false;
			}
		}
		return entries.length >= 2;
	}

	/**
	 * A short line before a list, in the form of a heading: a few words from a capital, no sentence end, not an
	 * introduction ending in "of" or "and" ("Is this you?", "Why join", "Other").
	 */
	private static boolean isListHeading(String line) {
		String words = line.replaceAll("[:\\s]+$", "");
		int count = words.split("\\s+").length;
		return count <= 6 && Character.isUpperCase(words.charAt(0)) && !words.matches(".*[.;!,]$")
				&& !words.matches("(?i).*\\b(of|in|to|with|for|on|and|or|the|a|an|including|such as)$")
				&& !words.contains("|");
	}

	private boolean isAssessment(String line) {
		String lower = ExtractionRules.lower(line).replaceAll("^assessed (through|via|by):?\\s*", "").strip();
		return lower.isEmpty() ? ExtractionRules.lower(line).startsWith("assessed")
				: this.rules.assessments().stream().anyMatch(lower::equals);
	}

	/**
	 * @param depth a Markdown heading's depth (1 for {@code #}), 0 for a heading known by another form
	 * @param colon whether the heading ended in a colon ("Desirable criteria:"), introducing the lines under it
	 * @param listRunsOn whether it stands between two items of one numbered list ({@link #numberingRunsOn})
	 */
	private void heading(String text, int depth, boolean colon, boolean listRunsOn) {
		this.headingSeen = true;
		this.intro = null;
		this.columns = null;
		if (depth == 1 && this.topHeading == null) {
			this.topHeading = text;
		}
		// "### Senior Site Reliability Engineer": a level named by its rank, a section of its own; the headings
		// under it (deeper ones, and those known by other forms: "Extends the Intermediate responsibilities:") are its
		// parts, and the next heading as high as it ends it.
		Integer rank = depth > 1 && this.levels.isEmpty() ? namedLevel(text) : null;
		if (rank != null) {
			this.namedLevels.putIfAbsent(rank, text);
			this.namedLevelDepth = depth;
			this.level = rank;
			this.levelHeading = text;
			this.heading = text;
			this.kind = "other";
			this.kindDepth = depth;
			this.capitalsKind = null;
			this.priority = null;
			this.priorityHeading = "";
			this.priorityKind = null;
			return;
		}
		boolean underHeading = this.passages.size() == this.headedAt;
		this.headedAt = this.passages.size();
		// A heading in mixed case that groups the items of a section of duties is a part of it: one
		// between two items of a numbered list whose numbering runs on across it ("8. Write clear how-to guides ..." /
		// "Security and data protection" / "9. Apply security updates ...", as a candidate pack's key responsibilities
		// are grouped), though its words name another section (data protection is boilerplate), and one naming no
		// section right under the section's heading ("Key responsibilities" / "Systems and infrastructure"). A level
		// marker ("Level 4" between a person specification's criteria 32 and 33) sets its level as before.
		String groupKind = this.rules.sectionKind(text);
		// Only duties: a group of requirements ("Other" between a selection list's criteria 2 and 3) gives its own kind.
		if (depth == 0 && this.kind.equals("duties") && this.rules.priorityHeading(text) == null && !isCapitals(text)
				&& !LEVEL_MARKER.matcher(text).find()
				&& (listRunsOn && (groupKind == null || !REQUIREMENT_KINDS.contains(groupKind)
						&& !groupKind.equals("duties"))
					|| underHeading && groupKind == null)) {
			this.heading = text;
			return;
		}
		boolean withinNamedLevel = this.namedLevelDepth > 0 && (depth == 0 || depth > this.namedLevelDepth);
		if (this.namedLevelDepth > 0 && !withinNamedLevel) {
			this.namedLevelDepth = 0;
			this.level = 0;
			this.levelHeading = "";
		}
		Matcher levelMarker = LEVEL_MARKER.matcher(text);
		String sectionKind = this.rules.sectionKind(text);
		String priorityWord = this.rules.priorityHeading(text);
		// In plain text a heading in capitals outranks one in mixed case: it starts a part of the document ("KEY
		// COMPETENCIES" after a "Desirable" list ends that priority), and the mixed-case headings naming no section
		// under it ("Problem Solving and Decision Making" over its indicators) are parts of its section.
		boolean capitals = depth == 0 && isCapitals(text);
		if (depth > 0) {
			this.capitalsKind = null;
		}
		if (capitals) {
			// It ends the part a numbered heading above opened ("2. Health" is no part of "KEY COMPETENCIES").
			this.group = "";
			this.capitalsKind = sectionKind;
			if (!this.priorityInCapitals) {
				this.priority = null;
				this.priorityHeading = "";
				this.priorityKind = null;
			}
		}
		else if (depth == 0 && sectionKind == null && priorityWord == null && this.capitalsKind != null
				&& (REQUIREMENT_KINDS.contains(this.capitalsKind) || this.capitalsKind.equals("duties"))
				&& !levelMarker.find(0)) {
			this.heading = text;
			this.kind = this.capitalsKind;
			return;
		}
		// A sub-heading naming no section ("Main duties" > "Technical support") is a part of the section above it.
		if (depth > this.kindDepth && this.kindDepth > 0 && !List.of("other", "summary").contains(this.kind) && sectionKind == null
				&& priorityWord == null
				&& !levelMarker.find(0)) {
			this.heading = text;
			return;
		}
		// A heading of another kind of requirements after a priority heading that named its own kind ("Knowledge, Skills
		// and Abilities" after "Preferred Qualifications", as a US posting lists them) is a section beside it, not a
		// part of it: the priority ends. Under a bare "Desirable" (or "Desirable criteria") the sections keep it, but
		// not under one ending in a colon ("Desirable criteria:"), which introduces its own list: "Behaviours" after
		// it on a Civil Service Jobs advert names what the interview assesses, essential.
		if (priorityWord == null && sectionKind != null && REQUIREMENT_KINDS.contains(sectionKind) && depth == 0
				&& (this.priorityKind != null && !this.priorityKind.equals(sectionKind) && (capitals || !this.priorityInCapitals)
						|| this.priorityOverList && this.priority != null)) {
			this.priority = null;
			this.priorityHeading = "";
			this.priorityKind = null;
		}
		boolean top = depth == 1 || depth == 2;
		if (levelMarker.find() && !this.levels.isEmpty() || levelMarker.find(0) && sectionKind == null) {
			TreeSet<Integer> named = new TreeSet<>();
			named.add(Integer.parseInt(levelMarker.group(1)));
			Matcher digits = Pattern.compile("\\d").matcher(levelMarker.group(2));
			while (digits.find()) {
				named.add(Integer.parseInt(digits.group()));
			}
			this.level = named.first();
			this.levelHeading = sectionKind == null ? text : "";
			if (sectionKind == null) {
				return;
			}
		}
		else if ((sectionKind != null || priorityWord == null) && !withinNamedLevel) {
			this.level = 0;
			this.levelHeading = "";
		}
		// "Preferred Qualifications" sets its priority, and so do two such headings in one ("Desired Skills / Preferred
		// Qualifications", as US postings pair them); a longer heading of a section mentions a priority word in passing.
		boolean priorityNamed = Arrays.stream(text.split("\\s*/\\s*")).allMatch(part -> part.split("\\s+").length <= 2);
		// "Bonus points if you have", "Nice to have if you know": the priority names the heading, the clause after
		// "if" the candidate (its "you have" is no section heading of its own).
		// It is a section's heading too (after duties, what follows are requirements).
		String beforeIf = text.split("(?i)\\s+if\\s+", 2)[0];
		boolean conditional = !beforeIf.equals(text) && beforeIf.split("\\s+").length <= 3
				&& this.rules.priorityHeading(beforeIf) != null;
		// A US posting's "Basic Qualifications" / "Preferred Qualifications" lists requirements of every kind (rules.yaml
		// makes it a skills heading, each item taking its kind from its words), but it is a section's heading as any
		// qualifications heading is: not a priority over the section above it ("BASIC QUALIFICATIONS" after "About
		// the team"'s titled paragraphs), and a heading of another kind after it ("Knowledge, Skills and Abilities")
		// ends its priority.
		boolean qualificationsList = priorityWord != null && "skills".equals(sectionKind)
				&& ExtractionRules.lower(text).contains("qualification");
		if (priorityWord != null && (sectionKind == null || priorityNamed || conditional)) {
			this.priority = priorityWord;
			this.priorityHeading = text;
			this.priorityInCapitals = capitals;
			this.priorityOverList = colon;
			this.priorityKind = qualificationsList ? "qualifications"
					: sectionKind == null || sectionKind.equals("skills") ? null : sectionKind;
			// "Essential" over a part of a section of unknown heading: what follows are requirements. So too after a
			// section of duties ("Nice to have", "Desired Skills" right after "What you'll do"): a priority names what
			// is asked of a person, never a duty.
			if ((sectionKind == null || sectionKind.equals("skills"))
					&& (this.kind.equals("other") || this.kind.equals("duties"))) {
				this.kind = "skills";
			}
			if ((sectionKind == null || sectionKind.equals("skills")) && !conditional && !qualificationsList) {
				return;
			}
		}
		else if (priorityWord != null && sectionKind != null && this.priority != null && !priorityWord.equals(this.priority)) {
			// A heading naming the other priority beside its section ("Required Education (including Major)" after
			// "Desired Skills / Preferred Qualifications") ends the priority above.
			this.priority = null;
			this.priorityHeading = "";
			this.priorityKind = null;
		}
		if (top) {
			this.group = text;
		}
		this.heading = text;
		this.kind = sectionKind == null ? "other" : sectionKind;
		this.kindDepth = depth;
		if (!this.kind.equals("skills") && !this.kind.equals("knowledge") && !this.kind.equals("experience")
				&& !this.kind.equals("qualifications")) {
			this.priority = priorityWord;
			this.priorityHeading = "";
			this.priorityInCapitals = capitals;
			this.priorityOverList = false;
			// A section of duties naming a priority ("Marginal Functions") sets it for its own duties: the
			// requirements' sections after it ("Knowledge and Abilities") are beside it, as after "Preferred
			// Qualifications".
			this.priorityKind = priorityWord != null && this.kind.equals("duties") ? this.kind : null;
		}
	}

	/**
	 * The rank of the level a heading names ({@code levelNames}, from 1): the level word alone ("Senior"), before
	 * "level" or the document's title ("Senior Site Reliability Engineer"), or after the title in brackets ("Site
	 * Reliability Engineer (Senior)"); null for any other heading ("Senior stakeholders").
	 */
	private @Nullable Integer namedLevel(String heading) {
		String lower = ExtractionRules.lower(heading).replaceAll("[:\\s]+$", "").strip();
		String title = this.topHeading != null ? this.topHeading : this.jobs.getFirst().metadata().get("title");
		String ownTitle = title == null ? null : ExtractionRules.lower(title).strip();
		List<String> names = this.rules.levelNames();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String rest;
			if (lower.equals(name)) {
				rest = "";
			}
			else if (lower.startsWith(name + " ")) {
				rest = lower.substring(name.length() + 1).strip();
			}
			else if (lower.endsWith("(" + name + ")")) {
				rest = lower.substring(0, lower.length() - name.length() - 2).strip();
			}
			else {
				continue;
			}
			if (rest.isEmpty() || rest.equals("level") || rest.equals(ownTitle)) {
				return i + 1;
			}
		}
		return null;
	}

	private void item(String text, @Nullable String number, int line) {
		text(text, number != null && number.chars().allMatch(Character::isDigit) ? number : null, line);
	}

	private void text(String raw, @Nullable String criterion, int line) {
		String text = raw.strip();
		String priority = this.priority;
		Matcher mark = PRIORITY_MARK.matcher(text);
		if (mark.find() && mark.start() > 0 && this.rules.priorityMark(mark.group(1)) != null) {
			priority = this.rules.priorityMark(mark.group(1));
			text = text.substring(0, mark.start()).strip();
		}
		// A sentence of requirements listing short criteria between semicolons ("3 years administering Windows
		// Server; hands-on Microsoft 365; ...") is a list: each criterion is one.
		String[] listed = text.replaceAll("[.;]+$", "").split("\\s*;\\s*");
		if (criterion == null && REQUIREMENT_KINDS.contains(this.kind) && listed.length >= 3 && java.util.Arrays.stream(listed)
			.allMatch(c -> !c.isBlank() && c.split("\\s+").length <= LISTED_CRITERION_WORDS && !SENTENCE_END.matcher(c).find())) {
			for (String one : listed) {
				text(one, null, line);
			}
			return;
		}
		String starred = null;
		if (text.startsWith("*")) {
			text = text.replaceFirst("^\\*+\\s*", "");
			starred = this.footnote;
		}
		String label = null;
		Matcher labelled = ITEM_LABEL.matcher(text);
		if (labelled.matches() && labelled.group(1).split("\\s+").length <= 6) {
			label = labelled.group(1).strip();
		}
		if (this.kind.equals("summary")) {
			this.jobs.getLast().summary().add(text);
		}
		String section = section();
		int job = this.jobs.size() - 1;
		for (String sentence : label != null ? List.of(text) : List.of(SENTENCE_END.split(text))) {
			if (!sentence.isBlank()) {
				this.passages.add(new Passage(sentence.strip(), text, section, this.kind, priority, job, this.level,
						line, this.intro, label, criterion, new ArrayList<>(), starred, this.levelCell, null));
			}
		}
	}

	static List<String> sentences(String text) {
		return List.of(SENTENCE_END.split(text));
	}

	private String section() {
		List<String> path = new ArrayList<>();
		for (String part : new String[] { this.group, this.heading, this.priorityHeading, this.levelHeading,
				this.subheading }) {
			if (!part.isEmpty() && !path.contains(part)) {
				path.add(part);
			}
		}
		return path.isEmpty() ? BEFORE_HEADINGS : String.join(" / ", path);
	}

}
