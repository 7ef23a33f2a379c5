package org.nianbao.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.nianbao.Deadline;
import org.nianbao.nianbao.Template;

/**
 * A template's {@code deadline "kind" "MM-DD"} declarations read as dates: the one reading of them,
 * for the validator (NB314) and the audit's roster.
 */
public final class PublicationDeadlines {
	private PublicationDeadlines() {
	}

	private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

	/** The day of the year after the report's year a declaration names; null if it names none. */
	public static MonthDay day(Deadline d) {
		Matcher m = d.getDate() == null ? null : MONTH_DAY.matcher(d.getDate().strip());
		try {
			return m != null && m.matches() ? MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
					: null;
		} catch (DateTimeException e) {
			return null;
		}
	}

	/** The last day on time for a report of {@code reportYear} under this declaration; null if it names no day. */
	public static LocalDate due(Deadline d, int reportYear) {
		MonthDay day = day(d);
		return day == null || !day.isValidYear(reportYear + 1) ? null : day.atYear(reportYear + 1);
	}

	/** Kind → day, in the template's order; a declaration with no readable day is left out. */
	public static Map<String, MonthDay> of(Template template) {
		Map<String, MonthDay> days = new LinkedHashMap<>();
		for (Deadline d : EcoreUtil2.typeSelect(template.getChecks(), Deadline.class)) {
			MonthDay day = day(d);
			if (d.getKind() != null && day != null) {
				days.putIfAbsent(d.getKind(), day);
			}
		}
		return days;
	}
}
