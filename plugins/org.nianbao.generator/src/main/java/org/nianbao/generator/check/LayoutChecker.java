package org.nianbao.generator.check;

import static org.nianbao.generator.check.Gbt9704.mm;
import static org.nianbao.generator.check.Gbt9704.pt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.check.PdfPages.Glyph;
import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.office.LibreOffice;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Measures a DOCX against GB/T 9704: renders it with LibreOffice, reads the PDF back with positions
 * and reports each departure with its clause — page size (5.1), margins and type area as declared
 * and as printed (5.2.1), lines per full page and characters per full line (5.2.3), page-number text
 * and placement (7.5), tables wider than the type area (5.2.1).
 * <p>
 * A full page is a page of body text between the first and the last (no title, no table, no
 * signature); the lines counted are those of 三号 text. A full line is one that reaches the right edge
 * of the printed type area; its characters are counted as printed, a half-width digit as half.
 */
public final class LayoutChecker {

	static {
		PoiLogging.quiet();
	}

	/**
	 * What was measured, and the departures found; -1 where nothing could be measured.
	 *
	 * @param linesPerFullPage how many lines of the measured pitch the 225 mm type area holds (a line
	 *                         must fit whole, as LibreOffice and Word set it)
	 * @param charsPerFullLine how many characters of the measured pitch the 156 mm line holds
	 * @param mostLinesPrinted the most 三号 lines printed on one body page (widow and orphan control,
	 *                         headings kept with their text and tables leave some pages shorter)
	 */
	public record Report(List<Departure> departures, int pages, int linesPerFullPage, int charsPerFullLine,
			double linePitchMm, double charPitchMm, int mostLinesPrinted) {
		public boolean clean() {
			return departures.isEmpty();
		}
	}

	/** 三号 = 16 pt: the body size whose lines and characters 5.2.3 counts. */
	static final float BODY_PT = 16;
	static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

	private final LibreOffice office;

	public LayoutChecker(LibreOffice office) {
		this.office = office;
	}

	/** One line for people: what was measured, in Chinese with an English gloss. */
	public static String summary(Report r) {
		return "排版 " + r.linesPerFullPage() + " 行 × " + r.charsPerFullLine() + " 字（行距 " + f(r.linePitchMm(), 2) + " mm，字距 "
				+ f(r.charPitchMm(), 2) + " mm），共 " + r.pages() + " 页，偏离 GB/T 9704 " + r.departures().size() + " 处 ("
				+ r.linesPerFullPage() + " lines × " + r.charsPerFullLine() + " characters, " + r.pages() + " pages, "
				+ r.departures().size() + " departures from GB/T 9704)";
	}

	public Report check(byte[] docx) throws IOException {
		List<Departure> found = new ArrayList<>();
		declared(docx, found);
		List<Page> pages = PdfPages.read(office.convert(docx, "check.docx", "pdf"));
		return measured(pages, found);
	}

	// ---- as declared in the DOCX ----------------------------------------------------------

