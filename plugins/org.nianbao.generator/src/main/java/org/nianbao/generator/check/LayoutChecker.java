package org.nianbao.generator.check;

import static org.nianbao.generator.check.Gbt9704.mm;
import static org.nianbao.generator.check.Gbt9704.pt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.generator.check.PdfPages.Glyph;
import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.docx.ReferenceDoc;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.layout.OfficialLayout.Face;
import org.nianbao.generator.office.LibreOffice;

/**
 * Measures a DOCX against GB/T 9704: reads what it declares ({@link DeclaredLayout}), renders it with
 * LibreOffice, reads the PDF back with positions ({@link PdfPages}) and reports each departure with its
 * code and clause — page size (5.1), type area as printed (5.2.1), lines per full page and characters
 * per full line (5.2.3), page numbers (7.5), tables wider than the type area, numbers wrapped in cells,
 * and, as information, fonts this machine substituted.
 * <p>
 * A full page is a page of body text between the first and the last (no title, no table); the lines
 * counted are those of 三号 text. A full line is one that reaches the right edge of the type area.
 */
public final class LayoutChecker {

	/**
	 * What was measured, and the departures found; -1 where nothing could be measured.
	 *
	 * @param linesPerFullPage how many lines of the measured pitch the 225 mm type area holds
	 * @param charsPerFullLine how many characters of the measured pitch the 156 mm line holds
	 * @param mostLinesPrinted the most 三号 lines printed on one body page
	 * @param houseStyle       the house style the DOCX was written in (its departures are information), or null
	 */
	public record Report(List<Departure> departures, int pages, int linesPerFullPage, int charsPerFullLine,
			double linePitchMm, double charPitchMm, int mostLinesPrinted, String houseStyle) {
		/** No departure (information aside). */
		public boolean clean() {
			return count() == 0;
		}

		/** Departures, not counting information. */
		public long count() {
			return departures.stream().filter(d -> !d.info()).count();
		}
	}

	/** 三号 = 16 pt: the body size whose lines and characters 5.2.3 counts. */
	static final float BODY_PT = (float) OfficialLayout.BODY_PT;
	static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");
	/**
	 * A full line holding fewer characters than this share of its width in 三号 characters is spread out:
	 * LibreOffice snapping to a character grid put 14 on some lines. A justified line of a 28-character
	 * body, broken before a long number or word, still holds over nine tenths.
	 */
	static final double SPREAD = 0.85;

	private final LibreOffice office;

	public LayoutChecker(LibreOffice office) {
		this.office = office;
	}

	/** One line for people: what was measured, in Chinese with an English gloss. */
	public static String summary(Report r) {
		String house = r.houseStyle() == null ? "" : "；版式取自 " + r.houseStyle() + "，偏离仅作提示";
		return "排版 " + r.linesPerFullPage() + " 行 × " + r.charsPerFullLine() + " 字（行距 " + f(r.linePitchMm(), 2) + " mm，字距 "
				+ f(r.charPitchMm(), 2) + " mm），共 " + r.pages() + " 页，偏离 GB/T 9704 " + r.count() + " 处" + house + " ("
				+ r.linesPerFullPage() + " lines × " + r.charsPerFullLine() + " characters, " + r.pages() + " pages, "
				+ r.count() + " departures from GB/T 9704"
				+ (r.houseStyle() == null ? "" : "; house style " + r.houseStyle() + ": departures are information") + ")";
	}

	/** Checks a DOCX; when it says it was written in a house style, its departures are information. */
	public Report check(byte[] docx) throws IOException {
		return check(docx, false);
	}

	/** @param houseStyle report every departure as information, as for a house style */
	public Report check(byte[] docx, boolean houseStyle) throws IOException {
		List<Departure> found = new ArrayList<>();
		DeclaredLayout declared = new DeclaredLayout();
		declared.check(docx, found);
		List<Page> pages = PdfPages.read(office.convert(docx, "check.docx", LibreOffice.PDF));
		Measured m = measured(pages, found);
		substitutions(declared.requestedFonts, pages, found);
		String house = declared.referenceDoc != null && !declared.referenceDoc.equals(ReferenceDoc.BUILTIN_NAME)
				? declared.referenceDoc
				: houseStyle ? "--house-style" : null;
		if (house != null) {
			found.replaceAll(Departure::asInfo);
		}
		return new Report(List.copyOf(found), pages.size(), m.lines, m.chars, m.pitch <= 0 ? -1 : mm(m.pitch),
				m.advance <= 0 ? -1 : mm(m.advance), m.mostLines, house);
	}

