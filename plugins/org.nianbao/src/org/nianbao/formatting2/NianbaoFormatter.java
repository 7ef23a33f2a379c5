package org.nianbao.formatting2;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.nianbao.nianbao.Binary;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.RowTree;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.SectionContent;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.Sum;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.nianbao.TopLevel;

/**
 * Indents blocks, puts one element per line and aligns the cells of report tables into
 * right-aligned columns (CJK characters count double). Comments are kept by formatter2's
 * hidden-region handling; text blocks and strings are never touched.
 */
public class NianbaoFormatter extends AbstractFormatter2 {

	/** Two spaces per level, as the examples and `.editorconfig` have it, unless the client asks otherwise. */
	public static final String INDENTATION = "  ";

	/** Line comments are kept to the letter: clerks align column legends inside them with spaces. */
	@Override
	public org.eclipse.xtext.formatting2.ITextReplacer createCommentReplacer(
			org.eclipse.xtext.formatting2.regionaccess.IComment comment) {
		if (comment.getText().startsWith("//")) {
			// Indented like a doc comment, but the text after `//` is left as written.
			return new org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer(comment, "//") {
				@Override
				public org.eclipse.xtext.formatting2.ITextReplacerContext createReplacements(
						org.eclipse.xtext.formatting2.ITextReplacerContext context) {
					return context;
				}

				/**
				 * The grammar ends a line comment before its line break (so blank lines after it
				 * count the same on every pass), so nothing else keeps that break: without it,
				 * whatever follows — the rest of a row's cells — would be joined into the comment.
				 */
				@Override
				public void configureWhitespace(org.eclipse.xtext.formatting2.internal.WhitespaceReplacer leading,
						org.eclipse.xtext.formatting2.internal.WhitespaceReplacer trailing) {
					if (trailing == null) {
						return;
					}
					org.eclipse.xtext.formatting2.IHiddenRegionFormatting f = trailing.getFormatting();
					if (f.getNewLineMin() == null || f.getNewLineMin() < 1) {
						f.setNewLinesMin(1);
					}
					if (f.getNewLineDefault() == null || f.getNewLineDefault() < 1) {
						f.setNewLinesDefault(1);
					}
					if (f.getNewLineMax() != null && f.getNewLineMax() < 1) {
						f.setNewLinesMax(1);
					}
				}
			};
		}
		return super.createCommentReplacer(comment);
	}

