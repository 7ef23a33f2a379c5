package org.nianbao.validation;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.RowTree;
import org.nianbao.nianbao.TableData;

/**
 * The input limits that survive parsing (size and nesting are refused by
 * {@link org.nianbao.parser.GuardedNianbaoParser}, number length by the value converter): rows per
 * table, cells per row, text and string lengths. Each is an error on the first element over the
 * limit, with a code of its own (NB012–NB015). Registered beside {@link NianbaoValidator} by the
 * runtime module; cheap (a length or a count per element).
 */
public class LimitsValidator extends AbstractDeclarativeValidator {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NianbaoPackage.eINSTANCE);
	}

	@Check(CheckType.FAST)
	public void checkRowCount(TableData table) {
		int n = table.getRows().size();
		if (n > Limits.MAX_ROWS_PER_TABLE) {
			report(IssueCodes.TOO_MANY_ROWS, n, Limits.MAX_ROWS_PER_TABLE, table, P.getTableData_Rows(),
					Limits.MAX_ROWS_PER_TABLE);
		}
	}

	@Check(CheckType.FAST)
	public void checkRowCount(RowTree tree) {
		checkTreeSize(tree.getNodes());
	}

	@Check(CheckType.FAST)
	public void checkColumnCount(ColumnTree tree) {
		checkTreeSize(tree.getNodes());
	}

	private void checkTreeSize(List<Node> nodes) {
		List<Leaf> leaves = Tables.leaves(nodes);
		if (leaves.size() > Limits.MAX_ROWS_PER_TABLE) {
			Leaf first = leaves.get(Limits.MAX_ROWS_PER_TABLE);
			report(IssueCodes.TOO_MANY_ROWS, leaves.size(), Limits.MAX_ROWS_PER_TABLE, first, P.getNode_Name(),
					INSIGNIFICANT_INDEX);
		}
	}

	@Check(CheckType.FAST)
	public void checkCellCount(RowData row) {
		int n = row.getCells().size();
		if (n > Limits.MAX_CELLS_PER_ROW) {
			report(IssueCodes.ROW_TOO_LONG, n, Limits.MAX_CELLS_PER_ROW, row, P.getRowData_Cells(),
					Limits.MAX_CELLS_PER_ROW);
		}
	}

	/** An error with data {0} the size found, {1} the limit; the message from {@link Messages}. */
	private void report(String code, int size, int limit, EObject element, org.eclipse.emf.ecore.EStructuralFeature feature,
			int index) {
		String[] data = { String.valueOf(size), String.valueOf(limit) };
		error(Messages.render(code, data), element, feature, index, code, data);
	}

	/** Every string attribute of every element: narrative text blocks and the short strings. */
	@Check(CheckType.FAST)
	public void checkStringLength(EObject element) {
		for (EAttribute a : element.eClass().getEAllAttributes()) {
			if (a.getEAttributeType().getInstanceClass() != String.class || a.isMany()) {
				continue;
			}
			Object value = element.eGet(a);
			if (!(value instanceof String s)) {
				continue;
			}
			boolean text = element instanceof Paragraph && a == P.getParagraph_Text();
			int limit = text ? Limits.MAX_TEXT_LENGTH : Limits.MAX_STRING_LENGTH;
			if (s.length() > limit) {
				report(text ? IssueCodes.TEXT_TOO_LONG : IssueCodes.STRING_TOO_LONG, s.length(), limit, element, a,
						INSIGNIFICANT_INDEX);
			}
		}
	}
}
