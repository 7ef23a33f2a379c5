package org.nianbao.importer.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.nianbao.importer.ImportException;
import org.nianbao.importer.source.PdfReader;
import org.nianbao.importer.source.Sources;

/**
 * The published text at a finding's place, for the audit page to quote: the line on its page of the
 * published file as the importer read it (a PDF through its text layer, text and HTML as written).
 * The last few files read are kept (a report's findings come one after the other); a file that
 * cannot be read gives no quote.
 */
final class PublishedText {
	private static final int KEPT = 8;
	private final Map<Path, String[][]> pages = new java.util.LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, String[][]> eldest) {
			return size() > KEPT;
		}
	};

	/** The published line, trimmed and shortened, or "" when there is none. */
	String line(String file, int page, int line) {
		String[][] p = pages(file);
		if (page < 1 || page > p.length || line < 1 || line > p[page - 1].length) {
			return "";
		}
		String t = p[page - 1][line - 1].strip().replaceAll("\\s{3,}", "   ");
		return t.length() <= 120 ? t : t.substring(0, 120) + "…";
	}

	/** The file's pages, each its lines as read (none when the file cannot be read). */
	String[][] pages(String file) {
		return pages.computeIfAbsent(Path.of(file), PublishedText::read);
	}

	private static String[][] read(Path file) {
		try {
			if (!Files.isRegularFile(file)) {
				return new String[0][];
			}
			byte[] bytes = Files.readAllBytes(file);
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			String text = name.endsWith(".pdf") ? PdfReader.layout(bytes) : name.endsWith(".docx") ? "" : Sources.decode(bytes);
			String[] split = text.split("\f", -1);
			String[][] out = new String[split.length][];
			for (int i = 0; i < split.length; i++) {
				out[i] = split[i].split("\r\n|\r|\n", -1);
			}
			return out;
		} catch (IOException | ImportException | RuntimeException e) {
			return new String[0][];
		}
	}
}
