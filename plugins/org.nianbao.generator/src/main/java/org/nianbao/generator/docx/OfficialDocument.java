package org.nianbao.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.nianbao.generator.PoiLogging;
import org.nianbao.generator.docx.ReferenceDoc.Opened;

/**
 * A document other than a report in the layout of a reference DOCX (by default GB/T 9704's, as
 * {@link DocxGenerator} writes reports): a title, headings, body paragraphs and the signature, each
 * through the reference's styles only. For the reviewer's draft notice (通报) and the like.
 */
public final class OfficialDocument {
	static {
		PoiLogging.quiet();
	}

	private final Opened o;

	/** A new document in the official layout. */
	public OfficialDocument(String title, String creator) {
		this(ReferenceDoc.builtin(), title, creator);
	}

	public OfficialDocument(ReferenceDoc reference, String title, String creator) {
		try {
			o = reference.open();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var core = o.doc().getProperties().getCoreProperties();
		core.setTitle(DocxGenerator.clean(title));
		core.setCreator(DocxGenerator.clean(creator));
	}

	Opened opened() {
		return o;
	}

	public OfficialDocument title(String text) {
		DocxGenerator.text(paragraph(o, DocxStyles.TITLE), text);
		return this;
	}

	/** A level-1 heading (一、…, 黑体). */
	public OfficialDocument heading(String text) {
		DocxGenerator.text(paragraph(o, DocxStyles.HEADING1), text);
		return this;
	}

	/** A level-2 heading (（一）…, 楷体). */
	public OfficialDocument subheading(String text) {
		DocxGenerator.text(paragraph(o, DocxStyles.HEADING2), text);
		return this;
	}

	/** A body paragraph; a lead (bold, in the body's face) before the text when not empty. */
	public OfficialDocument paragraph(String lead, String text) {
		XWPFParagraph p = paragraph(o, DocxStyles.NORMAL);
		if (lead != null && !lead.isEmpty()) {
			DocxGenerator.text(p, lead).setStyle(o.style(DocxStyles.LEAD));
		}
		DocxGenerator.text(p, text);
		return this;
	}

	/** The signature: the organ and the date ({@code 2025年1月16日}), placed as GB/T 9704 7.3.5.3 asks. */
	public OfficialDocument signature(String organ, String date) {
		signature(o, organ, date);
		return this;
	}

	public byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			o.doc().write(out);
			o.doc().close();
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static XWPFParagraph paragraph(Opened o, String style) {
		XWPFParagraph p = o.doc().createParagraph();
		p.setStyle(o.style(style));
		return p;
	}

	/**
	 * GB/T 9704 7.3.5.3: the organ's name two characters in from the right, one blank line under the text;
	 * the date on the next line, its first character two characters right of the organ's first, unless
	 * it is the longer one: then the date is two characters in and the organ moves left to keep the step.
	 */
	static void signature(Opened o, String organ, String date) {
		paragraph(o, DocxStyles.NORMAL);
		double organChars = width(organ), dateChars = width(date);
		double organRight = 2, dateRight = organChars - dateChars;
		if (dateRight < 2) {
			dateRight = 2;
			organRight = dateChars + 4 - organChars;
		}
		if (!organ.isEmpty()) {
			signatureLine(o, organ, organRight);
		}
		if (!date.isEmpty()) {
			signatureLine(o, date, organ.isEmpty() ? 2 : dateRight);
		}
	}

	private static void signatureLine(Opened o, String text, double charsFromRight) {
		XWPFParagraph p = paragraph(o, DocxStyles.SIGNATURE);
		var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		ppr.addNewInd().setRight(Twips.big(Math.round(charsFromRight * Twips.BODY_CHAR)));
		DocxGenerator.text(p, text);
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
