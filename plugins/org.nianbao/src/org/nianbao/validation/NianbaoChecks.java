package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.diagnostics.Messages;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;

import com.google.inject.Inject;

/**
 * The base of the validators of one rule family, composed into {@link NianbaoValidator}: the
 * shared run ({@link ValidationRun}), the cell data layout of {@link Finding}, and diagnostics
 * placed inside narrative text. A family validator never registers itself.
 */
public abstract class NianbaoChecks extends AbstractDeclarativeValidator {

	protected static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	protected Arithmetic arithmetic;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into NianbaoValidator, which is registered
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NianbaoPackage.eINSTANCE);
	}

	/** The report evaluated once per validation run. */
	protected ReportResult results(Report report) {
		return ValidationRun.results(getContext(), arithmetic, report);
	}

	/** Last year's report, looked up once per validation run. */
	protected PreviousReports.Lookup previous(Report report) {
		return ValidationRun.previous(getContext(), report);
	}

	/** expected, actual ("" if blank), table, row, column, then the code's own data. */
	static String[] cellData(BigDecimal expected, BigDecimal actual, CellKey cell, String... more) {
		String[] data = new String[5 + more.length];
		data[Finding.DATA_EXPECTED] = expected == null ? "" : Numbers.format(expected);
		data[Finding.DATA_ACTUAL] = actual == null ? "" : Numbers.format(actual);
		data[Finding.DATA_TABLE] = Tables.tableOf(cell.row()).getName();
		data[Finding.DATA_ROW] = cell.rowName();
		data[Finding.DATA_COLUMN] = cell.columnName();
		System.arraycopy(more, 0, data, 5, more.length);
		return data;
	}

	static EStructuralFeature featureOf(Cell token) {
		return token instanceof NumberCell ? P.getNumberCell_Value() : null;
	}

	/** Offset of the text's first character (after the opening quotes) in the document. */
	private static int textOffset(Paragraph p) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(p, P.getParagraph_Text());
		return nodes.isEmpty() ? -1 : nodes.get(0).getOffset() + 3;
	}

	protected void warnInText(Paragraph p, int start, int length, String code, String[] data) {
		int base = textOffset(p);
		if (base < 0) {
			warning(Messages.render(code, data), p, P.getParagraph_Text(), code, data);
		} else {
			getMessageAcceptor().acceptWarning(Messages.render(code, data), p, base + start, length, code, data);
		}
	}

	protected void infoInText(Paragraph p, int start, int length, String code, String[] data) {
		int base = textOffset(p);
		if (base < 0) {
			info(Messages.render(code, data), p, P.getParagraph_Text(), code, data);
		} else {
			getMessageAcceptor().acceptInfo(Messages.render(code, data), p, base + start, length, code, data);
		}
	}

	protected void errorInText(Paragraph p, int start, int length, String code, String[] data) {
		int base = textOffset(p);
		if (base < 0) {
			error(Messages.render(code, data), p, P.getParagraph_Text(), code, data);
		} else {
			getMessageAcceptor().acceptError(Messages.render(code, data), p, base + start, length, code, data);
		}
	}

	/** A template's regular expression compiled; null when it is none (the template is at fault, not the report). */
	static java.util.regex.Pattern pattern(String regex) {
		try {
			return regex == null ? null : java.util.regex.Pattern.compile(regex);
		} catch (java.util.regex.PatternSyntaxException e) {
			return null;
		}
	}

	/** The narrative of a section, its paragraphs one per line. */
	static String text(SectionData s) {
		StringBuilder sb = new StringBuilder();
		for (Paragraph p : EcoreUtil2.typeSelect(s.getContents(), Paragraph.class)) {
			if (p.getText() != null) {
				sb.append(p.getText()).append('\n');
			}
		}
		return sb.toString();
	}
}
