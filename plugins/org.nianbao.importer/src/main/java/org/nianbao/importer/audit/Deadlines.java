package org.nianbao.importer.audit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * When a year's report is due, by the kind of organ — the one table of deadlines (a later issue
 * moves it into the template files). 《政府信息公开条例》第四十九条: 县级以上人民政府部门 publish by
 * 31 January of the next year, 县级以上地方人民政府 by 31 March. The regulation names no date for
 * 乡镇 and other organs; they are held to 31 March, the government's date (a town is a level of
 * government), which the README says.
 */
public final class Deadlines {
	private Deadlines() {
	}

	public static final String GOVERNMENT = "政府", DEPARTMENT = "部门", TOWN = "乡镇", OTHER = "其他";

	/** Kind → day of the year after the report's year. */
	private static final Map<String, MonthDay> DUE = new LinkedHashMap<>();
	static {
		DUE.put(GOVERNMENT, MonthDay.of(3, 31));
		DUE.put(DEPARTMENT, MonthDay.of(1, 31));
		DUE.put(TOWN, MonthDay.of(3, 31));
		DUE.put(OTHER, MonthDay.of(3, 31));
	}

	/** The kinds a roster may name. */
	public static Set<String> kinds() {
		return DUE.keySet();
	}

	/** The last day a report of {@code year} by an organ of {@code kind} is on time. */
	public static LocalDate due(String kind, int year) {
		MonthDay d = DUE.get(kind);
		if (d == null) {
			throw new IllegalArgumentException("unknown kind " + kind);
		}
		return d.atYear(year + 1);
	}
}
