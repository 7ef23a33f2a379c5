package org.nianbao.generator.docx;

import java.math.BigInteger;

import org.nianbao.generator.layout.OfficialLayout;

/** The official layout in WordprocessingML units: twips (twentieths of a point) and half-points. */
final class Twips {
	private Twips() {
	}

	/** One millimetre in twips. */
	static final double MM = 1440 / 25.4;
	static final int PAGE_W = 11906, PAGE_H = 16838; // A4 as Word stores it
	static final int TOP = of(OfficialLayout.TOP), LEFT = of(OfficialLayout.LEFT);
	static final int TYPE_W = of(OfficialLayout.TYPE_W), TYPE_H = of(OfficialLayout.TYPE_H);
	static final int RIGHT = PAGE_W - LEFT - TYPE_W, BOTTOM = PAGE_H - TOP - TYPE_H;
	/**
	 * The line pitch: 225 mm / 22 is 579.8 twips, and a line is set only where it fits whole. LibreOffice
	 * measured: a 579-twip document grid prints lines 10.23 mm apart (21 in the type area), 578 twips
	 * prints them 10.20 mm apart (22). Body text sets the same 578 as its exact line height.
	 */
	static final int LINE = TYPE_H / OfficialLayout.LINES - 1;
	/**
	 * The character grid as Word and WPS read it: a character pitch of the body size plus charSpace
	 * 4096ths of a point, with floor(type width / pitch) characters a line. 28 need a pitch of at most
	 * 442.2 / 28 = 15.793 pt: charSpace −849 (−848 gives 27.99996, which Word rounds down to 27).
	 */
	static final int CHAR_SPACE = (int) Math.floor((TYPE_W / 20.0 / OfficialLayout.CHARS - OfficialLayout.BODY_PT) * 4096);
	/**
	 * Character spacing of body runs, twentieths of a point: LibreOffice does not narrow characters to the
	 * grid's pitch, so 16 pt characters need −0.25 pt (15.75 pt each) to set 28 a line (27 without).
	 */
	static final int BODY_CHAR_SPACING = -5;
	/** One body character as printed (16 − 0.25 pt), for indents counted in characters. */
	static final int BODY_CHAR = (int) Math.round(OfficialLayout.BODY_PT * 20) + BODY_CHAR_SPACING;
	/** One 版记 character (4 号, 14 pt), for its indents. */
	static final int IMPRINT_CHAR = (int) Math.round(OfficialLayout.IMPRINT_PT * 20);

	/** A border's width in eighths of a point (w:sz), from millimetres. */
	static int borderEighths(double mm) {
		return (int) Math.round(mm / 25.4 * 72 * 8);
	}

	/** Table cell margin: 1 mm. */
	static final int CELL_MARGIN = 57;

	static int of(double mm) {
		return (int) Math.round(mm * MM);
	}

	static int halfPoints(double pt) {
		return (int) Math.round(pt * 2);
	}

	static BigInteger big(long v) {
		return BigInteger.valueOf(v);
	}
}
