package org.nianbao.importer;

/**
 * Stable codes of the importer's messages. They sit in the NB0xx range (reading the input, like
 * syntax) so that they never collide with the validator's NB1xx–NB3xx codes.
 */
public interface ImportCodes {
	/** The input's form is not one the importer reads (binary, PDF, .doc…). */
	String UNKNOWN_FORM = "NB050";
	/** Something could not be mapped onto the template; the import stops there. */
	String UNMAPPED = "NB051";
	/** A hostile or oversized input: XXE, zip bomb, size limit. */
	String REFUSED = "NB052";
	/** A row label matched to the template's only by similarity (a typo in the publication). */
	String FUZZY_LABEL = "NB053";
	/** Digits run together were split: the only split that satisfies the row's relations. */
	String SPLIT_DIGITS = "NB054";
	/** Digits run together that no single split explains: cells left blank, digits kept in a comment. */
	String AMBIGUOUS_DIGITS = "NB055";
	/** Metadata (title, organ, year, date) not found or composed from other parts of the input. */
	String METADATA = "NB056";
	/** A table or row of the template is missing from the publication (written blank). */
	String MISSING = "NB057";
	/** The template was chosen from the tables' shape; says which and why. */
	String TEMPLATE_CHOICE = "NB058";
	/** A table whose labels were separated from their numbers was decoded by the template's row order. */
	String DECODED_BY_ORDER = "NB059";
	/** A row whose numbers could not be read (wrong count, stray text): its cells are marked unreadable. */
	String UNREADABLE_ROW = "NB060";
	/** Numbers printed outside any row of the table (a cell with a note floated above it). */
	String STRAY_NUMBERS = "NB061";
	/** A group printed as one row instead of its rows (a structure variant): its numbers kept as the group's total. */
	String GROUP_ROW = "NB062";
}
