package org.nianbao.diagnostics;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * Texts keyed per phrase in a resource bundle beside this class, in Chinese ({@code NAME.properties},
 * the default) and English ({@code NAME_en.properties}): the importer's messages ({@link #IMPORTER})
 * and the editor's hover, quick-fix, code-lens and inlay labels ({@link #IDE}). The validator's
 * messages, keyed by issue code, are {@link Messages}. Placeholders {0}, {1}… are MessageFormat's,
 * filled with the arguments as text (numbers as {@link String#valueOf}, never grouped); a single
 * quote is meant literally.
 */
public final class Phrases {
	/** Initialised before the bundles below, which need it. */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** The importer's messages (codes NB05x/NB06x). */
	public static final Phrases IMPORTER = new Phrases("org.nianbao.diagnostics.importer");
	/** The editor's labels. */
	public static final Phrases IDE = new Phrases("org.nianbao.diagnostics.ide");

	private final ResourceBundle zh;
	private final ResourceBundle en;

	private Phrases(String bundle) {
		this.zh = bundle(bundle, Locale.ROOT);
		this.en = bundle(bundle, Locale.ENGLISH);
	}

	/** A bundle of this package in exactly the locale given (no fallback to the JVM's locale), read as UTF-8. */
	static ResourceBundle bundle(String name, Locale locale) {
		return ResourceBundle.getBundle(name, locale, Phrases.class.getClassLoader(), NO_FALLBACK);
	}

	/** The text of a key in the language ("zh" or "en"), its placeholders filled with the arguments. */
	public String renderIn(String language, String key, Object... args) {
		String pattern = ("en".equals(language) ? en : zh).getString(key);
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = String.valueOf(args[i]);
		}
		return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(texts);
	}

	/** The text in the default language ({@link Messages#defaultLanguage()}). */
	public String render(String key, Object... args) {
		return renderIn(Messages.defaultLanguage(), key, args);
	}

	/** Every key of the Chinese bundle. */
	public Set<String> keys() {
		return Collections.unmodifiableSet(new TreeSet<>(zh.keySet()));
	}
}
