package org.nianbao.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word documents: every body paragraph is a unit, every table row a physical row; a cell that
 * continues a vertical merge is a position, not a cell, and yields no token. Locations are the
 * ordinal of the paragraph or table row in the body ("line" N).
 */
public final class DocxReader {
	private DocxReader() {
	}

	static {
		// POI logs through the Log4j API; without a provider Log4j prints an error on every run.
		// The simple provider, quiet below ERROR, unless the embedding application chose one (as the
		// generator's DocxGenerator does).
		if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
			System.setProperty("log4j2.simplelogLevel", "ERROR");
		}
	}

	public static List<Token> read(byte[] bytes) throws ImportException {
		inspectZip(bytes);
		// POI's own guards as well: they see what the streaming pre-check cannot (e.g. lying headers).
		ZipSecureFile.setMinInflateRatio(ImportLimits.MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_ZIP_ENTRY_BYTES);
		List<Token> tokens = new ArrayList<>();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			int line = 0, unit = 0, row = 0;
			for (IBodyElement el : doc.getBodyElements()) {
				if (el instanceof XWPFParagraph p) {
					line++;
					String t = Texts.strip(p.getText());
					if (!t.isEmpty()) {
						tokens.add(new Token(t, line, -1, unit++, t));
					}
				} else if (el instanceof XWPFTable table) {
					for (XWPFTableRow tr : table.getRows()) {
						line++;
						int r = row++;
						for (XWPFTableCell cell : tr.getTableCells()) {
							if (continuesVerticalMerge(cell)) {
								continue;
							}
							StringBuilder sb = new StringBuilder();
							for (XWPFParagraph p : cell.getParagraphs()) {
								sb.append(p.getText());
							}
							String t = Texts.strip(sb.toString());
							tokens.add(new Token(t, line, r, unit++, t));
						}
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			String msg = String.valueOf(e.getMessage());
			if (msg.toLowerCase(Locale.ROOT).contains("zip bomb") || msg.contains("inflate")) {
				throw new ImportException(1, ImportCodes.REFUSED,
						Phrases.IMPORTER.render("docx.ratio"), e);
			}
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM,
					Phrases.IMPORTER.render("docx.unreadable", e.getClass().getSimpleName(), Texts.firstLine(msg)), e);
		}
		return tokens;
	}

	private static boolean continuesVerticalMerge(XWPFTableCell cell) {
		CTTcPr pr = cell.getCTTc().getTcPr();
		if (pr == null || !pr.isSetVMerge()) {
			return false;
		}
		// <w:vMerge/> without a value continues the merge; only "restart" opens one.
		return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
	}

	/**
	 * Streams through the archive before POI sees it: too many entries, entries inflating past the
	 * limits (a zip bomb) and XML parts declaring a DTD (XXE) are refused with a clear message.
	 */
	static void inspectZip(byte[] bytes) throws ImportException {
		long total = 0;
		int entries = 0;
		try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry e;
			byte[] buf = new byte[8192];
			while ((e = zin.getNextEntry()) != null) {
				if (++entries > ImportLimits.MAX_ZIP_ENTRIES) {
					throw refused("docx.entries", ImportLimits.MAX_ZIP_ENTRIES);
				}
				String name = e.getName();
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
				StringBuilder head = new StringBuilder();
				long size = 0;
				int n;
				InputStream in = zin;
				while ((n = in.read(buf)) > 0) {
					size += n;
					total += n;
					if (size > ImportLimits.MAX_ZIP_ENTRY_BYTES || total > ImportLimits.MAX_ZIP_TOTAL_BYTES) {
						throw refused("docx.entry-size", name);
					}
					if (xml && head.length() < 64 * 1024) {
						head.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
					}
				}
				if (e.getCompressedSize() > 0 && size > 1024 * 1024
						&& (double) e.getCompressedSize() / size < ImportLimits.MIN_INFLATE_RATIO) {
					throw refused("docx.entry-ratio", name);
				}
				String h = head.toString().toUpperCase(Locale.ROOT);
				if (xml && (h.contains("<!DOCTYPE") || h.contains("<!ENTITY"))) {
					throw refused("docx.entry-dtd", name);
				}
			}
		} catch (IOException ex) {
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("docx.not-zip", ex.getMessage()), ex);
		}
		if (entries == 0) {
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("docx.empty"));
		}
	}

	private static ImportException refused(String key, Object... args) {
		return new ImportException(1, ImportCodes.REFUSED, Phrases.IMPORTER.render(key, args));
	}
}
