package org.nianbao.generator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.generator.model.ReportView.ParagraphView;

/** Narrative text as published: split into paragraphs, with the level-2 leads set apart. */
public final class Narrative {
	private Narrative() {
	}

	/** A level-2 marker as the seeds write it, in full-width or ASCII parentheses: （一） or (一). */
	private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");

	/** Longest lead still taken for a heading; beyond it the first sentence is ordinary text. */
	static final int MAX_LEAD = 40;

	/**
	 * Splits a text block into paragraphs at blank lines; the lines of one paragraph are joined
	 * (without a space between Chinese characters, with one between Latin words).
	 */
	public static List<String> paragraphs(String text) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String raw : text.split("\\R", -1)) {
			String line = raw.strip();
			if (line.isEmpty()) {
				flush(current, result);
				continue;
			}
			if (!current.isEmpty() && needsSpace(current.charAt(current.length() - 1), line.charAt(0))) {
				current.append(' ');
			}
			current.append(line);
		}
		flush(current, result);
		return result;
	}

	private static void flush(StringBuilder current, List<String> into) {
		if (!current.isEmpty()) {
			into.add(current.toString());
			current.setLength(0);
		}
	}

	private static boolean needsSpace(char before, char after) {
		return before < 0x2E80 && after < 0x2E80;
	}

	/**
	 * Separates a leading level-2 heading ("（一）主动公开情况" alone, or "（一）做好……工作。" before
	 * the text) from the body, so the writers can set it in 楷体 as GB/T 9704 asks.
	 */
	public static ParagraphView split(String paragraph) {
		if (!LEVEL2.matcher(paragraph).find()) {
			return new ParagraphView("", paragraph);
		}
		int stop = paragraph.indexOf('。');
		if (stop < 0 || stop == paragraph.length() - 1) {
			// no sentence after it: the whole paragraph is a heading when it is short
			return paragraph.length() <= MAX_LEAD ? new ParagraphView(paragraph, "") : new ParagraphView("", paragraph);
		}
		if (stop + 1 <= MAX_LEAD) {
			return new ParagraphView(paragraph.substring(0, stop + 1), paragraph.substring(stop + 1));
		}
		return new ParagraphView("", paragraph);
	}
}
