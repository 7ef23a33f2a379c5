package org.nianbao.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.XmlText;
import org.nianbao.generator.docx.ReferenceDoc.Opened;
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

	static {
		PoiLogging.quiet();
	}

	private final ReferenceDoc reference;

	/** In the official layout. */
	public DocxGenerator() {
		this(ReferenceDoc.builtin());
	}

	public DocxGenerator(ReferenceDoc reference) {
		this.reference = reference;
	}

	public byte[] generate(ReportView view) {
		try {
			Opened o = reference.open();
			try (XWPFDocument doc = o.doc(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				var core = doc.getProperties().getCoreProperties();
				core.setTitle(clean(view.title()));
				core.setCreator(clean(view.organ().isEmpty() ? "Nianbao" : view.organ()));
				errors(o, view.errors());
				text(paragraph(o, DocxStyles.TITLE), view.title());
				for (SectionView s : view.sections()) {
					text(paragraph(o, DocxStyles.HEADING1), s.heading());
					for (Block b : s.blocks()) {
						if (b instanceof ParagraphView p) {
							paragraph(o, p);
						} else if (b instanceof TableView t) {
							DocxTables.table(o, t);
						}
					}
				}
				signature(o, view);
				doc.write(out);
				return out.toByteArray();
			}
		} catch (IOException e) {
			throw new IllegalStateException("DOCX 生成失败: " + e.getMessage(), e);
		}
	}

	private static XWPFParagraph paragraph(Opened o, String style) {
		return OfficialDocument.paragraph(o, style);
	}

	private static void errors(Opened o, List<Finding> errors) {
		if (errors.isEmpty()) {
			return;
		}
		XWPFParagraph p = paragraph(o, DocxStyles.TABLE_TEXT);
		p.setAlignment(ParagraphAlignment.LEFT);
		XWPFRun r = text(p, "未通过校验：本报告有 " + errors.size() + " 处错误，数字未经核实，请勿发布。");
		r.setBold(true);
		r.setColor("C00000");
		for (Finding f : errors) {
			XWPFParagraph e = paragraph(o, DocxStyles.TABLE_TEXT);
			e.setAlignment(ParagraphAlignment.LEFT);
			text(e, f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] " + f.message()).setColor("C00000");
		}
	}

	private static void paragraph(Opened o, ParagraphView p) {
		if (p.isHeading()) {
			text(paragraph(o, DocxStyles.HEADING2), p.lead());
			return;
		}
		XWPFParagraph para = paragraph(o, DocxStyles.NORMAL);
		if (!p.lead().isEmpty()) {
			text(para, p.lead()).setStyle(o.style(DocxStyles.LEAD));
		}
		text(para, p.body());
	}

	private static void signature(Opened o, ReportView view) {
		OfficialDocument.signature(o, view.organ(), view.date().isEmpty() ? "" : view.chineseDate());
	}

	static XWPFRun text(XWPFParagraph p, String text) {
		XWPFRun r = p.createRun();
		r.setText(clean(text));
		return r;
	}

	/** Text for a run: XML-safe, and on one line (a line feed in w:t is not a break). */
	static String clean(String s) {
		return XmlText.clean(s).replace('\n', ' ');
	}
}
