package org.nianbao.generator.docx;

import static org.nianbao.generator.docx.Twips.big;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.nianbao.generator.layout.OfficialLayout;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The page of the official layout, written into the built-in reference DOCX: A4, the GB/T 9704 margins
 * and type area, the 22 × 28 document grid, and page numbers in odd and even footers.
 */
final class DocxPage {
	private DocxPage() {
	}

	static void page(XWPFDocument doc) {
		CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.addNewPgSz();
		size.setW(big(Twips.PAGE_W));
		size.setH(big(Twips.PAGE_H));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar m = sect.addNewPgMar();
		m.setTop(big(Twips.TOP));
		m.setBottom(big(Twips.BOTTOM));
		m.setLeft(big(Twips.LEFT));
		m.setRight(big(Twips.RIGHT));
		m.setHeader(big(Twips.of(15)));
		// the footer's bottom 25 mm above the page's edge puts the 一字线 of the page number 7 mm below
		// the type area (7.5; measured on LibreOffice's rendering by check-layout)
		m.setFooter(big(Twips.of(25)));
		m.setGutter(big(0));
		// 5.2.3 as Word and WPS show it in 页面设置 › 文档网格: 每页 22 行, 每行 28 字
		CTDocGrid grid = sect.addNewDocGrid();
		grid.setType(STDocGrid.LINES_AND_CHARS);
		grid.setLinePitch(big(Twips.LINE));
		grid.setCharSpace(big(Twips.CHAR_SPACE));
	}

	/**
	 * 7.5: page numbers "— 1 —" in 四号 半角宋体, odd pages at the right and even pages at the left, each
	 * one character (of the page number's size) in from the edge of the type area.
	 */
	static void footers(XWPFDocument doc) {
		doc.setEvenAndOddHeadings(true);
		pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), STJc.RIGHT);
		pageNumber(doc.createFooter(HeaderFooterType.EVEN), STJc.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, STJc.Enum side) {
		XWPFParagraph p = footer.createParagraph();
		p.setStyle(DocxStyles.FOOTER);
		var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		ppr.addNewJc().setVal(side);
		var ind = ppr.addNewInd();
		int em = (int) Math.round(OfficialLayout.PAGE_NUMBER_PT * 20);
		if (side == STJc.RIGHT) {
			ind.setRight(big(em));
		} else {
			ind.setLeft(big(em));
		}
		p.createRun().setText("— ");
		CTSimpleField field = p.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		field.addNewR().addNewT().setStringValue("1");
		p.createRun().setText(" —");
	}
}
