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
	 * The code decides: the importer's own messages (NB050–NB061) and the validator's finding on a
	 * cell the importer marked unreadable (NB107) are the import's.
	 */
	public static String of(String code) {
		return code != null && (code.matches("NB05\\d|NB06\\d") || org.nianbao.validation.IssueCodes.UNREADABLE_CELL.equals(code))
				? IMPORT : PUBLICATION;
	}
}
