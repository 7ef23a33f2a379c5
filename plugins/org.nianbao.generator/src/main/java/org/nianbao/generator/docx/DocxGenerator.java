package org.nianbao.generator.docx;

import java.util.List;

import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.Block;
import org.nianbao.generator.model.ReportView.ParagraphView;
import org.nianbao.generator.model.ReportView.SectionView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.validation.Finding;

/**
 * The sign-off copy: the report written into a reference DOCX ({@link ReferenceDoc}) — by default the
 * official layout of GB/T 9704 (A4, 37 mm top and 28 mm left margins, 156 × 225 mm type area, 22 lines
 * of 28 三号 仿宋 characters, title 二号 小标宋, headings 黑体 / 楷体 / 仿宋 bold, page numbers
 * "— N —" at the right of odd pages and the left of even ones), or an organ's house style.
 * <p>
 * The content names styles only ({@link DocxStyles}), never a font or a size, so the reference decides
 * how it looks; the tables are in {@link DocxTables}, the page in {@link DocxPage}.
 */
public final class DocxGenerator {

	private final ReferenceDoc reference;

	/** In the official layout. */
	public DocxGenerator() {
		this(ReferenceDoc.builtin());
	}

	public DocxGenerator(ReferenceDoc reference) {
		this.reference = reference;
	}

	public byte[] generate(ReportView view) {
		DocxTemplate template = reference.template();
		WordXml w = new WordXml(template);
		errors(w, view.errors());
		w.paragraph(DocxStyles.TITLE, view.title());
		for (SectionView s : view.sections()) {
			w.paragraph(DocxStyles.HEADING1, s.heading());
			for (Block b : s.blocks()) {
				if (b instanceof ParagraphView p) {
					paragraph(w, p);
				} else if (b instanceof TableView t) {
					DocxTables.table(w, t);
				}
			}
		}
		signature(w, view);
		view.imprint().ifPresent(imprint -> DocxImprint.write(w, imprint));
		return template.write(w.body(), view.title(), view.organ().isEmpty() ? "Nianbao" : view.organ(),
				view.imprint().isPresent());
	}

	private static void errors(WordXml w, List<Finding> errors) {
		if (errors.isEmpty()) {
			return;
		}
		w.p(DocxStyles.TABLE_TEXT, false, "left", -1)
				.run("未通过校验：本报告有 " + errors.size() + " 处错误，数字未经核实，请勿发布。", null, true, ERROR_COLOR).endP();
		for (Finding f : errors) {
			w.p(DocxStyles.TABLE_TEXT, false, "left", -1)
					.run(f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] " + f.message(), null, false, ERROR_COLOR)
					.endP();
		}
	}

	private static final String ERROR_COLOR = "C00000";

	private static void paragraph(WordXml w, ParagraphView p) {
		if (p.isHeading()) {
			w.paragraph(DocxStyles.HEADING2, p.lead());
			return;
		}
		w.p(DocxStyles.NORMAL);
		if (!p.lead().isEmpty()) {
			w.run(p.lead(), DocxStyles.LEAD);
		}
		w.run(p.body()).endP();
	}

	/**
	 * GB/T 9704 7.3.5.3: the organ's name two characters in from the right, one blank line under the text;
	 * the date on the next line, its first character two characters right of the organ's first, unless
	 * it is the longer one: then the date is two characters in and the organ moves left to keep the step.
	 */
	private static void signature(WordXml w, ReportView view) {
		signature(w, view.organ(), view.date().isEmpty() ? "" : view.chineseDate());
	}

	/** The signature block of any document in the layout (also {@link OfficialDocument}'s). */
	static void signature(WordXml w, String organ, String date) {
		w.p(DocxStyles.NORMAL).endP();
		double organChars = width(organ), dateChars = width(date);
		double organRight = 2, dateRight = organChars - dateChars;
		if (dateRight < 2) {
			dateRight = 2;
			organRight = dateChars + 4 - organChars;
		}
		if (!organ.isEmpty()) {
			signatureLine(w, organ, organRight);
		}
		if (!date.isEmpty()) {
			signatureLine(w, date, organ.isEmpty() ? 2 : dateRight);
		}
	}

	private static void signatureLine(WordXml w, String text, double charsFromRight) {
		w.p(DocxStyles.SIGNATURE, false, null, Math.round(charsFromRight * Twips.BODY_CHAR)).run(text).endP();
	}

	/** Width in body characters: a half-width digit or Latin letter counts half. */
	static double width(String s) {
		double w = 0;
		for (int i = 0; i < s.length(); i++) {
			w += s.charAt(i) < 0x2E80 ? 0.5 : 1;
		}
		return w;
	}
}
