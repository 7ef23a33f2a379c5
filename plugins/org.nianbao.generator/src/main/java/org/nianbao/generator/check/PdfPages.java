package org.nianbao.generator.check;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with positions (PDFBox): per page its size, its text as lines of glyphs (x, baseline,
 * advance and size, in points from the page's top-left corner) and the horizontal extent of what is
 * drawn (table rules and fills).
 */
final class PdfPages {
	private PdfPages() {
	}

	record Glyph(float x, float baseline, float width, float size, String text, String font) {
		float end() {
			return x + width;
		}

		/** A full-width (CJK) character, as opposed to a half-width digit or Latin letter. */
		boolean fullWidth() {
			return width >= 0.75f * size;
		}
	}

	record Line(float baseline, float size, List<Glyph> glyphs) {
		float x0() {
			return glyphs.get(0).x();
		}

		float x1() {
			return glyphs.get(glyphs.size() - 1).end();
		}

		String text() {
			StringBuilder sb = new StringBuilder();
			for (Glyph g : glyphs) {
				sb.append(g.text());
			}
			return sb.toString();
		}
	}

	/** A horizontal rule (a table border): its height from the page's top and its horizontal extent. */
	record Rule(float y, float x0, float x1) {
	}

	/**
	 * @param drawnMinX leftmost point of any painted path, NaN when nothing is drawn
	 * @param rules     the horizontal rules painted (table borders)
	 */
	record Page(int number, float width, float height, List<Line> lines, float drawnMinX, float drawnMaxX,
			List<Rule> rules) {
		boolean hasDrawing() {
			return !Float.isNaN(drawnMinX);
		}
	}

	static List<Page> read(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			Collector text = new Collector();
			text.setSortByPosition(true);
			text.getText(doc);
			List<Page> pages = new ArrayList<>();
			for (int i = 0; i < doc.getNumberOfPages(); i++) {
				PDPage page = doc.getPage(i);
				PDRectangle box = page.getMediaBox();
				Drawing drawing = new Drawing(page);
				drawing.processPage(page);
				List<Glyph> glyphs = i < text.pages.size() ? text.pages.get(i) : List.of();
				pages.add(new Page(i + 1, box.getWidth(), box.getHeight(), lines(glyphs), drawing.minX, drawing.maxX,
						drawing.rules(box.getHeight())));
			}
			return pages;
		}
	}

	/** Glyphs whose baselines are within a fifth of their size of each other make one line, left to right. */
	static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		List<Line> lines = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		for (Glyph g : sorted) {
			if (!current.isEmpty() && Math.abs(g.baseline() - current.get(0).baseline()) > 0.2f * g.size()) {
				lines.add(line(current));
				current = new ArrayList<>();
			}
			current.add(g);
		}
		if (!current.isEmpty()) {
			lines.add(line(current));
		}
		return lines;
	}

	private static Line line(List<Glyph> glyphs) {
		glyphs.sort(Comparator.comparingDouble(Glyph::x));
		float size = 0;
		for (Glyph g : glyphs) {
			size = Math.max(size, g.size());
		}
		return new Line(glyphs.get(0).baseline(), size, List.copyOf(glyphs));
	}

	/** A font's name as pdffonts prints it, without the subset tag ("BAAAAA+"). */
	static String fontName(String name) {
		if (name == null) {
			return "";
		}
		int plus = name.indexOf('+');
		return plus == 6 ? name.substring(7) : name;
	}

	/** Every visible glyph of every page, through PDFBox's text extraction. */
	private static final class Collector extends PDFTextStripper {
		final List<List<Glyph>> pages = new ArrayList<>();
		private List<Glyph> page;

		Collector() throws IOException {
		}

		@Override
		protected void startPage(PDPage p) throws IOException {
			page = new ArrayList<>();
			pages.add(page);
			super.startPage(p);
		}

		@Override
		protected void processTextPosition(TextPosition t) {
			String s = t.getUnicode();
			if (s != null && !s.isBlank() && page != null) {
				page.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(), s,
						fontName(t.getFont() == null ? null : t.getFont().getName())));
			}
			super.processTextPosition(t);
		}
	}

	/** The horizontal extent of painted paths (stroked or filled), in page points. */
	private static final class Drawing extends PDFGraphicsStreamEngine {
		float minX = Float.NaN, maxX = Float.NaN;
		private final List<Point2D> path = new ArrayList<>();
		private Point2D current = new Point2D.Float();

		Drawing(PDPage page) {
			super(page);
		}

		private final List<float[]> horizontal = new ArrayList<>();

		/** The horizontal rules, top-down coordinates. */
		List<Rule> rules(float pageHeight) {
			List<Rule> r = new ArrayList<>();
			for (float[] h : horizontal) {
				r.add(new Rule(pageHeight - h[0], h[1], h[2]));
			}
			return r;
		}

		private void paint() {
			if (!path.isEmpty()) {
				float x0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y0 = Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
				for (Point2D p : path) {
					x0 = Math.min(x0, (float) p.getX());
					x1 = Math.max(x1, (float) p.getX());
					y0 = Math.min(y0, (float) p.getY());
					y1 = Math.max(y1, (float) p.getY());
				}
				// a rule is a path (or a filled rectangle) under a point high and wider than a few points
				if (y1 - y0 < 1.5f && x1 - x0 > 3) {
					horizontal.add(new float[] { (y0 + y1) / 2, x0, x1 });
				}
			}
			for (Point2D p : path) {
				float x = (float) p.getX();
				minX = Float.isNaN(minX) ? x : Math.min(minX, x);
				maxX = Float.isNaN(maxX) ? x : Math.max(maxX, x);
			}
			path.clear();
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			path.add(p0);
			path.add(p1);
			path.add(p2);
			path.add(p3);
		}

		@Override
		public void moveTo(float x, float y) {
			current = new Point2D.Float(x, y);
			path.add(current);
		}

		@Override
		public void lineTo(float x, float y) {
			moveTo(x, y);
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			moveTo(x3, y3);
		}

		@Override
		public Point2D getCurrentPoint() {
			return current;
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			path.clear(); // a clipping path, not painted
		}

		@Override
		public void strokePath() {
			paint();
		}

		@Override
		public void fillPath(int windingRule) {
			paint();
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			paint();
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage pdImage) {
		}

		@Override
		public void shadingFill(COSName shadingName) {
		}
	}
}
