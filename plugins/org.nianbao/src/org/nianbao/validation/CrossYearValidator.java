package org.nianbao.validation;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.CrossYear;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Level;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.SectionRepeat;
import org.nianbao.nianbao.Template;
import org.nianbao.nianbao.YearRule;
import org.nianbao.text.TextMeasures;

/**
 * Checks against last year's report: the template's {@code crossyear} rules (NB301 carry-over,
 * NB302 balance) and {@code distinct … from last} (NB309), plus whether last year's report could be
 * read and is for the year before (NB310, NB311).
 */
public class CrossYearValidator extends NianbaoChecks {

	@Check
	public void checkCrossYear(Report report) {
		PreviousReports.Lookup lookup = previous(report);
		if (!lookup.requested()) {
			return;
		}
		EStructuralFeature at = report.getPrevious() != null ? P.getReport_Previous()
				: report.eIsSet(P.getReport_PreviousReport()) ? P.getReport_PreviousReport() : P.getTopLevel_Name();
		if (lookup.report() == null) {
			String[] data = { lookup.file(), lookup.error() };
			warning(Messages.render(IssueCodes.PREVIOUS_UNREADABLE, data), report, at, IssueCodes.PREVIOUS_UNREADABLE,
					data);
			return;
		}
		Report last = lookup.report();
		if (report.getYear() != null && last.getYear() != null
				&& last.getYear().compareTo(report.getYear().subtract(BigDecimal.ONE)) != 0) {
			String[] data = { lookup.file(), Numbers.format(last.getYear()),
					Numbers.format(report.getYear().subtract(BigDecimal.ONE)) };
			warning(Messages.render(IssueCodes.PREVIOUS_YEAR_MISMATCH, data), report, at,
					IssueCodes.PREVIOUS_YEAR_MISMATCH, data);
		}
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		ReportResult now = results(report);
		ReportResult before = null;
		for (YearRule rule : EcoreUtil2.typeSelect(template.getChecks(), YearRule.class)) {
			if (before == null) {
				before = arithmetic.evaluate(last);
			}
			for (CrossYear.Finding f : CrossYear.evaluate(rule, now, before)) {
				String code = f.carry() ? IssueCodes.CARRY_OVER_MISMATCH : IssueCodes.IN_FORCE_MISMATCH;
				String what = rule.getDescription() != null ? rule.getDescription() : rule.getName();
				String[] data = cellData(f.expected(), f.actual(), f.cell(), what, f.derivation(), lookup.file());
				String message = Messages.render(code, data);
				Level level = rule.getLevel() == null ? Level.WARNING : rule.getLevel();
				switch (level) {
				case ERROR -> error(message, f.token(), featureOf(f.token()), code, data);
				case INFO -> info(message, f.token(), featureOf(f.token()), code, data);
				default -> warning(message, f.token(), featureOf(f.token()), code, data);
				}
			}
		}
	}

	@Check
	public void checkSectionRepeat(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		for (SectionRepeat c : EcoreUtil2.typeSelect(template.getChecks(), SectionRepeat.class)) {
			SectionDef def = c.getSection();
			SectionData data = def == null || def.eIsProxy() ? null : Tables.sectionData(report, def);
			if (data == null) {
				continue;
			}
			PreviousReports.Lookup lookup = previous(report);
			Template lastTemplate = lookup.report() == null ? null : Tables.template(lookup.report());
			SectionDef lastDef = lastTemplate == null ? null : section(lastTemplate, def.getName());
			SectionData last = lastDef == null ? null : Tables.sectionData(lookup.report(), lastDef);
			if (last == null) {
				continue;
			}
			double similarity = TextMeasures.similarity(text(data), text(last));
			if (c.getThreshold() != null && similarity * 100 >= c.getThreshold().doubleValue()) {
				String[] d = { String.valueOf(Math.round(similarity * 100)), lookup.file(), def.getHeading() };
				warning(Messages.render(IssueCodes.PROBLEMS_REPEATED, d), data, P.getSectionData_Section(),
						IssueCodes.PROBLEMS_REPEATED, d);
			}
		}
	}

	/** Last year's report may fill in another template: its section of the same name. */
	private static SectionDef section(Template template, String name) {
		for (SectionDef s : template.getSections()) {
			if (s.getName() != null && s.getName().equals(name)) {
				return s;
			}
		}
		return null;
	}
}
