package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.Template;
import org.nianbao.nianbao.YearAgreement;

/**
 * The years a report states agree with its {@code 年度} (NB317), as the template's {@code agree}
 * declarations say where to read them: in the title ({@code agree 标题}) or in the narrative
 * ({@code agree text}, e.g. the sentence of the statistics period). Every group of a match that
 * matched is a year. Without {@code 年度}, the first year the title states is the reference.
 */
public class YearAgreementValidator extends NianbaoChecks {

	@Check
	public void checkYearAgreement(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		List<YearAgreement> declared = EcoreUtil2.typeSelect(template.getChecks(), YearAgreement.class);
		if (declared.isEmpty()) {
			return;
		}
		String year = reference(report, declared);
		if (year == null) {
			return;
		}
		for (YearAgreement a : declared) {
			Pattern pattern = pattern(a.getPattern());
			if (pattern == null) {
				continue;
			}
			if (a.isTitle()) {
				if (report.getTitle() != null) {
					checkTitle(report, pattern, year);
				}
				continue;
			}
			for (SectionData section : report.getSections()) {
				for (Paragraph p : EcoreUtil2.typeSelect(section.getContents(), Paragraph.class)) {
					if (p.getText() == null) {
						continue;
					}
					Matcher m = pattern.matcher(p.getText());
					while (m.find()) {
						int g = disagreeing(m, year);
						if (g > 0) {
							warnInText(p, m.start(g), m.end(g) - m.start(g), IssueCodes.YEAR_DISAGREES,
									data(year, m, g, "@year.text"));
						}
					}
				}
			}
		}
	}

	private void checkTitle(Report report, Pattern pattern, String year) {
		Matcher m = pattern.matcher(report.getTitle());
		List<INode> nodes = NodeModelUtils.findNodesForFeature(report, P.getTopLevel_Title());
		while (m.find()) {
			int g = disagreeing(m, year);
			if (g <= 0) {
				continue;
			}
			String[] data = data(year, m, g, "@year.title");
			if (nodes.isEmpty()) {
				warning(Messages.render(IssueCodes.YEAR_DISAGREES, data), report, P.getTopLevel_Title(),
						IssueCodes.YEAR_DISAGREES, data);
			} else {
				// after the opening quote
				getMessageAcceptor().acceptWarning(Messages.render(IssueCodes.YEAR_DISAGREES, data), report,
						nodes.get(0).getOffset() + 1 + m.start(g), m.end(g) - m.start(g), IssueCodes.YEAR_DISAGREES, data);
			}
		}
	}

	/** expected (the reference year), actual (the year stated), the phrase, where. */
	private static String[] data(String year, Matcher m, int group, String where) {
		return new String[] { year, m.group(group), m.group(), where };
	}

	/** The first group of the match that states a year other than {@code year}; 0 if none. */
	private static int disagreeing(Matcher m, String year) {
		for (int g = 1; g <= m.groupCount(); g++) {
			String stated = m.group(g);
			if (stated != null && stated.strip().matches("\\d{4}") && !stated.strip().equals(year)) {
				return g;
			}
		}
		return 0;
	}

	/** 年度, or else the first year the title states by a declared title pattern. */
	private static String reference(Report report, List<YearAgreement> declared) {
		BigDecimal year = report.getYear();
		if (year != null) {
			return Numbers.isInteger(year) ? Numbers.format(year) : null;
		}
		for (YearAgreement a : declared) {
			Pattern pattern = a.isTitle() && report.getTitle() != null ? pattern(a.getPattern()) : null;
			Matcher m = pattern == null ? null : pattern.matcher(report.getTitle());
			if (m != null && m.find()) {
				for (int g = 1; g <= m.groupCount(); g++) {
					if (m.group(g) != null && m.group(g).strip().matches("\\d{4}")) {
						return m.group(g).strip();
					}
				}
			}
		}
		return null;
	}

}
