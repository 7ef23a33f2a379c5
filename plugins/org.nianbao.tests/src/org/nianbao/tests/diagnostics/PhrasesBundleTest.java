package org.nianbao.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.tests.Fixtures;

/**
 * The importer's messages and the editor's labels come from the bundles {@code importer} and
 * {@code ide} (zh, en) and read in Chinese exactly as the Java literals did:
 * {@code resources/snapshot/importer-messages.txt} and {@code ide-labels.txt} were transcribed from
 * the literals before the move (the Chinese lines, committed first), each concatenated value a
 * placeholder ⟨n⟩; the English lines were added with the bundles.
 */
class PhrasesBundleTest {

	static final Path SNAPSHOTS = Fixtures.root().resolve("plugins/org.nianbao.tests/resources/snapshot");

	static Phrases texts(String bundle) {
		return "importer".equals(bundle) ? Phrases.IMPORTER : Phrases.IDE;
	}

	@ParameterizedTest
	@CsvSource({ "importer, importer-messages.txt", "ide, ide-labels.txt" })
	void everyTextReadsAsTheLiteralDidBeforeTheMove(String bundle, String golden) throws IOException {
		Phrases texts = texts(bundle);
		StringBuilder sb = new StringBuilder();
		for (String lang : List.of("zh", "en")) {
			for (String key : texts.keys()) {
				sb.append(lang).append(' ').append(key).append(' ')
						.append(texts.renderIn(lang, key, (Object[]) MessagesBundleTest.DATA)).append('\n');
			}
		}
		Path file = SNAPSHOTS.resolve(golden);
		if (Boolean.getBoolean("nianbao.snapshot.write")) { // a text added: review the added lines in the diff
			Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), sb.toString());
	}

	@ParameterizedTest
	@CsvSource({ "importer", "ide" })
	void theEnglishBundleHasEveryKeyOfTheChineseOne(String bundle) throws IOException {
		assertEquals(MessagesBundleTest.keys(bundle + ".properties"), MessagesBundleTest.keys(bundle + "_en.properties"));
		assertEquals(MessagesBundleTest.keys(bundle + ".properties"), texts(bundle).keys());
	}

	@Test
	void argumentsAreShownAsTheConcatenationShowedThem() {
		// numbers not grouped by MessageFormat, a double as String.valueOf shows it, apostrophes literal
		assertEquals("拒绝导入：PDF 页数过多（12000 页，上限 2000 页）(too many pages: 12000, limit 2000)",
				Phrases.IMPORTER.renderIn("zh", "pdf.pages", 12000, 2000));
		assertEquals("拒绝导入：PDF 文字提取超时（超过 1.5 秒），文件可能过于复杂或有害 (PDF text extraction timed out after 1500 ms)",
				Phrases.IMPORTER.renderIn("zh", "pdf.timeout", 1500 / 1000.0, 1500L));
		assertEquals("The input prints \"合计\" as one row without its items; its numbers are imported as the group's row of totals (sum), the totals checked as usual",
				Phrases.IMPORTER.renderIn("en", "group.one-row", "合计"));
		assertEquals("3 处勾稽关系不符", Phrases.IDE.renderIn("zh", "lens.relations-broken", 3));
		assertEquals("3 relations broken", Phrases.IDE.renderIn("en", "lens.relations-broken", 3));
	}
}
