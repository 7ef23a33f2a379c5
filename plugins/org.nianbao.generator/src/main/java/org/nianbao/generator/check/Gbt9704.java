package org.nianbao.generator.check;

import org.nianbao.generator.layout.OfficialLayout;

/** The measures check-layout compares a rendering with (from {@link OfficialLayout}), and unit conversions. */
final class Gbt9704 {
	private Gbt9704() {
	}

	static final double PAGE_W = OfficialLayout.PAGE_W, PAGE_H = OfficialLayout.PAGE_H;
	static final double TOP = OfficialLayout.TOP, LEFT = OfficialLayout.LEFT, TYPE_W = OfficialLayout.TYPE_W,
			TYPE_H = OfficialLayout.TYPE_H, TOLERANCE = OfficialLayout.TOLERANCE;
	static final int LINES = OfficialLayout.LINES, CHARS = OfficialLayout.CHARS;
	static final double PAGE_NUMBER_GAP = OfficialLayout.PAGE_NUMBER_GAP;

	static final double POINTS_PER_MM = 72 / 25.4;

	static double mm(double points) {
		return points / POINTS_PER_MM;
	}

	static double pt(double mm) {
		return mm * POINTS_PER_MM;
	}
}
