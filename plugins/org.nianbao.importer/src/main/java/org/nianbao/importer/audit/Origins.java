package org.nianbao.importer.audit;

/**
 * Whose a finding is: the publication's (the organ published something wrong) or the import's
 * (the importer could not read or map what was published). A reviewer writes to the organ about
 * the first kind only, so the summary counts them apart.
 */
public final class Origins {
	private Origins() {
	}

	public static final String PUBLICATION = "publication", IMPORT = "import";

	/**
	 * For now the code decides: the importer's own messages (NB050–NB059) are the import's. This is
	 * the one place to grow when the importer marks cells it could not read (a finding on such a
	 * cell will then be the import's too).
	 */
	public static String of(String code) {
		return code != null && code.matches("NB05\\d") ? IMPORT : PUBLICATION;
	}
}
