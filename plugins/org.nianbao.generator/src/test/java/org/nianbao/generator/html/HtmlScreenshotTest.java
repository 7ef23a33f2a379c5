package org.nianbao.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generator.ExternalTools;
import org.nianbao.generator.ExternalTools.Result;
import org.nianbao.generator.TestReports;
import org.nianbao.io.AtomicFiles;

/** Renders the page in headless Chromium and checks that something was drawn where the report is. */
class HtmlScreenshotTest {

	static final int WIDTH = 1000, HEIGHT = 1600;

	@Test
	void chromiumRendersThePage(@TempDir Path dir) throws Exception {
		String chromium = ExternalTools.require("chromium", "chromium-browser", "google-chrome");
		Path html = dir.resolve("gangkou-2024.html");
		AtomicFiles.write(html, new HtmlGenerator().generate(TestReports.gangkou()));
		Path png = dir.resolve("shot.png");
		Path profile = Files.createDirectories(dir.resolve("profile"));
		Result r = ExternalTools.run(dir, 120, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + png,
				"--window-size=" + WIDTH + "," + HEIGHT, html.toUri().toString());
		assertTrue(Files.exists(png), r.output());
		BufferedImage img = ImageIO.read(png.toFile());
		assertEquals(WIDTH, img.getWidth());
		assertEquals(HEIGHT, img.getHeight());
		// the sheet is centred on a grey page; text and table rules are dark
		int dark = 0, white = 0;
		for (int y = 0; y < img.getHeight(); y++) {
			for (int x = 0; x < img.getWidth(); x++) {
				int rgb = img.getRGB(x, y);
				int lum = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
				if (lum < 100) {
					dark++;
				} else if (lum > 250) {
					white++;
				}
			}
		}
		double total = WIDTH * HEIGHT;
		assertTrue(dark / total > 0.02, "text drawn: " + dark);
		assertTrue(white / total > 0.3, "a white sheet: " + white);
		// the title sits centred in the upper part of the sheet
		int titleDark = 0;
		for (int y = 120; y < 260; y++) {
			for (int x = WIDTH / 4; x < 3 * WIDTH / 4; x++) {
				if ((img.getRGB(x, y) & 0xff) < 100) {
					titleDark++;
				}
			}
		}
		assertTrue(titleDark > 500, "title drawn: " + titleDark);
	}

	@Test
	void chromiumPrintsThePageOnA4WithTheMatrixHeaderRepeated(@TempDir Path dir) throws Exception {
		String chromium = ExternalTools.require("chromium", "chromium-browser", "google-chrome");
		String pdfinfo = ExternalTools.require("pdfinfo");
		String pdftotext = ExternalTools.require("pdftotext");
		Path html = dir.resolve("gangkou-2024.html");
		AtomicFiles.write(html, new HtmlGenerator().generate(TestReports.gangkou()));
		Path pdf = dir.resolve("print.pdf");
		Path profile = Files.createDirectories(dir.resolve("profile"));
		Result r = ExternalTools.run(dir, 120, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString());
		assertTrue(Files.exists(pdf), r.output());
		String info = ExternalTools.run(dir, 60, pdfinfo, pdf.toString()).output();
		assertTrue(info.contains("(A4)"), info);
		java.util.regex.Matcher pages = java.util.regex.Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
		assertTrue(pages.find());
		int n = Integer.parseInt(pages.group(1));
		assertTrue(n >= 5 && n <= 9, "pages: " + n);
		int headed = 0;
		for (int page = 1; page <= n; page++) {
			String text = ExternalTools.run(dir, 60, pdftotext, "-f", "" + page, "-l", "" + page, pdf.toString(), "-")
					.output();
			if (text.contains("申请人情况")) {
				headed++;
			}
		}
		// the 25-row matrix breaks across a page and its header (thead) prints again
		assertTrue(headed >= 2, "pages with the matrix header: " + headed);
	}
}
