package org.nianbao.generator.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reference DOCX, as pandoc's {@code --reference-doc}: the report is written into a copy of it, so its
 * styles, fonts, page setup, document grid, headers and footers are the report's. The built-in one is
 * the official layout ({@value #BUILTIN}); an organ's Word file gives its house style.
 * <p>
 * The report names its styles by id ({@link DocxStyles}); a house document's style is found by id, else
 * by name (Chinese Word gives 标题 1 the id "1" and the name "heading 1"), else the built-in one is added.
 * The file is read once ({@link DocxTemplate}); the same content under the same name is read once per
 * process however many times it is given.
 */
public final class ReferenceDoc {

	public static final String BUILTIN = "gbt9704-reference.docx";
	/** The custom document property that records which style a DOCX was written in (read by check-layout). */
	public static final String STYLE_PROPERTY = "NianbaoReferenceDoc";
	public static final String BUILTIN_NAME = "GB/T 9704";

	private static final byte[] BUILTIN_BYTES = readBuiltin();
	/** Reference documents read, by name and content hash (a few: one run uses one). */
	private static final Map<String, ReferenceDoc> READ = new LinkedHashMap<>(8, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ReferenceDoc> eldest) {
			return size() > 4;
		}
	};

	private final String name;
	private final DocxTemplate template;

	private ReferenceDoc(String name, DocxTemplate template) {
		this.name = name;
		this.template = template;
	}

	/** Read when first asked for: the HTML alone never reads it. */
	private static final class Builtin {
		static final ReferenceDoc DOC;
		static {
			try {
				DOC = new ReferenceDoc(BUILTIN_NAME, DocxTemplate.of(BUILTIN_NAME, BUILTIN_BYTES));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	public static ReferenceDoc builtin() {
		return Builtin.DOC;
	}

	/**
	 * An organ's reference document; refused when it is not a DOCX POI can read.
	 *
	 * @param name how the output records it (the file's name)
	 */
	public static ReferenceDoc of(String name, byte[] docx) throws IOException {
		String key = name + '\0' + sha256(docx);
		synchronized (READ) {
			ReferenceDoc known = READ.get(key);
			if (known != null) {
				return known;
			}
		}
		ReferenceDoc doc;
		try {
			doc = new ReferenceDoc(name, DocxTemplate.of(name, docx));
		} catch (RuntimeException e) {
			throw new IOException("不是可读的 DOCX 文件 (not a readable DOCX file): " + e.getMessage(), e);
		}
		synchronized (READ) {
			READ.put(key, doc);
		}
		return doc;
	}

	public String name() {
		return name;
	}

	public boolean isBuiltin() {
		return this == builtin();
	}

	DocxTemplate template() {
		return template;
	}

	static byte[] builtinBytes() {
		return BUILTIN_BYTES;
	}

	private static byte[] readBuiltin() {
		try (InputStream in = ReferenceDoc.class.getResourceAsStream(BUILTIN)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + BUILTIN);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every JDK has SHA-256
		}
	}
}
