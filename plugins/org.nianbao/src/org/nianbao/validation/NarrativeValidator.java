package org.nianbao.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.NarrativeFacts;
import org.nianbao.arithmetic.NarrativeRates;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.NarrativeFact;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.SectionLength;
import org.nianbao.nianbao.SectionMention;
import org.nianbao.nianbao.Template;
import org.nianbao.text.TextMeasures;

import com.google.inject.Inject;

/**
 * The narrative against the template's declarations: {@code fact} (NB303 a contradiction, NB312
 * a known difference of definition; a rate {@code fact … per …}, NB316), {@code require … mentions} (NB307) and {@code limit … length}
 * (NB308).
 */
public class NarrativeValidator extends NianbaoChecks {

	@Inject
	private NarrativeExpressions expressions;

	@Inject
	private NarrativeFacts facts;

	@Inject
	private NarrativeRates rates;

	@Check
	public void checkNarrativeFacts(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		List<NarrativeFact> declared = EcoreUtil2.typeSelect(template.getChecks(), NarrativeFact.class);
		if (declared.isEmpty()) {
			return;
		}
		ReportResult results = results(report);
		for (SectionData section : report.getSections()) {
			for (Paragraph p : EcoreUtil2.typeSelect(section.getContents(), Paragraph.class)) {
				if (p.getText() == null) {
					continue;
				}
				String plain = blankOutExpressions(p.getText());
				for (NarrativeFact fact : declared) {
					for (NarrativeFacts.Finding f : facts.check(fact, plain, results)) {
						report(p, f);
					}
					for (NarrativeRates.Finding f : rates.check(fact, plain, results)) {
						report(p, f);
					}
				}
			}
		}
	}

	private void report(Paragraph p, NarrativeRates.Finding f) {
		String what = Messages.bilingual(f.fact().getDescription(), f.fact().getDescriptionEn());
		String[] data = { f.stated(), f.rounded().toPlainString(), f.phrase(), what, Numbers.format(f.numerator()),
				Numbers.format(f.denominator()), f.computed().toPlainString() };
		warnInText(p, f.start(), f.end() - f.start(), IssueCodes.RATE_MISMATCH, data);
	}

	private void report(Paragraph p, NarrativeFacts.Finding f) {
		String figure = Numbers.format(f.figure());
		String what = Messages.bilingual(f.fact().getDescription(), f.fact().getDescriptionEn());
		if (f.kind() == NarrativeFacts.Kind.DEFINITION) {
			String[] data = { f.stated(), figure, f.phrase(), what, f.fact().getExplanation() };
			infoInText(p, f.start(), f.end() - f.start(), IssueCodes.NARRATIVE_DEFINITION, data);
			return;
		}
		String alternative = f.alternative() == null ? ""
				: "@n.alternative:" + Numbers.format(f.alternative());
		String[] data = { f.stated(), figure, f.phrase(), what, alternative };
		warnInText(p, f.start(), f.end() - f.start(), IssueCodes.NARRATIVE_MISMATCH, data);
	}

	/** Expressions are evaluated, never compared: their numbers must not be read as stated figures. */
	private String blankOutExpressions(String text) {
		if (text.indexOf('{') < 0) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text);
		for (NarrativeExpressions.Span s : expressions.spans(text)) {
			for (int i = s.start(); i < s.end(); i++) {
				sb.setCharAt(i, ' ');
			}
		}
		return sb.toString();
	}

	@Check
	public void checkSectionMentions(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		for (SectionMention c : EcoreUtil2.typeSelect(template.getChecks(), SectionMention.class)) {
			SectionDef def = c.getSection();
			SectionData data = def == null || def.eIsProxy() ? null : Tables.sectionData(report, def);
			Pattern pattern = pattern(c.getPattern());
			if (data == null || pattern == null) {
				continue; // a missing section is a structure error already
			}
			if (!pattern.matcher(text(data)).find()) {
				String[] d = { def.getHeading(), c.getDescription() };
				warning(Messages.render(IssueCodes.FEES_NOT_STATED, d), data, P.getSectionData_Section(),
						IssueCodes.FEES_NOT_STATED, d);
			}
		}
	}


	@Check
	public void checkSectionLength(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		for (SectionLength c : EcoreUtil2.typeSelect(template.getChecks(), SectionLength.class)) {
			SectionDef def = c.getSection();
			SectionData data = def == null || def.eIsProxy() ? null : Tables.sectionData(report, def);
			if (data == null || c.getMax() == null) {
				continue;
			}
			int length = 0;
			for (Paragraph p : EcoreUtil2.typeSelect(data.getContents(), Paragraph.class)) {
				length += TextMeasures.characters(p.getText());
			}
			if (length > c.getMax().intValue()) {
				String[] d = { String.valueOf(length), Numbers.format(c.getMax()), def.getHeading() };
				warning(Messages.render(IssueCodes.OVERVIEW_TOO_LONG, d), data, P.getSectionData_Section(),
						IssueCodes.OVERVIEW_TOO_LONG, d);
			}
		}
	}
}
