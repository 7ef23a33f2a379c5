package org.nianbao.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.tests.Fixtures;

/**
 * The messages come from the resource bundles (zh, en) and read exactly as they did when they were
 * Java literals: {@code resources/snapshot/messages.txt} was rendered by the Java tables before the
 * move — every code, every phrase and every NB001 shape, in both languages, with placeholder data.
 */
class MessagesBundleTest {

	static final Path GOLDEN = Fixtures.root().resolve("plugins/org.nianbao.tests/resources/snapshot/messages.txt");
	static final String[] DATA = { "⟨0⟩", "⟨1⟩", "⟨2⟩", "⟨3⟩", "⟨4⟩", "⟨5⟩", "⟨6⟩", "⟨7⟩", "⟨8⟩", "⟨9⟩" };
	static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** The keys a properties file of the bundle itself holds (not its parent's). */
	static Set<String> keys(String file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

	@Test
	void everyMessageReadsAsItDidBeforeTheMoveToBundles() throws IOException {
		Set<String> keys = keys("messages.properties");
		StringBuilder sb = new StringBuilder();
		for (String lang : List.of("zh", "en")) {
			for (String code : keys.stream().filter(k -> k.indexOf('.') < 0).toList()) {
				sb.append(lang).append(' ').append(code).append(' ').append(Messages.renderIn(lang, code, DATA)).append('\n');
			}
			for (String key : keys.stream().filter(k -> k.startsWith("phrase.")).toList()) {
				String phrase = key.substring("phrase.".length());
				sb.append(lang).append(" @").append(phrase).append(' ')
						.append(Messages.localise("@" + phrase + ":⟨a'⟩", lang)).append('\n');
			}
			for (String key : keys.stream().filter(k -> k.startsWith("syntax.")).toList()) {
				String kind = key.substring("syntax.".length());
				sb.append(lang).append(" NB001/").append(kind).append(' ').append(Messages.renderIn(lang, IssueCodes.SYNTAX,
						kind, "<EOF>", "RULE_NUMBER, RULE_ID or RULE_STRING")).append('\n');
			}
		}
		if (Boolean.getBoolean("nianbao.snapshot.write")) { // a message added: review the added lines in the diff
			Files.writeString(GOLDEN, sb.toString(), StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), sb.toString());
	}

	@Test
	void theEnglishBundleHasEveryKeyOfTheChineseOneAndEnglishTexts() throws IOException {
		assertEquals(keys("messages.properties"), keys("messages_en.properties"));
		ResourceBundle en = ResourceBundle.getBundle("org.nianbao.diagnostics.messages", Locale.ENGLISH, NO_FALLBACK);
		assertEquals(Locale.ENGLISH, en.getLocale());
		assertEquals("1 should be 2 (= 3), found 4", Messages.renderIn("en", IssueCodes.RELATION_MISMATCH, "2", "4", "t", "r", "c", "1", "3"));
		assertEquals("1应为 2（= 3），实为 4", Messages.renderIn("zh", IssueCodes.RELATION_MISMATCH, "2", "4", "t", "r", "c", "1", "3"));
		// Chinese read as UTF-8 from the properties file, not as ISO-8859-1
		assertEquals("文件不存在", Messages.localise("@file.missing", "zh"));
	}
}
