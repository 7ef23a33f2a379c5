package org.nianbao.importer;

/** Limits that keep hostile or mistaken inputs from exhausting memory or time. */
public final class ImportLimits {
	private ImportLimits() {
	}

	/** Largest input file: a published report is well under 1 MB, even as DOCX with images. */
	public static final long MAX_INPUT_BYTES = 8L * 1024 * 1024;
	/** Largest single DOCX part once inflated. */
	public static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;
	/** All DOCX parts together once inflated. */
	public static final long MAX_ZIP_TOTAL_BYTES = 128L * 1024 * 1024;
	public static final int MAX_ZIP_ENTRIES = 2000;
	/** Compressed/inflated below this (1%) is a zip bomb, as POI's ZipSecureFile judges too. */
	public static final double MIN_INFLATE_RATIO = 0.01;
	/** Most pages read from a PDF: an annual report has 5–20; a longer file is not one report. */
	public static final int MAX_PDF_PAGES = 200;
	/** Wall-clock bound on reading one PDF's text layer (a hostile content stream must not hang). */
	public static final long PDF_TIME_LIMIT_MILLIS = 10_000;
	/** PDFBox's scratch memory for one PDF (decoded streams it buffers), beyond which it fails. */
	public static final long PDF_SCRATCH_BYTES = 64L * 1024 * 1024;
	/** Candidate splits of run-together digits examined before giving up as ambiguous. */
	public static final int MAX_SPLITS = 200_000;
}