	private static void declared(byte[] docx, List<Departure> found) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			CTSectPr sect = doc.getDocument().getBody().getSectPr();
			CTPageSz size = sect == null ? null : sect.getPgSz();
			CTPageMar mar = sect == null ? null : sect.getPgMar();
			if (size == null || mar == null) {
				found.add(new Departure("5.2.1", 0, "文档未设置页面尺寸或页边距", "the document sets no page size or margins"));
				return;
			}
			double w = twipsMm(size.getW()), h = twipsMm(size.getH());
			double top = twipsMm(mar.getTop()), left = twipsMm(mar.getLeft());
			double typeW = w - left - twipsMm(mar.getRight()), typeH = h - top - twipsMm(mar.getBottom());
			margin(found, "天头（上白边）", "top margin", top, Gbt9704.TOP);
			margin(found, "订口（左白边）", "left margin", left, Gbt9704.LEFT);
			margin(found, "版心宽", "type area width", typeW, Gbt9704.TYPE_W);
			margin(found, "版心高", "type area height", typeH, Gbt9704.TYPE_H);
		}
	}

	private static double twipsMm(Object twips) {
		return twips == null ? 0 : new BigInteger(twips.toString()).doubleValue() / 1440 * 25.4;
	}

	private static void margin(List<Departure> found, String zh, String en, double actual, double expected) {
		if (Math.abs(actual - expected) > Gbt9704.TOLERANCE) {
			found.add(new Departure("5.2.1", 0, "页面设置的" + zh + "为 " + f(actual) + " mm，应为 " + f(expected) + " mm ± 1 mm",
					en + " set to " + f(actual) + " mm, expected " + f(expected) + " mm ± 1 mm"));
		}
	}

	// ---- as printed -------------------------------------------------------------------------

	private static Report measured(List<Page> pages, List<Departure> found) {
		double left = pt(Gbt9704.LEFT), right = pt(Gbt9704.LEFT + Gbt9704.TYPE_W);
		double top = pt(Gbt9704.TOP), bottom = pt(Gbt9704.TOP + Gbt9704.TYPE_H), tol = pt(Gbt9704.TOLERANCE);
		List<Float> pitches = new ArrayList<>(), advances = new ArrayList<>();
		int mostLines = -1;
		for (Page p : pages) {
			if (Math.abs(mm(p.width()) - Gbt9704.PAGE_W) > Gbt9704.TOLERANCE
					|| Math.abs(mm(p.height()) - Gbt9704.PAGE_H) > Gbt9704.TOLERANCE) {
				found.add(new Departure("5.1", p.number(), "页面为 " + f(mm(p.width())) + " × " + f(mm(p.height())) + " mm，应为 A4（210 × 297 mm）",
						"page is " + f(mm(p.width())) + " × " + f(mm(p.height())) + " mm, expected A4"));
			}
			List<Line> body = new ArrayList<>();
			Line pageNumber = null;
			for (Line l : p.lines()) {
				if (l.baseline() - 0.8f * l.size() > bottom && PAGE_NUMBER.matcher(l.text()).find()) {
					pageNumber = l;
				} else {
					body.add(l);
				}
			}
			outsideTypeArea(p, body, left, right, top, bottom, tol, found);
			pageNumber(p, pageNumber, left, right, bottom, found);
			if (p.hasDrawing() && (p.drawnMinX() < left - tol || p.drawnMaxX() > right + tol)) {
				found.add(new Departure("5.2.1", p.number(), "表格宽 " + f(mm(p.drawnMaxX() - p.drawnMinX())) + " mm，超出版心（156 mm）",
						"a table " + f(mm(p.drawnMaxX() - p.drawnMinX())) + " mm wide runs out of the 156 mm type area"));
			}
			// the pitches are measured on body pages: no title, no table, only 三号 text
			boolean bodyPage = p.number() > 1 && !p.hasDrawing() && !body.isEmpty()
					&& body.stream().allMatch(l -> Math.abs(l.size() - BODY_PT) < 0.5f);
			if (bodyPage) {
				mostLines = Math.max(mostLines, body.size());
				for (int i = 1; i < body.size(); i++) {
					pitches.add(body.get(i).baseline() - body.get(i - 1).baseline());
				}
				for (Line l : body) {
					// justified lines are stretched: the natural pitch shows on the lines that end short
					if (l.x1() < right - 2 * BODY_PT) {
						List<Glyph> g = l.glyphs();
						for (int i = 1; i < g.size(); i++) {
							if (g.get(i).fullWidth() && g.get(i - 1).fullWidth()) {
								advances.add(g.get(i).x() - g.get(i - 1).x());
							}
						}
					}
				}
			}
		}
		double pitch = pitches.isEmpty() ? -1 : median(pitches), advance = advances.size() < 5 ? -1 : median(advances);
		// a line is set only where it fits whole: 22 lines need a pitch of at most 225 mm / 22
		int lines = pitch <= 0 ? -1 : (int) Math.floor((bottom - top + 0.05) / pitch);
		int chars = advance <= 0 ? -1 : (int) Math.floor((right - left + 0.05) / advance);
		if (lines > 0 && lines != Gbt9704.LINES) {
			found.add(new Departure("5.2.3", 0, "行距 " + f(mm(pitch), 2) + " mm，版心只排得下 " + lines + " 行，应为每面 22 行",
					"line pitch " + f(mm(pitch), 2) + " mm: the type area holds " + lines + " lines, expected 22"));
		}
		if (chars > 0 && chars != Gbt9704.CHARS) {
			found.add(new Departure("5.2.3", 0, "字距 " + f(mm(advance), 2) + " mm，每行只排得下 " + chars + " 个字，应为每行 28 个字",
					"character pitch " + f(mm(advance), 2) + " mm: a line holds " + chars + " characters, expected 28"));
		}
		return new Report(List.copyOf(found), pages.size(), lines, chars, pitch <= 0 ? -1 : mm(pitch),
				advance <= 0 ? -1 : mm(advance), mostLines);
	}

	private static void outsideTypeArea(Page p, List<Line> body, double left, double right, double top, double bottom,
			double tol, List<Departure> found) {
		for (Line l : body) {
			double glyphTop = l.baseline() - 0.88 * l.size(); // a CJK em box stands 0.88 em above the baseline
			String where = null;
			if (l.x0() < left - tol) {
				where = "左侧 " + f(mm(left - l.x0())) + " mm|" + f(mm(left - l.x0())) + " mm left of it";
			} else if (inkEnd(l) > right + tol) {
				where = "右侧 " + f(mm(inkEnd(l) - right)) + " mm|" + f(mm(inkEnd(l) - right)) + " mm right of it";
			} else if (glyphTop < top - tol) {
				where = "上方 " + f(mm(top - glyphTop)) + " mm|" + f(mm(top - glyphTop)) + " mm above it";
			} else if (l.baseline() > bottom + tol) {
				where = "下方 " + f(mm(l.baseline() - bottom)) + " mm|" + f(mm(l.baseline() - bottom)) + " mm below it";
			}
			if (where != null) {
				String[] w = where.split("\\|");
				found.add(new Departure("5.2.1", p.number(), "文字超出版心" + w[0] + "：“" + shorten(l.text()) + "”",
						"text outside the type area, " + w[1]));
				return; // one per page is enough to find it
			}
		}
	}

	/**
	 * Where a line's text ends, leaving out a closing punctuation mark hung at its end: LibreOffice,
	 * like Word's default 允许标点溢出边界, lets it overflow into the margin, as Chinese typesetting allows.
	 */
	static float inkEnd(Line l) {
		List<Glyph> g = l.glyphs();
		Glyph last = g.get(g.size() - 1);
		return g.size() > 1 && HANGING.indexOf(last.text()) >= 0 ? last.x() : l.x1();
	}

	static final String HANGING = "，。、；：！？）》」』】,.;:!?)";

	private static void pageNumber(Page p, Line l, double left, double right, double bottom, List<Departure> found) {
		if (l == null) {
			found.add(new Departure("7.5", p.number(), "版心下方没有“— " + p.number() + " —”样式的页码",
					"no page number \"— " + p.number() + " —\" below the type area"));
			return;
		}
		Matcher m = PAGE_NUMBER.matcher(l.text());
		m.find();
		if (Integer.parseInt(m.group(1)) != p.number()) {
			found.add(new Departure("7.5", p.number(), "页码为 " + m.group(1) + "，应为 " + p.number(),
					"page number reads " + m.group(1) + ", expected " + p.number()));
		}
		// 空一字: one character of the page number's own size in from the type area's edge
		double em = l.size();
		boolean odd = p.number() % 2 == 1;
		double off = odd ? right - l.x1() : l.x0() - left;
		if (Math.abs(off - em) > 0.5 * em) {
			found.add(new Departure("7.5", p.number(),
					(odd ? "单页码应居右空一字，" : "双页码应居左空一字，") + "实距版心" + (odd ? "右" : "左") + "边 " + f(mm(off)) + " mm",
					(odd ? "odd" : "even") + " page number should stand one character in from the " + (odd ? "right" : "left")
							+ ", is " + f(mm(off)) + " mm"));
		}
		// the 一字线 sits at about a third of the em above the baseline
		double dash = l.baseline() - 0.33 * em;
		double gap = mm(dash - bottom);
		if (Math.abs(gap - Gbt9704.PAGE_NUMBER_GAP) > Gbt9704.TOLERANCE + 0.5) {
			found.add(new Departure("7.5", p.number(), "页码一字线距版心下边缘 " + f(gap) + " mm，应为 7 mm",
					"the page number's dashes are " + f(gap) + " mm below the type area, expected 7 mm"));
		}
	}

	private static float median(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(Float::compare);
		return sorted.get(sorted.size() / 2);
	}

	private static String shorten(String s) {
		return s.length() <= 16 ? s : s.substring(0, 16) + "…";
	}

	static String f(double v) {
		return f(v, 1);
	}

	static String f(double v, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}
}
