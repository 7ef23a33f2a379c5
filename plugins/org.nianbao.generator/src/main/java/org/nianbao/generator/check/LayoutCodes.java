package org.nianbao.generator.check;

/**
 * The codes of check-layout, NB4xx: apart from validation (NB0xx–NB3xx, IssueCodes) and the importer
 * (NB05x–NB06x). Stable: scripts and baselines key on them.
 */
public interface LayoutCodes {
	/** 5.1: the page is not A4. */
	String PAGE_SIZE = "NB401";
	/** 5.2.1: the page setup's margins or type area. */
	String MARGINS = "NB402";
	/** 5.2.1: text printed outside the type area. */
	String OUTSIDE_TYPE_AREA = "NB403";
	/** 5.2.3: lines per full page. */
	String LINES_PER_PAGE = "NB404";
	/** 5.2.3: characters per full line. */
	String CHARS_PER_LINE = "NB405";
	/** 5.2.3: the document grid Word and WPS show (页面设置 › 文档网格). */
	String DOCUMENT_GRID = "NB406";
	/** 5.2.2, 7.3.1, 7.3.3, 7.5: a style asks for another face than the format's. */
	String WRONG_FONT = "NB407";
	/** A requested font is not installed and the rendering substituted another (information). */
	String FONT_SUBSTITUTED = "NB408";
	/** 7.5: no page number, or not "— N —" with the page's number. */
	String PAGE_NUMBER_TEXT = "NB409";
	/** 7.5: odd page numbers one character in from the right, even ones from the left. */
	String PAGE_NUMBER_PLACE = "NB410";
	/** 7.5: the 一字线 7 mm under the type area. */
	String PAGE_NUMBER_HEIGHT = "NB411";
	/** 7.5: page numbers in 四号 (14 pt). */
	String PAGE_NUMBER_SIZE = "NB412";
	/** 5.2.1: a table wider than the type area. */
	String TABLE_WIDTH = "NB413";
	/** A number wrapped inside a table cell. */
	String NUMBER_WRAPPED = "NB414";
	/** 7.4: the 版记 not on the last even page, its 分隔线 not as wide as the type area or not on its lower edge. */
	String IMPRINT = "NB415";
}
