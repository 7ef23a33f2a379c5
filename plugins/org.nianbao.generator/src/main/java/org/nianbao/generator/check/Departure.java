package org.nianbao.generator.check;

/**
 * One way a rendered document departs from GB/T 9704-2012.
 *
 * @param clause the clause of GB/T 9704 it breaks, e.g. "5.2.3"
 * @param page   the PDF page (from 1), or 0 for the document as a whole
 * @param zh     what was measured and what the clause asks, in Chinese
 * @param en     the same in English
 */
public record Departure(String clause, int page, String zh, String en) {

	/** {@code 第 3 页: [GB/T 9704 5.2.3] 每面 21 行，应为 22 行 (21 lines on a full page, expected 22)} */
	public String toText() {
		return (page > 0 ? "第 " + page + " 页 (page " + page + "): " : "") + "[GB/T 9704 " + clause + "] " + zh + " (" + en
				+ ")";
	}
}
