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
}
