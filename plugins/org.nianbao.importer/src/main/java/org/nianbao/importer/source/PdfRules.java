package org.nianbao.importer.source;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The vertical and horizontal rules a page draws (table borders: stroked lines and rectangles,
 * thin filled shapes; not the edges of filled backgrounds, which WPS puts behind every paragraph
 * line), in the glyphs' frame. Two glyphs with a vertical rule between them are in two cells
 * however close they stand; horizontal rules bound a table's rows ({@link TableBands}). Fed the
 * path operators as the content stream runs.
 */
final class PdfRules {

	/** A vertical rule at x from top to bottom (y down, as glyph baselines). */
	record Rule(float x, float top, float bottom) {
	}

	/** A horizontal rule at y from left to right (y down, as glyph baselines). */
	record Across(float y, float left, float right) {
	}

	/** Thinner than this (points) a painted rectangle is a line; shorter than {@link #MIN_LENGTH} a tick, not a rule. */
	private static final float THIN = 2f, MIN_LENGTH = 4f;

	private final List<Rule> rules = new ArrayList<>();
	private final List<Across> across = new ArrayList<>();
	/** The path under construction: its subpaths, each a list of segments {x1, y1, x2, y2}. */
	private final List<List<float[]>> pending = new ArrayList<>();
	private float offsetX, offsetY, height;
	private boolean enabled;
	private Point2D.Float current, start;

	/** A new page: its crop box origin and height (rules are read on unrotated pages only). */
	void startPage(float llx, float lly, float height, boolean unrotated) {
		rules.clear();
		across.clear();
		pending.clear();
		this.offsetX = llx;
		this.offsetY = lly;
		this.height = height;
		this.enabled = unrotated;
	}

	List<Rule> rules() {
		return List.copyOf(rules);
	}

	List<Across> across() {
		return List.copyOf(across);
	}

	void operator(String name, List<COSBase> operands, Matrix ctm) {
		if (!enabled) {
			return;
		}
		switch (name) {
		case "m" -> {
			current = point(operands, 0, ctm);
			start = current;
			pending.add(new ArrayList<>());
		}
		case "l" -> {
			Point2D.Float p = point(operands, 0, ctm);
			if (current != null && p != null) {
				segment(current.x, current.y, p.x, p.y);
			}
			current = p;
		}
		case "c" -> current = point(operands, 4, ctm);
		case "v", "y" -> current = point(operands, 2, ctm);
		case "h" -> {
			if (current != null && start != null) {
				segment(current.x, current.y, start.x, start.y);
			}
			current = start;
		}
		case "re" -> rectangle(operands, ctm);
		case "S", "s", "B", "B*", "b", "b*" -> stroked();
		case "f", "F", "f*" -> filled();
		case "n" -> pending.clear();
		default -> {
		}
		}
	}

	private void rectangle(List<COSBase> operands, Matrix ctm) {
		if (operands.size() < 4 || !numbers(operands, 4)) {
			return;
		}
		float x = num(operands, 0), y = num(operands, 1), w = num(operands, 2), h = num(operands, 3);
		Point2D.Float a = transform(ctm, x, y), b = transform(ctm, x + w, y), c = transform(ctm, x + w, y + h),
				d = transform(ctm, x, y + h);
		pending.add(new ArrayList<>());
		segment(a.x, a.y, b.x, b.y);
		segment(b.x, b.y, c.x, c.y);
		segment(c.x, c.y, d.x, d.y);
		segment(d.x, d.y, a.x, a.y);
		current = start = a;
	}

	private void segment(float x1, float y1, float x2, float y2) {
		if (pending.isEmpty()) {
			pending.add(new ArrayList<>());
		}
		pending.get(pending.size() - 1).add(new float[] { x1, y1, x2, y2 });
	}

	/** A stroked path: each of its vertical and horizontal segments is a rule. */
	private void stroked() {
		for (List<float[]> sub : pending) {
			for (float[] s : sub) {
				if (Math.abs(s[0] - s[2]) <= 1f && Math.abs(s[1] - s[3]) >= MIN_LENGTH) {
					rules.add(new Rule((s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3])));
				} else if (Math.abs(s[1] - s[3]) <= 1f && Math.abs(s[0] - s[2]) >= MIN_LENGTH) {
					across.add(new Across((s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2])));
				}
			}
		}
		pending.clear();
	}

	/** A filled path: a rule only where a subpath is thin and long (a border drawn as a filled bar). */
	private void filled() {
		for (List<float[]> sub : pending) {
			float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
			for (float[] s : sub) {
				minX = Math.min(minX, Math.min(s[0], s[2]));
				maxX = Math.max(maxX, Math.max(s[0], s[2]));
				minY = Math.min(minY, Math.min(s[1], s[3]));
				maxY = Math.max(maxY, Math.max(s[1], s[3]));
			}
			if (!sub.isEmpty() && maxX - minX <= THIN && maxY - minY >= MIN_LENGTH) {
				rules.add(new Rule((minX + maxX) / 2, minY, maxY));
			} else if (!sub.isEmpty() && maxY - minY <= THIN && maxX - minX >= MIN_LENGTH) {
				across.add(new Across((minY + maxY) / 2, minX, maxX));
			}
		}
		pending.clear();
	}

	/** A rule between the end of one glyph and the start of the next, across their line at baseline y. */
	static boolean between(List<Rule> rules, PdfGlyph left, PdfGlyph right, float y, float size) {
		float middle = y - 0.35f * size;
		for (Rule r : rules) {
			if (r.x >= left.end() - 0.5f && r.x <= right.x() + 0.5f && r.top <= middle && r.bottom >= middle) {
				return true;
			}
		}
		return false;
	}

	private Point2D.Float point(List<COSBase> operands, int at, Matrix ctm) {
		if (operands.size() < at + 2 || !(operands.get(at) instanceof COSNumber)
				|| !(operands.get(at + 1) instanceof COSNumber)) {
			return null;
		}
		return transform(ctm, num(operands, at), num(operands, at + 1));
	}

	/** User space to the glyphs' frame: origin at the crop box's top left, y downwards. */
	private Point2D.Float transform(Matrix ctm, float x, float y) {
		Point2D.Float p = ctm.transformPoint(x, y);
		return new Point2D.Float(p.x - offsetX, height - (p.y - offsetY));
	}

	private static boolean numbers(List<COSBase> operands, int n) {
		for (int i = 0; i < n; i++) {
			if (!(operands.get(i) instanceof COSNumber)) {
				return false;
			}
		}
		return true;
	}

	private static float num(List<COSBase> operands, int i) {
		return ((COSNumber) operands.get(i)).floatValue();
	}
}
