package org.nianbao.generator.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Makes the built-in reference DOCX ({@value ReferenceDoc#BUILTIN}) from the official layout: styles,
 * font table, page setup, document grid and footers, and one sample paragraph per style so that it can
 * be opened in Word and read. The generator never calls this: it reads the committed file, as it reads
 * an organ's. {@code BuiltinReferenceTest} fails when the committed file and this differ; rewrite it with
 * {@code java ... BuiltinReference plugins/org.nianbao.generator/src/main/resources/...}.
 */
public final class BuiltinReference {
	private BuiltinReference() {
	}

	public static byte[] build() {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createStyles().setStyles(DocxStyles.build());
			DocxStyles.fontTable(doc);
			DocxPage.page(doc);
			DocxPage.footers(doc);
			var core = doc.getProperties().getCoreProperties();
			core.setTitle("GB/T 9704 参考文档 (reference document)");
			core.setCreator("Nianbao");
			for (String[] s : DocxStyles.NAMES) {
				if (!s[0].equals(DocxStyles.FOOTER) && doc.getStyles().getStyle(s[0]).getType() == STStyleType.PARAGRAPH) {
					var p = doc.createParagraph();
					p.setStyle(s[0]);
					p.createRun().setText("样式 " + s[1] + "：政府信息公开工作年度报告 2024 年");
				}
			}
			doc.write(out);
			return out.toByteArray();
		} catch (IOException | InvalidFormatException e) {
			throw new IllegalStateException("参考文档生成失败 (cannot build the reference DOCX): " + e.getMessage(), e);
		}
	}

	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]), build());
	}
}
