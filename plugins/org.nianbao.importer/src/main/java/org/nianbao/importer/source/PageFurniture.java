package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nianbao.importer.source.PdfLayout.Line;

/**
 * Page furniture: page numbers and running headers and footers, recognised by what they say,
 * where they stand and how often they repeat, so that the reader downstream sees only the body.
 */
final class PageFurniture {
	private PageFurniture() {
	}

	/** Page numbers no body line looks like: {@code -2-}, {@code — 3 —}, {@code 第 2 页}, {@code 第2页 共6页}. */
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-－—–‒―~～·•]+\\d{1,4}[-－—–‒―~～·•]+|第\\d{1,4}页([,，/／]?共\\d{1,4}页)?|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?");
	/** Page numbers a body line may look like ({@code 3}, {@code 3/6}): furniture only in the margins. */
	private static final Pattern MARGIN_NUMBER = Pattern.compile("\\d{1,4}([/／]\\d{1,4})?");
	/** The top and bottom share of the page where headers and footers stand. */
	static final float MARGIN = 0.12f;
	/** Two lines stand at the same place when their baselines are this close (points). */
	private static final float SAME_PLACE = 3f;

	/** The pages' lines without their furniture (each list is modified in place and returned). */
	static List<List<Line>> drop(List<PdfGlyphs.Page> pages, List<List<Line>> lines) {
		Map<String, List<float[]>> margins = margins(pages, lines);
		int needed = Math.max(2, (lines.size() + 1) / 2);
		for (int p = 0; p < lines.size(); p++) {
			float height = pages.get(p).height();
			lines.get(p).removeIf(l -> {
				String bare = bare(l);
				if (PAGE_NUMBER.matcher(bare).matches()) {
					return true;
				}
				if (!inMargin(l, height)) {
					return false;
				}
				return MARGIN_NUMBER.matcher(bare).matches() || pagesAt(margins.get(shape(bare)), l.y()) >= needed;
			});
		}
		return lines;
	}

	/**
	 * The margin lines by shape (their text, digits aside, so that "第 2 页 共 6 页" repeats), each
	 * as {page, baseline}.
	 */
	private static Map<String, List<float[]>> margins(List<PdfGlyphs.Page> pages, List<List<Line>> lines) {
		Map<String, List<float[]>> margins = new HashMap<>();
		for (int p = 0; p < lines.size(); p++) {
			float height = pages.get(p).height();
			for (Line l : lines.get(p)) {
				if (inMargin(l, height)) {
					margins.computeIfAbsent(shape(bare(l)), k -> new ArrayList<>()).add(new float[] { p, l.y() });
				}
			}
		}
		return margins;
	}

	/** On how many pages a line of the same shape stands at this baseline. */
	private static int pagesAt(List<float[]> places, float y) {
		Set<Integer> on = new HashSet<>();
		for (float[] place : places) {
			if (Math.abs(place[1] - y) <= SAME_PLACE) {
				on.add((int) place[0]);
			}
		}
		return on.size();
	}

	private static String bare(Line l) {
		StringBuilder sb = new StringBuilder();
		String t = l.bare();
		for (int i = 0; i < t.length(); i++) {
			if (!Texts.isSpace(t.charAt(i))) {
				sb.append(t.charAt(i));
			}
		}
		return sb.toString();
	}

	private static boolean inMargin(Line l, float height) {
		return l.y() < MARGIN * height || l.y() > (1 - MARGIN) * height;
	}

	private static String shape(String bare) {
		return bare.replaceAll("\\d+", "#");
	}
}
