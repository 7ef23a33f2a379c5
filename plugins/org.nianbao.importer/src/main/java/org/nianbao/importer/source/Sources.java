package org.nianbao.importer.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportLimits;

/** Reads an input file of any supported form into tokens, refusing what it must not read. */
public final class Sources {
	private Sources() {
	}

	public record Source(Form form, List<Token> tokens) {
	}

	public static Source read(String name, byte[] bytes) throws ImportException {
		if (bytes.length > ImportLimits.MAX_INPUT_BYTES) {
			throw new ImportException(1, ImportCodes.REFUSED, Phrases.IMPORTER.render("refused.too-large"));
		}
		Form form = detect(name, bytes);
		return switch (form) {
		case DOCX -> new Source(form, DocxReader.read(bytes));
		case HTML -> new Source(form, HtmlReader.read(decode(bytes)));
		case TEXT -> new Source(form, TextReader.read(decode(bytes)));
		case PDF -> new Source(form, TextReader.read(PdfReader.layout(bytes)));
		};
	}

	/** The form from the content first (a renamed file is still what it is), the name second. */
	static Form detect(String name, byte[] bytes) throws ImportException {
		String lower = name.toLowerCase(Locale.ROOT);
		if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
			return Form.DOCX;
		}
		if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM,
					Phrases.IMPORTER.render("form.doc"));
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F')) {
			return Form.PDF;
		}
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("form.binary"));
			}
		}
		if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
			return Form.HTML;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).stripLeading()
				.toLowerCase(Locale.ROOT);
		if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
				&& head.contains("<html")) {
			return Form.HTML;
		}
		return Form.TEXT;
	}

	private static boolean startsWith(byte[] b, int... magic) {
		if (b.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((b[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-8 (with or without BOM) when it decodes cleanly, else GB18030, which Chinese sites still use. */
	public static String decode(byte[] bytes) {
		int off = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
		String fast = new String(bytes, off, bytes.length - off, StandardCharsets.UTF_8);
		if (fast.indexOf('\ufffd') < 0) {
			return fast; // no replacement character: the bytes were valid UTF-8 (the strict decoder would give the same)
		}
		ByteBuffer buf = ByteBuffer.wrap(bytes, off, bytes.length - off);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, off, bytes.length - off, Charset.forName("GB18030"));
		}
	}
}
