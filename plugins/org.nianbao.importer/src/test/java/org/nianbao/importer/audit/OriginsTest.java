package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The importer's messages and the warnings on cells it could not read are the import's; the rest the publication's. */
class OriginsTest {
	@Test
	void importCodesAndUnreadableCellsAreTheImports() {
		assertEquals(Origins.IMPORT, Origins.of("NB055"));
		assertEquals(Origins.IMPORT, Origins.of("NB060"));
		assertEquals(Origins.IMPORT, Origins.of("NB107"));
		assertEquals(Origins.PUBLICATION, Origins.of("NB101"));
		assertEquals(Origins.PUBLICATION, Origins.of("NB103"));
		assertEquals(Origins.PUBLICATION, Origins.of(null));
	}
}
