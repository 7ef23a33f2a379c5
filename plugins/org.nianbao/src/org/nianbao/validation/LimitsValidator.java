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
			error("表格行数过多：共 " + n + " 行，上限为 " + Limits.MAX_ROWS_PER_TABLE + " 行", table, P.getTableData_Rows(),
					Limits.MAX_ROWS_PER_TABLE, IssueCodes.TOO_MANY_ROWS, String.valueOf(n));
		}
	}

	@Check(CheckType.FAST)
	public void checkRowCount(RowTree tree) {
		checkTreeSize(tree.getNodes(), tree, P.getRowTree_Nodes(), "行");
	}

	@Check(CheckType.FAST)
	public void checkColumnCount(ColumnTree tree) {
		checkTreeSize(tree.getNodes(), tree, P.getColumnTree_Nodes(), "列");
	}

	private void checkTreeSize(List<Node> nodes, EObject tree, org.eclipse.emf.ecore.EReference feature, String what) {
		List<Leaf> leaves = Tables.leaves(nodes);
		if (leaves.size() > Limits.MAX_ROWS_PER_TABLE) {
			Leaf first = leaves.get(Limits.MAX_ROWS_PER_TABLE);
			error("模板的" + what + "过多：共 " + leaves.size() + " 个，上限为 " + Limits.MAX_ROWS_PER_TABLE + " 个", first,
					P.getNode_Name(), IssueCodes.TOO_MANY_ROWS, String.valueOf(leaves.size()));
		}
	}

	@Check(CheckType.FAST)
	public void checkCellCount(RowData row) {
		int n = row.getCells().size();
		if (n > Limits.MAX_CELLS_PER_ROW) {
			error("一行的单元格过多：共 " + n + " 个，上限为 " + Limits.MAX_CELLS_PER_ROW + " 个", row, P.getRowData_Cells(),
					Limits.MAX_CELLS_PER_ROW, IssueCodes.ROW_TOO_LONG, String.valueOf(n));
		}
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
				error((text ? "文本过长：" : "字符串过长：") + s.length() + " 个字符，上限为 " + limit + " 个", element, a,
						text ? IssueCodes.TEXT_TOO_LONG : IssueCodes.STRING_TOO_LONG, String.valueOf(s.length()));
			}
		}
	}
}