	/**
	 * A comment before a block's closing `}` is the block's last line and keeps the block's indentation:
	 * formatter2 ends the indentation at the first line break of the region (so such a comment came out
	 * at the level of `}`, and an import's remark at the end of a section moved on `nianbao fmt`); here
	 * it ends at the region's last whitespace, just before the `}`.
	 */
	@Override
	public org.eclipse.xtext.formatting2.ITextReplacer createHiddenRegionReplacer(
			org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion region,
			org.eclipse.xtext.formatting2.IHiddenRegionFormatting formatting) {
		return new org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer(region, formatting) {
			@Override
			protected void applyIndentation(List<org.eclipse.xtext.formatting2.ITextReplacer> replacers,
					org.eclipse.xtext.formatting2.IHiddenRegionFormatting separator) {
				Integer decrease = formatting.getIndentationDecrease();
				if (formatting.getIndentationIncrease() == null && decrease != null
						&& replacers.get(replacers.size() - 1) instanceof org.eclipse.xtext.formatting2.internal.WhitespaceReplacer last) {
					last.getFormatting().setIndentationDecrease(decrease);
				} else {
					super.applyIndentation(replacers, separator);
				}
			}
		};
	}

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof org.eclipse.xtext.resource.XtextResource resource) {
			for (EObject root : resource.getContents()) {
				format(root, document);
			}
		} else if (obj instanceof NianbaoFile file) {
			formatFile(file, document);
		} else if (obj instanceof Template t) {
			formatTemplate(t, document);
		} else if (obj instanceof Report r) {
			formatReport(r, document);
		} else if (obj instanceof EObject eo) {
			for (EObject child : eo.eContents()) {
				format(child, document);
			}
		}
	}

	private void formatFile(NianbaoFile file, IFormattableDocument doc) {
		List<TopLevel> elements = file.getElements();
		for (int i = 0; i < elements.size(); i++) {
			TopLevel e = elements.get(i);
			if (i > 0) {
				doc.prepend(e, f -> f.setNewLines(2));
			} else {
				doc.prepend(e, f -> f.setNewLines(0, 0, 2));
			}
			format(e, doc);
		}
		if (!elements.isEmpty()) {
			doc.append(elements.get(elements.size() - 1), f -> f.setNewLines(1));
		}
	}

	private void block(EObject owner, IFormattableDocument doc) {
		ISemanticRegionsFinder finder = regionFor(owner);
		ISemanticRegion open = finder.keyword("{");
		ISemanticRegion close = finder.keyword("}");
		if (open == null || close == null) {
			return;
		}
		doc.prepend(open, f -> f.oneSpace());
		doc.interior(open, close, f -> f.indent());
		doc.prepend(close, f -> f.setNewLines(1));
	}

	/** One per line, keeping at most one blank line the author left between them. */
	private void lines(List<? extends EObject> elements, IFormattableDocument doc) {
		for (EObject e : elements) {
			doc.prepend(e, f -> f.setNewLines(1, 1, 2));
		}
	}

	private void formatTemplate(Template t, IFormattableDocument doc) {
		doc.append(regionFor(t).keyword("template"), f -> f.oneSpace());
		doc.surround(regionFor(t).assignment(grammar().getTemplateAccess().getTitleAssignment_2()), f -> f.oneSpace());
		block(t, doc);
		lines(t.getSections(), doc);
		for (SectionDef s : t.getSections()) {
			doc.append(regionFor(s).keyword("section"), f -> f.oneSpace());
			doc.append(regionFor(s).feature(org.nianbao.nianbao.NianbaoPackage.Literals.SECTION_DEF__NAME), f -> f.oneSpace());
			block(s, doc);
			lines(s.getTables(), doc);
			for (TableDef table : s.getTables()) {
				formatTableDef(table, doc);
			}
		}
	}

	private void formatTableDef(TableDef table, IFormattableDocument doc) {
		ISemanticRegionsFinder finder = regionFor(table);
		doc.append(finder.keyword("table"), f -> f.oneSpace());
		doc.append(finder.feature(org.nianbao.nianbao.NianbaoPackage.Literals.TABLE_DEF__NAME), f -> f.oneSpace());
		block(table, doc);
		for (String kw : new String[] { "corner", "note" }) {
			ISemanticRegion k = finder.keyword(kw);
			if (k != null) {
				doc.prepend(k, f -> f.setNewLines(1));
				doc.append(k, f -> f.oneSpace());
			}
		}
		List<EObject> parts = new ArrayList<>();
		if (table.getColumns() != null) {
			parts.add(table.getColumns());
		}
		if (table.getRows() != null) {
			parts.add(table.getRows());
		}
		parts.addAll(table.getRules());
		lines(parts, doc);
		if (table.getColumns() != null) {
			formatTree(table.getColumns(), ((ColumnTree) table.getColumns()).getNodes(), doc);
		}
		if (table.getRows() != null) {
			formatTree(table.getRows(), ((RowTree) table.getRows()).getNodes(), doc);
		}
		for (Rule rule : table.getRules()) {
			ISemanticRegionsFinder rf = regionFor(rule);
			doc.append(rf.keyword("rule"), f -> f.oneSpace());
			doc.surround(rf.keyword("per"), f -> f.oneSpace());
			doc.prepend(rf.keyword(":"), f -> f.noSpace());
			doc.append(rf.keyword(":"), f -> f.oneSpace());
			doc.surround(rf.keyword("=="), f -> f.oneSpace());
			doc.surround(rf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.RULE__DESCRIPTION), f -> f.oneSpace());
			formatExpressions(rule, doc);
		}
	}

	private void formatTree(EObject tree, List<Node> nodes, IFormattableDocument doc) {
		block(tree, doc);
		lines(nodes, doc);
		for (Node n : nodes) {
			if (n instanceof Group g) {
				doc.append(regionFor(g).keyword("group"), f -> f.oneSpace());
				doc.append(regionFor(g).feature(org.nianbao.nianbao.NianbaoPackage.Literals.NODE__NAME), f -> f.oneSpace());
				formatTree(g, g.getChildren(), doc);
			} else if (n instanceof Leaf leaf) {
				ISemanticRegionsFinder lf = regionFor(leaf);
				doc.append(lf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.NODE__NAME), f -> f.oneSpace());
				doc.surround(lf.keyword("="), f -> f.oneSpace());
				doc.prepend(lf.keyword("decimal"), f -> f.oneSpace());
				doc.prepend(lf.keyword("signed"), f -> f.oneSpace());
				formatExpressions(leaf, doc);
			}
		}
	}

	private void formatExpressions(EObject owner, IFormattableDocument doc) {
		owner.eAllContents().forEachRemaining(e -> {
			if (e instanceof Binary b) {
				doc.surround(regionFor(b).feature(org.nianbao.nianbao.NianbaoPackage.Literals.BINARY__OP), f -> f.oneSpace());
			} else if (e instanceof Sum s) {
				ISemanticRegionsFinder sf = regionFor(s);
				doc.append(sf.keyword("("), f -> f.noSpace());
				doc.prepend(sf.keyword(")"), f -> f.noSpace());
				doc.prepend(sf.keyword("("), f -> f.noSpace());
				doc.surround(sf.keyword("except"), f -> f.oneSpace());
				for (ISemanticRegion comma : sf.keywords(",")) {
					doc.prepend(comma, f -> f.noSpace());
					doc.append(comma, f -> f.oneSpace());
				}
			}
		});
	}

	private void formatReport(Report r, IFormattableDocument doc) {
		ISemanticRegionsFinder finder = regionFor(r);
		doc.append(finder.keyword("report"), f -> f.oneSpace());
		doc.surround(finder.keyword(":"), f -> f.oneSpace());
		block(r, doc);
		for (String kw : new String[] { "标题", "机关", "年度", "发布", "上年", "抄送", "印发机关", "印发日期" }) {
			ISemanticRegion k = finder.keyword(kw);
			if (k != null) {
				doc.prepend(k, f -> f.setNewLines(1));
				doc.append(k, f -> f.oneSpace());
			}
		}
		for (SectionData s : r.getSections()) {
			doc.prepend(s, f -> f.setNewLines(1, 2, 2));
			doc.append(regionFor(s).keyword("section"), f -> f.oneSpace());
			block(s, doc);
			lines(s.getContents(), doc);
			for (SectionContent c : s.getContents()) {
				if (c instanceof Paragraph p) {
					doc.append(regionFor(p).keyword("text"), f -> f.oneSpace());
				} else if (c instanceof TableData t) {
					formatTableData(t, doc);
				}
			}
		}
	}

	/** Rows one per line, cells right-aligned under each other. */
	private void formatTableData(TableData table, IFormattableDocument doc) {
		ISemanticRegionsFinder finder = regionFor(table);
		doc.append(finder.keyword("table"), f -> f.oneSpace());
		block(table, doc);
		lines(table.getRows(), doc);
		ITextRegionAccess access = getTextRegionAccess();
		List<String> heads = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		for (RowData row : table.getRows()) {
			heads.add(headText(row, access));
			List<String> texts = new ArrayList<>();
			for (Cell cell : row.getCells()) {
				texts.add(text(cell, access));
			}
			cells.add(texts);
		}
		TableAlignment alignment = new TableAlignment(heads, cells);
		int r = 0;
		for (RowData row : table.getRows()) {
			String head = heads.get(r);
			List<String> texts = cells.get(r++);
			ISemanticRegionsFinder rf = regionFor(row);
			ISemanticRegion group = rf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__GROUP);
			if (group != null) {
				doc.prepend(group, f -> f.oneSpace());
			}
			ISemanticRegion label = rf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__LABEL);
			if (label != null) {
				doc.prepend(label, f -> f.oneSpace());
			}
			for (org.nianbao.nianbao.GroupBar bar : row.getBars()) {
				doc.prepend(bar, f -> f.oneSpace());
			}
			for (int i = 0; i < row.getCells().size(); i++) {
				Cell cell = row.getCells().get(i);
				String spaces = " ".repeat(alignment.spacesBefore(head, i, texts.get(i)));
				org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion before = access.regionForEObject(cell).getPreviousHiddenRegion();
				if (i > 0 && before != null && before.containsComment()) {
					// a comment between two cells of a row keeps its own line, and the cells after it
					// start the next one: aligned, they would pull the comment up once and not the next time
					doc.prepend(cell, f -> f.setNewLines(1));
				} else {
					doc.prepend(cell, f -> f.setSpace(spaces));
				}
				ISemanticRegionsFinder cf = regionFor(cell);
				ISemanticRegion note = cf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.NUMBER_CELL__NOTE);
				if (note == null) {
					note = cf.feature(org.nianbao.nianbao.NianbaoPackage.Literals.BLANK_CELL__NOTE);
				}
				if (note != null) {
					doc.prepend(note, f -> f.oneSpace());
				}
			}
		}
	}

	@com.google.inject.Inject
	private org.nianbao.services.NianbaoGrammarAccess grammarAccess;

	private org.nianbao.services.NianbaoGrammarAccess grammar() {
		return grammarAccess;
	}

	private ISemanticRegionsFinder regionFor(EObject o) {
		return textRegionExtensions.regionFor(o);
	}

	/** The row key and its published label, as the formatter lays them out. */
	private static String headText(RowData row, ITextRegionAccess access) {
		ISemanticRegionsFinder finder = access.getExtensions().regionFor(row);
		ITextSegment key = finder.feature(row.isTotal() ? org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__GROUP
				: org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__ROW);
		ITextSegment label = finder.feature(org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__LABEL);
		ITextSegment total = row.isTotal() ? finder.feature(org.nianbao.nianbao.NianbaoPackage.Literals.ROW_DATA__TOTAL) : null;
		String head = key == null ? "" : total != null ? total.getText() + " " + key.getText() : key.getText();
		return label == null ? head : head + " " + label.getText();
	}

	/**
	 * A cell as formatted: its tokens (number or dash, then the note) joined by one space. Built
	 * from the tokens, not the written text: a note written against its number ({@code 0"注"}) or
	 * holding runs of spaces must measure the same before and after formatting, or a second pass
	 * would align the columns differently.
	 */
	private static String text(Cell cell, ITextRegionAccess access) {
		StringBuilder sb = new StringBuilder();
		for (ISemanticRegion token : access.getExtensions().regionForEObject(cell).getAllSemanticRegions()) {
			if (sb.length() > 0) {
				sb.append(' ');
			}
			sb.append(token.getText());
		}
		return sb.toString();
	}

	/** Display width in a monospaced editor: East Asian wide characters take two columns. */
	public static int width(String s) {
		int w = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			w += isWide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return w;
	}

	private static boolean isWide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
	}
}
