package org.nianbao.generator.check;

/**
 * The measures of GB/T 9704-2012 (党政机关公文格式) that check-layout compares a rendering with, in
 * millimetres unless named otherwise, with the clause each comes from.
 */
final class Gbt9704 {
	private Gbt9704() {
	}

	/** 5.1: A4, 210 mm × 297 mm. */
	static final double PAGE_W = 210, PAGE_H = 297;
	/** 5.2.1: 天头 37 mm ± 1 mm, 订口 28 mm ± 1 mm, 版心 156 mm × 225 mm. */
	static final double TOP = 37, LEFT = 28, TYPE_W = 156, TYPE_H = 225, TOLERANCE = 1;
	/** 5.2.3: 一般每面排 22 行，每行排 28 个字. */
	static final int LINES = 22, CHARS = 28;
	/** 7.5: 一字线上距版心下边缘 7 mm; 单页码居右空一字，双页码居左空一字. */
	static final double PAGE_NUMBER_GAP = 7;

	static final double POINTS_PER_MM = 72 / 25.4;

	static double mm(double points) {
		return points / POINTS_PER_MM;
	}

	static double pt(double mm) {
		return mm * POINTS_PER_MM;
	}
}
