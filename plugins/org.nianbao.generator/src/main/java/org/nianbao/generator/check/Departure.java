package org.nianbao.generator.check;

/**
 * One way a rendered document departs from GB/T 9704-2012, or, for a house style and for what the
 * machine lacks (fonts), information that does not fail the check.
 *
 * @param code   a stable code, NB4xx (see {@link LayoutCodes})
 * @param clause the clause of GB/T 9704 it breaks, e.g. "5.2.3"
 * @param page   the PDF page (from 1) where it shows; 1 for what the page setup declares
 * @param zh     what was measured and what the clause asks, in Chinese
 * @param en     the same in English
 * @param info   information only: it does not count as a departure (exit 0)
 */
public record Departure(String code, String clause, int page, String zh, String en, boolean info) {

	public Departure(String code, String clause, int page, String zh, String en) {
		this(code, clause, page, zh, en, false);
	}

	/** The same, as information (a house style's choice, or a font this machine does not have). */
	public Departure asInfo() {
		return new Departure(code, clause, page, zh, en, true);
	}

	/** {@code out/a.docx:3: departure: [NB404] 每面 21 行，应为 22 行（GB/T 9704 5.2.3）(21 lines …)} */
	public String toText(String file) {
		return file + ":" + page + ": " + (info ? "info" : "departure") + ": [" + code + "] " + zh + "（GB/T 9704 " + clause
				+ "）(" + en + ")";
	}
}
