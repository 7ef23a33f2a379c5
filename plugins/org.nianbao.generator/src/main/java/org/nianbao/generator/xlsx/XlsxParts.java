package org.nianbao.generator.xlsx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.nianbao.generator.XmlText;
import org.nianbao.generator.office.OfficeZip;

/**
 * The package around the worksheets: content types, relationships, {@code xl/workbook.xml} with the
 * sheets and their print titles, the styles, and the document properties.
 */
final class XlsxParts {
	private XlsxParts() {
	}

	static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
	static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
	static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String CT = "application/vnd.openxmlformats-officedocument.";

	static byte[] write(List<XlsxSheet> sheets, XlsxStyles styles, String title, String creator) {
		OfficeZip zip = new OfficeZip();
		StringBuilder types = new StringBuilder(XML_HEAD)
				.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
				.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
				.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
				.append("<Default Extension=\"vml\" ContentType=\"").append(CT).append("vmlDrawing\"/>");
		override(types, "/xl/workbook.xml", "spreadsheetml.sheet.main+xml");
		override(types, "/xl/styles.xml", "spreadsheetml.styles+xml");
		override(types, "/docProps/app.xml", "extended-properties+xml");
		types.append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
		for (XlsxSheet s : sheets) {
			override(types, "/xl/worksheets/sheet" + s.number + ".xml", "spreadsheetml.worksheet+xml");
			if (s.hasComments()) {
				override(types, "/xl/comments" + s.number + ".xml", "spreadsheetml.comments+xml");
			}
		}
		zip.add("[Content_Types].xml", types.append("</Types>"));
		zip.add("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
				+ rel("rId1", REL_NS + "/officeDocument", "xl/workbook.xml")
				+ rel("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
				+ rel("rId3", REL_NS + "/extended-properties", "docProps/app.xml") + "</Relationships>");
		zip.add("docProps/app.xml", XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
				+ "<Application>Nianbao</Application></Properties>");
		zip.add("docProps/core.xml", core(title, creator));
		zip.add("xl/workbook.xml", workbook(sheets));
		StringBuilder rels = new StringBuilder(XML_HEAD).append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
		for (XlsxSheet s : sheets) {
			rels.append(rel("rId" + s.number, REL_NS + "/worksheet", "worksheets/sheet" + s.number + ".xml"));
		}
		rels.append(rel("rId" + (sheets.size() + 1), REL_NS + "/styles", "styles.xml")).append("</Relationships>");
		zip.add("xl/_rels/workbook.xml.rels", rels);
		zip.add("xl/styles.xml", styles.xml());
		for (XlsxSheet s : sheets) {
			zip.add("xl/worksheets/sheet" + s.number + ".xml", s.xml(s.number == 1));
			if (s.hasComments()) {
				zip.add("xl/worksheets/_rels/sheet" + s.number + ".xml.rels", XML_HEAD + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
						+ rel("rId1", REL_NS + "/vmlDrawing", "../drawings/vmlDrawing" + s.number + ".vml")
						+ rel("rId2", REL_NS + "/comments", "../comments" + s.number + ".xml") + "</Relationships>");
				zip.add("xl/comments" + s.number + ".xml", s.commentsXml());
				zip.add("xl/drawings/vmlDrawing" + s.number + ".vml", s.vml());
			}
		}
		return zip.bytes();
	}

	private static void override(StringBuilder types, String part, String type) {
		types.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(CT).append(type).append("\"/>");
	}

	private static String rel(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
	}

	private static String workbook(List<XlsxSheet> sheets) {
		StringBuilder x = new StringBuilder(XML_HEAD).append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"")
				.append(REL_NS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
		for (XlsxSheet s : sheets) {
			x.append("<sheet name=\"");
			XmlText.escape(x, s.name);
			x.append("\" sheetId=\"").append(s.number).append("\" r:id=\"rId").append(s.number).append("\"/>");
		}
		x.append("</sheets>");
		boolean names = false;
		for (XlsxSheet s : sheets) {
			if (s.printTitleFirst < 0) {
				continue;
			}
			if (!names) {
				x.append("<definedNames>");
				names = true;
			}
			x.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(s.number - 1).append("\">");
			XmlText.escape(x, "'" + s.name.replace("'", "''") + "'!$" + (s.printTitleFirst + 1) + ":$" + (s.printTitleLast + 1));
			x.append("</definedName>");
		}
		if (names) {
			x.append("</definedNames>");
		}
		return x.append("</workbook>").toString();
	}

	private static String core(String title, String creator) {
		StringBuilder x = new StringBuilder(XML_HEAD).append("<cp:coreProperties")
				.append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
				.append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
				.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dcterms:created xsi:type=\"dcterms:W3CDTF\">")
				.append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("</dcterms:created><dc:creator>");
		XmlText.escape(x, creator);
		x.append("</dc:creator><dc:title>");
		XmlText.escape(x, title);
		return x.append("</dc:title></cp:coreProperties>").toString();
	}
}
