package org.nianbao.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.SectionLocator.Heading;
import org.nianbao.importer.source.Token;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * Maps the tokens of a publication onto a template, as a pipeline of small steps over one stream of
 * characters with their positions: locate the sections ({@link SectionLocator}), read the metadata
 * and preamble ({@link MetadataReader}), read each table ({@link TableReader}: row labels, cells,
 * run-together digits over the whole table, decoding by order), keep the rest as narrative
 * ({@link Narrative}). Labels, order and sizes all come from the template model, none from Java.
 */
public final class ReportMapper {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
	static final Pattern NOISE = Pattern.compile(
			"打印|关闭|下载|分享|扫一扫|返回|收藏|附件|关联文件|责任编辑|浏览次数|字体|此件公开发布|纠错|【|】");

	private final Template template;
	private final RowChecker checker;
	private final Stream s;
	private final Variants variants;
	private final List<ImportMessage> messages = new ArrayList<>();
	private final ImportedReport report = new ImportedReport();
	private int wrap;

	public ReportMapper(Template template, RowChecker checker, List<Token> tokens) {
		this(template, checker, new Stream(tokens), List.of(template));
	}

	ReportMapper(Template template, RowChecker checker, Stream stream, List<Template> visible) {
		this.template = template;
		this.checker = checker;
		this.s = stream;
		this.variants = new Variants(template, visible);
	}

	public List<ImportMessage> messages() {
		return messages;
	}

