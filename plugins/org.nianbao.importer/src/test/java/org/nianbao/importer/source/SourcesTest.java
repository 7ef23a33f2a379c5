package org.nianbao.importer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What the reader decodes: UTF-8 with or without BOM, and GB18030 (which Chinese sites still serve) otherwise. */
class SourcesTest {

	private static final String TEXT = "一、总体情况\n（一）主动公开政府信息 12 件，“两微一端”。\n";

	@Test
	void utf8WithOrWithoutBomAndGb18030DecodeToTheSameText() {
		assertEquals(TEXT, Sources.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + utf8.length];
		System.arraycopy(bom, 0, withBom, 0, 3);
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		assertEquals(TEXT, Sources.decode(withBom));
		assertEquals(TEXT, Sources.decode(TEXT.getBytes(Charset.forName("GB18030"))));
	}

	@Test
	void aReplacementCharacterInValidUtf8StaysUtf8() {
		String withReplacement = "原文有\ufffd一个替换符";
		assertEquals(withReplacement, Sources.decode(withReplacement.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A page the HTML parser fails on (here: nesting deeper than a small stack allows) is reported
	 * as an unreadable page with its code, not thrown at the user as an internal error.
	 */
	@Test
	void aPageTheParserFailsOnIsReportedAsUnreadable() throws Exception {
		String deep = "<html><body>" + "<span>".repeat(200_000) + "一、总体情况</body></html>";
		// the parser's classes initialised first, on this thread's stack: a class whose initialiser
		// overflowed would stay broken for every later test in this JVM
		Sources.read("shallow.html", "<html><body><p>一、总体情况</p></body></html>".getBytes(StandardCharsets.UTF_8));
		Throwable[] thrown = new Throwable[1];
		Thread reader = new Thread(null, () -> {
			try {
				Sources.read("deep.html", deep.getBytes(StandardCharsets.UTF_8));
			} catch (Throwable t) {
				thrown[0] = t;
			}
		}, "small stack", 128 * 1024);
		reader.start();
		reader.join();
		org.nianbao.importer.ImportException e = org.junit.jupiter.api.Assertions
				.assertInstanceOf(org.nianbao.importer.ImportException.class, thrown[0]);
		assertEquals(org.nianbao.importer.ImportCodes.UNKNOWN_FORM, e.code());
		org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("无法读取 HTML"), e.getMessage());
	}
}
