package org.nianbao.importer.audit;

/**
 * Which national format a year's report uses: the 2019 trial format (国办公开办函〔2019〕60号) for
 * the reports of 2019 and 2020, the 2021 format (〔2021〕30号) from the 2021 reports on.
 */
public final class Formats {
	private Formats() {
	}

	public static final String TRIAL_2019 = "政府信息公开年报2019", FORMAT_2021 = "政府信息公开年报2021";

	/** The template a report of the year should use; null before 2019 (no format of ours applies). */
	public static String expected(int year) {
		return year < 2019 ? null : year <= 2020 ? TRIAL_2019 : FORMAT_2021;
	}
}