	public ImportedReport map() throws ImportException {
		report.template = template;
		List<SectionDef> sections = template.getSections();
		Heading[] headings = SectionLocator.locate(s, sections);
		int first = -1, lastFound = -1;
		for (int k = 0; k < headings.length; k++) {
			if (headings[k].found()) {
				first = first < 0 ? k : first;
				lastFound = k;
			}
		}
		if (first < 0) {
			int last = s.tokens.isEmpty() ? 1 : s.tokens.get(s.tokens.size() - 1).line();
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("headings.none", last,
					sections.get(0).getHeading(), s.quote(0)));
		}
		// Wrapped lines (a PDF's text layer) are joined back into paragraphs at the document's width.
		wrap = Narrative.wrapWidth(Narrative.units(s, 0, s.length()));
		MetadataReader metadata = new MetadataReader(report, messages, wrap);
		metadata.read(Narrative.units(s, 0, headings[first].start()), 1);
		boolean[] claimed = new boolean[s.length()];
		for (int k = 0; k < sections.size(); k++) {
			SectionDef def = sections.get(k);
			if (!headings[k].found()) {
				String what = def.getTables().isEmpty() ? "section.missing-empty" : "section.missing-tables";
				message(k > 0 && headings[k - 1].found() ? headings[k - 1].start() : 0, ImportMessage.WARNING,
						ImportCodes.MISSING, Phrases.IMPORTER.render(what, def.getHeading()));
				continue;
			}
			int from = headings[k].end();
			int to = s.length();
			for (int j = k + 1; j < sections.size(); j++) {
				if (headings[j].found()) {
					to = headings[j].start();
					break;
				}
			}
			ImportedReport.Section section = report.section(def);
			section.heading = s.source(headings[k].start());
			if (def.getTables().isEmpty()) {
				List<Narrative.Unit> units = Narrative.paragraphsOf(Narrative.located(s, from, to), wrap);
				List<String> paragraphs = new ArrayList<>(units.stream().map(Narrative.Unit::text).toList());
				if (k == lastFound) {
					int cut = metadata.trailer(paragraphs);
					paragraphs = paragraphs.subList(0, paragraphs.size() - cut);
				}
				for (int p = 0; p < paragraphs.size(); p++) {
					section.contents.add(new ImportedReport.Text(paragraphs.get(p), s.source(units.get(p).start())));
				}
			} else {
				tables(def, section, from, to, claimed);
			}
		}
		for (int k = 1; k < sections.size(); k++) {
			if (!headings[k].found() && sections.get(k).getTables().isEmpty() && headings[k - 1].found()
					&& !sections.get(k - 1).getTables().isEmpty()) {
				textAfterTables(sections.get(k - 1), sections.get(k), headings[k - 1].start());
			}
		}
		report.sections.sort((a, b) -> Integer.compare(sections.indexOf(a.def), sections.indexOf(b.def)));
		if (report.year == null) {
			report.year = yearFromNarrative();
		}
		metadata.finish(1);
		report.name = Names.identifier(report);
		return report;
	}

	private void tables(SectionDef def, ImportedReport.Section section, int from, int to, boolean[] claimed)
			throws ImportException {
		List<TableReader.Result> results = new ArrayList<>();
		for (TableDef table : def.getTables()) {
			// Each table is searched in the whole section: converters print tables out of order.
			TableReader.Result r = new TableReader(s, table, checker, variants, this::message).read(from, to, claimed);
			if (r == null) {
				message(from, ImportMessage.WARNING, ImportCodes.MISSING, Phrases.IMPORTER.render("table.missing", table.getCaption(),
						s.quote(from)));
				continue;
			}
			results.add(r);
			for (int i = r.start(); i < r.end(); i++) {
				claimed[i] = true;
			}
		}
		results.sort((a, b) -> Integer.compare(a.start(), b.start()));
		int cur = from;
		for (TableReader.Result r : results) {
			outside(def, section, cur, r.start(), claimed);
			section.contents.add(r.table());
			cur = Math.max(cur, r.end());
		}
		outside(def, section, cur, to, claimed);
	}

	/** What a table section holds outside its tables: narrative kept; header fragments dropped; stray numbers reported. */
	private void outside(SectionDef def, ImportedReport.Section section, int from, int to, boolean[] claimed) {
		if (from >= to) {
			return;
		}
		List<Narrative.Unit> units = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int unitStart = from;
		for (int i = from; i <= to; i++) {
			char c = i < to ? s.text.charAt(i) : Stream.UNIT_BREAK;
			if (c == Stream.UNIT_BREAK) {
				String t = cur.toString().strip();
				if (!t.isEmpty()) {
					if (headerOf(def, t)) {
						// the table's header (its note, column labels) printed as text: part of the table
					} else if (Narrative.sentenceLike(t) || hanCount(t) >= 8) {
						units.add(new Narrative.Unit(t, firstText(unitStart, i)));
					} else if (t.chars().anyMatch(ch -> Stream.isDigit((char) ch))) {
						message(unitStart, ImportMessage.WARNING, ImportCodes.STRAY_NUMBERS, Phrases.IMPORTER.render("numbers.stray",
								TableReader.shorten(t)));
						section.contents.add(new ImportedReport.Remark("原文表外文字（第 " + s.line(unitStart) + " 行）：" + t));
					}
				}
				cur.setLength(0);
				unitStart = i + 1;
			} else if (!claimed[i] && c != Stream.BLANK_CELL) {
				cur.append(c == Stream.CELL_BREAK ? ' ' : c);
			}
		}
		for (Narrative.Unit p : Narrative.paragraphsOf(units, wrap)) {
			section.contents.add(new ImportedReport.Text(p.text(), s.source(p.start())));
		}
	}

	/**
	 * A section whose heading the publication lost (a converter dropped the line): the text after the
	 * previous section's last table is that section's, as its place says. Structure only: no number moves.
	 */
	private void textAfterTables(SectionDef previous, SectionDef missing, int at) {
		ImportedReport.Section prev = report.section(previous);
		int lastTable = -1;
		for (int i = 0; i < prev.contents.size(); i++) {
			if (prev.contents.get(i) instanceof ImportedReport.Table) {
				lastTable = i;
			}
		}
		if (lastTable < 0 || lastTable == prev.contents.size() - 1) {
			return;
		}
		List<Object> moved = new ArrayList<>(prev.contents.subList(lastTable + 1, prev.contents.size()));
		if (moved.stream().noneMatch(o -> o instanceof ImportedReport.Text)) {
			return;
		}
		prev.contents.subList(lastTable + 1, prev.contents.size()).clear();
		report.section(missing).contents.addAll(moved);
		message(at, ImportMessage.WARNING, ImportCodes.MISSING, Phrases.IMPORTER.render("heading.missing", missing.getHeading(),
				previous.getHeading()));
	}

	/** The first character of a unit that is neither spacing nor break. */
	private int firstText(int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.text.charAt(i);
			if (!Character.isWhitespace(c) && c != Stream.CELL_BREAK && c != Stream.BLANK_CELL) {
				return i;
			}
		}
		return from;
	}

	private static long hanCount(String t) {
		return t.chars().filter(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN).count();
	}

	private boolean headerOf(SectionDef def, String text) {
		String bare = null;
		boolean fewDigits = false;
		for (TableDef t : def.getTables()) {
			if (variants.isHeaderText(t, text)) {
				return true;
			}
			if (bare == null) {
				bare = org.nianbao.importer.source.Texts.without(text, // a pattern's `[\\d\\s]`
						c -> c >= '0' && c <= '9' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
				fewDigits = Labels.viewForm(text).length() > 0 && text.chars().filter(ch -> ch >= '0' && ch <= '9').count() <= 2;
			}
			if (fewDigits && variants.isFragment(t, bare)) {
				return true;
			}
		}
		return false;
	}

	private Integer yearFromNarrative() {
		for (ImportedReport.Section sec : report.sections) {
			for (Object o : sec.contents) {
				if (o instanceof ImportedReport.Text p) {
					var y = YEAR.matcher(p.text());
					if (y.find()) {
						return Integer.valueOf(y.group(1));
					}
				}
			}
		}
		return null;
	}

	private void message(int index, String severity, String code, String text) {
		messages.add(new ImportMessage(s.line(index), severity, code, text));
	}
}