	/**
	 * Fonts substituted, as pdffonts shows them: a font the DOCX names that no font of the PDF is (under
	 * any of its names) was not installed. Information: the document asks for the right face, this machine
	 * lacks it (the README says what LibreOffice prints instead).
	 */
	static void substitutions(Set<String> requested, List<Page> pages, List<Departure> found) {
		Map<String, Integer> printed = new TreeMap<>();
		for (Page p : pages) {
			for (Line l : p.lines()) {
				for (Glyph g : l.glyphs()) {
					printed.putIfAbsent(g.font(), p.number());
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (String r : requested) {
			List<String> names = Arrays.stream(Face.values()).filter(f -> f.is(r)).findFirst().map(Face::names)
					.map(n -> n.subList(0, n.size() - 1)).orElse(List.of(r));
			if (printed.keySet().stream().noneMatch(pdf -> names.stream().anyMatch(n -> same(pdf, n)))) {
				missing.add(r);
			}
		}
		if (!missing.isEmpty()) {
			found.add(new Departure(LayoutCodes.FONT_SUBSTITUTED, "5.2.2", 1,
					"本机未安装字体 " + String.join("、", missing) + "，排版所用字体为 " + String.join("、", printed.keySet()),
					"fonts not installed: " + String.join(", ", missing) + "; the rendering used "
							+ String.join(", ", printed.keySet()), true));
		}
	}

	private static boolean same(String pdfFont, String requested) {
		String a = pdfFont.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
		String b = requested.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
		return !b.isEmpty() && a.startsWith(b);
	}

	// ---- as printed -------------------------------------------------------------------------

	private record Measured(int lines, int chars, float pitch, float advance, int mostLines) {
	}

	private static Measured measured(List<Page> pages, List<Departure> found) {
		double left = pt(Gbt9704.LEFT), right = pt(Gbt9704.LEFT + Gbt9704.TYPE_W);
		double top = pt(Gbt9704.TOP), bottom = pt(Gbt9704.TOP + Gbt9704.TYPE_H), tol = pt(Gbt9704.TOLERANCE);
		List<Float> pitches = new ArrayList<>(), advances = new ArrayList<>();
		int mostLines = -1, firstBodyPage = 0;
		boolean spreadReported = false;
		for (Page p : pages) {
			if (Math.abs(mm(p.width()) - Gbt9704.PAGE_W) > Gbt9704.TOLERANCE
					|| Math.abs(mm(p.height()) - Gbt9704.PAGE_H) > Gbt9704.TOLERANCE) {
				found.add(new Departure(LayoutCodes.PAGE_SIZE, "5.1", p.number(),
						"页面为 " + f(mm(p.width())) + " × " + f(mm(p.height())) + " mm，应为 A4（210 × 297 mm）",
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
			// 7.5: the blank page before the 版记's even page (a section started on an even page) has no number
			if (!p.lines().isEmpty() || p.hasDrawing()) {
				PageNumbers.check(p, pageNumber, left, right, bottom, found);
			}
			if (p.hasDrawing() && (p.drawnMinX() < left - tol || p.drawnMaxX() > right + tol)) {
				found.add(new Departure(LayoutCodes.TABLE_WIDTH, "5.2.1", p.number(),
						"表格宽 " + f(mm(p.drawnMaxX() - p.drawnMinX())) + " mm，超出版心（156 mm）",
						"a table " + f(mm(p.drawnMaxX() - p.drawnMinX())) + " mm wide runs out of the 156 mm type area"));
			}
			TableCells.wrappedNumbers(p, found);
			// the pitches are measured on body pages: no title, no table, only 三号 text
			boolean bodyPage = p.number() > 1 && !p.hasDrawing() && !body.isEmpty()
					&& body.stream().allMatch(l -> Math.abs(l.size() - BODY_PT) < 0.5f);
			if (bodyPage) {
				firstBodyPage = firstBodyPage == 0 ? p.number() : firstBodyPage;
				mostLines = Math.max(mostLines, body.size());
				for (int i = 1; i < body.size(); i++) {
					pitches.add(body.get(i).baseline() - body.get(i - 1).baseline());
				}
			}
			for (Line l : body) {
				if (Math.abs(l.size() - BODY_PT) >= 0.5f) {
					continue;
				}
				if (l.x1() < right - 2 * BODY_PT) {
					// justified lines are stretched: the natural pitch shows on the lines that end short
					List<Glyph> g = l.glyphs();
					for (int i = 1; i < g.size(); i++) {
						if (g.get(i).fullWidth() && g.get(i - 1).fullWidth()) {
							advances.add(g.get(i).x() - g.get(i - 1).x());
						}
					}
				} else if (!spreadReported && l.x0() < left + 3 * BODY_PT && l.glyphs().size() >= 10
						&& characters(l) < SPREAD * (l.x1() - l.x0()) / BODY_PT) {
					// from the left edge and of ten glyphs or more: not a date set flush right
					spreadReported = true;
					found.add(new Departure(LayoutCodes.CHARS_PER_LINE, "5.2.3", p.number(),
							"整行只排了 " + f(characters(l)) + " 个字（字间被拉开）：“" + shorten(l.text()) + "”，应为每行 28 个字",
							"a full line holds only " + f(characters(l)) + " characters (spread out), expected 28"));
				}
			}
		}
		Imprint.check(pages, left, right, bottom, tol, found);
		float pitch = pitches.isEmpty() ? -1 : median(pitches), advance = advances.size() < 5 ? -1 : median(advances);
		// a line is set only where it fits whole: 22 lines need a pitch of at most 225 mm / 22
		int lines = pitch <= 0 ? -1 : (int) Math.floor((bottom - top + 0.05) / pitch);
		int chars = advance <= 0 ? -1 : (int) Math.floor((right - left + 0.05) / advance);
		int at = Math.max(1, firstBodyPage);
		if (lines > 0 && lines != Gbt9704.LINES) {
			found.add(new Departure(LayoutCodes.LINES_PER_PAGE, "5.2.3", at,
					"行距 " + f(mm(pitch), 2) + " mm，版心只排得下 " + lines + " 行，应为每面 22 行",
					"line pitch " + f(mm(pitch), 2) + " mm: the type area holds " + lines + " lines, expected 22"));
		}
		if (chars > 0 && chars != Gbt9704.CHARS) {
			found.add(new Departure(LayoutCodes.CHARS_PER_LINE, "5.2.3", at,
					"字距 " + f(mm(advance), 2) + " mm，每行只排得下 " + chars + " 个字，应为每行 28 个字",
					"character pitch " + f(mm(advance), 2) + " mm: a line holds " + chars + " characters, expected 28"));
		}
		return new Measured(lines, chars, pitch, advance, mostLines);
	}

	/** Characters printed on a line, a half-width digit or letter as half. */
	static double characters(Line l) {
		double n = 0;
		for (Glyph g : l.glyphs()) {
			n += g.fullWidth() ? 1 : 0.5;
		}
		return n;
	}

	private static void outsideTypeArea(Page p, List<Line> body, double left, double right, double top, double bottom,
			double tol, List<Departure> found) {
		for (Line l : body) {
			double glyphTop = l.baseline() - 0.88 * l.size(); // a CJK em box stands 0.88 em above the baseline
			String zh = null, en = null;
			if (l.x0() < left - tol) {
				zh = "左侧 " + f(mm(left - l.x0())) + " mm";
				en = f(mm(left - l.x0())) + " mm left of it";
			} else if (inkEnd(l) > right + tol) {
				zh = "右侧 " + f(mm(inkEnd(l) - right)) + " mm";
				en = f(mm(inkEnd(l) - right)) + " mm right of it";
			} else if (glyphTop < top - tol) {
				zh = "上方 " + f(mm(top - glyphTop)) + " mm";
				en = f(mm(top - glyphTop)) + " mm above it";
			} else if (l.baseline() > bottom + tol) {
				zh = "下方 " + f(mm(l.baseline() - bottom)) + " mm";
				en = f(mm(l.baseline() - bottom)) + " mm below it";
			}
			if (zh != null) {
				found.add(new Departure(LayoutCodes.OUTSIDE_TYPE_AREA, "5.2.1", p.number(),
						"文字超出版心" + zh + "：“" + shorten(l.text()) + "”", "text outside the type area, " + en));
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

	static float median(List<Float> values) {
		List<Float> sorted = new ArrayList<>(values);
		sorted.sort(Float::compare);
		return sorted.get(sorted.size() / 2);
	}

	static String shorten(String s) {
		return s.length() <= 16 ? s : s.substring(0, 16) + "…";
	}

	static String f(double v) {
		return f(v, 1);
	}

	static String f(double v, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}
}
