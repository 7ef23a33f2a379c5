package org.nianbao.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.PublicationDeadlines;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Deadline;
import org.nianbao.nianbao.FormatYears;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Template;

/**
 * Which format applies to which year ({@code years}, NB313) and the publication deadline of the
 * report's organ kind ({@code deadline}, NB314; an organ kind the template has no deadline for,
 * NB315). A date that cannot be read is a structure error already.
 */
public class FormatValidator extends NianbaoChecks {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	@Check
	public void checkFormatYears(Report report) {
		Template template = Tables.template(report);
		BigDecimal year = report.getYear();
		if (template == null || year == null || !Numbers.isInteger(year)) {
			return;
		}
		List<FormatYears> declared = EcoreUtil2.typeSelect(template.getChecks(), FormatYears.class);
		if (declared.isEmpty()) {
			return;
		}
		List<String> ranges = new ArrayList<>();
		for (FormatYears y : declared) {
			if (y.getFrom() == null) {
				continue;
			}
			if (year.compareTo(y.getFrom()) >= 0 && (y.getTo() == null || year.compareTo(y.getTo()) <= 0)) {
				return;
			}
			ranges.add(Numbers.format(y.getFrom()) + "–" + (y.getTo() == null ? "" : Numbers.format(y.getTo())));
		}
		String[] data = { template.getName(), Numbers.format(year), "@years.range:" + String.join("、", ranges) };
		warning(Messages.render(IssueCodes.WRONG_FORMAT, data), report, P.getReport_Year(), IssueCodes.WRONG_FORMAT,
				data);
	}

	@Check
	public void checkDeadline(Report report) {
		Template template = Tables.template(report);
		String kind = report.getOrganKind();
		if (template == null || kind == null || report.getYear() == null || !Numbers.isInteger(report.getYear())) {
			return;
		}
		List<Deadline> deadlines = EcoreUtil2.typeSelect(template.getChecks(), Deadline.class);
		if (deadlines.isEmpty()) {
			return;
		}
		Deadline found = null;
		List<String> kinds = new ArrayList<>();
		for (Deadline d : deadlines) {
			kinds.add(d.getKind());
			if (kind.strip().equals(d.getKind())) {
				found = d;
			}
		}
		if (found == null) {
			String[] data = { kind, String.join("、", kinds) };
			warning(Messages.render(IssueCodes.UNKNOWN_ORGAN_KIND, data), report, P.getReport_OrganKind(),
					IssueCodes.UNKNOWN_ORGAN_KIND, data);
			return;
		}
		LocalDate published = date(report.getDate());
		LocalDate deadline = PublicationDeadlines.due(found, report.getYear().intValue());
		if (published != null && deadline != null && published.isAfter(deadline)) {
			String[] data = { published.toString(), deadline.toString(), kind };
			warning(Messages.render(IssueCodes.LATE, data), report, P.getReport_Date(), IssueCodes.LATE, data);
		}
	}

	static LocalDate date(String written) {
		if (written == null) {
			return null;
		}
		Matcher m = ISO_DATE.matcher(written.strip());
		Matcher c = CN_DATE.matcher(written.strip());
		Matcher found = m.matches() ? m : c.matches() ? c : null;
		try {
			return found == null ? null
					: LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
							Integer.parseInt(found.group(3)));
		} catch (DateTimeException e) {
			return null;
		}
	}
}
