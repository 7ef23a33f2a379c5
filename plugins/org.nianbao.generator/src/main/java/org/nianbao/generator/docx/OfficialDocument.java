package org.nianbao.generator.docx;

/**
 * A document other than a report in the layout of a reference DOCX (by default GB/T 9704's, as
 * {@link DocxGenerator} writes reports): a title, headings, body paragraphs and the signature, each
 * through the reference's styles only. For the reviewer's draft notice (通报) and the like.
 */
public final class OfficialDocument {
	private final DocxTemplate template;
	private final WordXml w;
	private final String title, creator;

	/** A new document in the official layout. */
	public OfficialDocument(String title, String creator) {
		this(ReferenceDoc.builtin(), title, creator);
	}

	public OfficialDocument(ReferenceDoc reference, String title, String creator) {
		this.template = reference.template();
		this.w = new WordXml(template);
		this.title = title;
		this.creator = creator;
	}

	public OfficialDocument title(String text) {
		w.paragraph(DocxStyles.TITLE, text);
		return this;
	}

	/** A level-1 heading (一、…, 黑体). */
	public OfficialDocument heading(String text) {
		w.paragraph(DocxStyles.HEADING1, text);
		return this;
	}

	/** A level-2 heading (（一）…, 楷体). */
	public OfficialDocument subheading(String text) {
		w.paragraph(DocxStyles.HEADING2, text);
		return this;
	}

	/** A body paragraph; a lead (in the lead's character style) before the text when not empty. */
	public OfficialDocument paragraph(String lead, String text) {
		w.p(DocxStyles.NORMAL);
		if (lead != null && !lead.isEmpty()) {
			w.run(lead, DocxStyles.LEAD);
		}
		w.run(text).endP();
		return this;
	}

	/** The signature: the organ and the date ({@code 2025年1月16日}), placed as GB/T 9704 7.3.5.3 asks. */
	public OfficialDocument signature(String organ, String date) {
		DocxGenerator.signature(w, organ, date);
		return this;
	}

	public byte[] bytes() {
		return template.write(w.body(), title, creator, false);
	}
}
