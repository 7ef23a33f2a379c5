package org.nianbao.validation;

/** The messages, where tools outside the runtime first found them: see {@link org.nianbao.diagnostics.Messages}. */
public final class Messages {
	private Messages() {
	}

	public static String defaultLanguage() {
		return org.nianbao.diagnostics.Messages.defaultLanguage();
	}

	public static String syntaxDatum(String[] syntaxData) {
		return org.nianbao.diagnostics.Messages.syntaxDatum(syntaxData);
	}

	public static String localise(String datum, String language) {
		return org.nianbao.diagnostics.Messages.localise(datum, language);
	}

	public static String renderIn(String language, String code, String... data) {
		return org.nianbao.diagnostics.Messages.renderIn(language, code, data);
	}

	public static String render(String code, String... data) {
		return org.nianbao.diagnostics.Messages.render(code, data);
	}

	public static boolean knows(String code) {
		return org.nianbao.diagnostics.Messages.knows(code);
	}

	public static boolean canRender(String code, String[] data) {
		return org.nianbao.diagnostics.Messages.canRender(code, data);
	}
}
