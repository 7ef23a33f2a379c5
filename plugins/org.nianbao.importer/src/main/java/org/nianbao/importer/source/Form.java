package org.nianbao.importer.source;

/** The forms of published reports the importer reads. */
public enum Form {
	TEXT, HTML, DOCX, PDF
}
