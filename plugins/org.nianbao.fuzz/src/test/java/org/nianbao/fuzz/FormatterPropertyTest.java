package org.nianbao.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.bench.ReportGenerator;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.library.Library;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.RowData;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The formatter on generated reports with messy layout (tabs, ideographic spaces, uneven gaps,
 * comments, blank lines, notes, blanks and `auto`): the same numbers (with their written scale),
 * notes, row keys and texts afterwards, and formatting the result again changes nothing.
 */
class FormatterPropertyTest {

	private static ReportGenerator generator;

	private static synchronized ReportGenerator generator(boolean unused) {
		if (generator == null) {
			generator = new ReportGenerator(Fuzz.injector(), Library.GOV_2021);
		}
		return generator;
	}

	@Property
	void formattingGeneratedReportsIsLosslessAndIdempotent(@ForAll long seed, @ForAll boolean messy) {
		String text = generator(false).generate(seed, (int) Math.floorMod(seed, 3L), messy).text();
		Fuzz.bounded(text, "format", () -> {
			XtextResource r = Fuzz.parse(text);
			Fuzz.check(r.getErrors().isEmpty(), "a generated report does not parse: " + r.getErrors());
			SourceFormatter formatter = Fuzz.injector().getInstance(SourceFormatter.class);
			String formatted = formatter.format(r);
			XtextResource again = Fuzz.parse(formatted);
			Fuzz.check(again.getErrors().isEmpty(), "the formatted report does not parse: " + again.getErrors());
			Fuzz.check(content(r).equals(content(again)), "formatting changed numbers, notes, row keys or texts");
			Fuzz.check(Fuzz.tokens(r).equals(Fuzz.tokens(again)), "formatting changed a token or comment");
			Fuzz.check(formatter.format(again).equals(formatted),
					"formatting is not idempotent");
			return null;
		});
	}

	/** Row keys, cells (number with scale, blank, auto, note) and paragraph texts, in order. */
	static List<String> content(XtextResource r) {
		List<String> result = new ArrayList<>();
		for (var it = r.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof RowData row) {
				result.add("row " + org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
						org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(row,
								org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__ROW).get(0)) + " " + row.getLabel());
			} else if (o instanceof NumberCell n) {
				result.add(n.getValue().toString() + " " + n.getNote());
			} else if (o instanceof BlankCell b) {
				result.add("- " + b.getNote());
			} else if (o instanceof org.nianbao.nianbao.AutoCell) {
				result.add("auto");
			} else if (o instanceof Paragraph p) {
				result.add("text " + p.getText());
			}
		}
		return result;
	}
}
