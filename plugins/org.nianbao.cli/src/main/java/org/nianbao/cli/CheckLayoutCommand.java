package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.nianbao.generator.check.Departure;
import org.nianbao.generator.check.LayoutChecker;
import org.nianbao.generator.office.LibreOffice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `nianbao check-layout [--house-style] FILE.docx...`: renders each DOCX with LibreOffice, measures the PDF and prints
 * every departure from GB/T 9704 with its code and clause. Exit 0 with none (information aside), 1 with
 * departures, 2 when LibreOffice is missing or a file is no DOCX.
 */
@Command(name = "check-layout", mixinStandardHelpOptions = true,
		description = { "检查版式：用 LibreOffice 排出 DOCX，按 GB/T 9704 量页边距和版心、每面行数、每行字数、页码、表格宽度，逐条列出偏离及条款。",
				"Render DOCX files with LibreOffice and report every departure from GB/T 9704 (margins and type area, "
						+ "lines per page, characters per line, page numbers, table widths) with its clause." })
public class CheckLayoutCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--house-style", description = "本机关版式：偏离 GB/T 9704 之处仅作提示，退出码 0 (a house style: departures are information, exit 0)")
	boolean houseStyle;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要检查的 .docx 文件 (DOCX files)")
	List<Path> files;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		LayoutChecker checker = new LayoutChecker(GenerateCommand.requireLibreOffice());
		int code = ExitCodes.OK;
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UserError(file + ": 文件不存在 (no such file)");
			}
			byte[] docx;
			try {
				docx = Files.readAllBytes(file);
			} catch (IOException e) {
				throw new UserError(file + ": 无法读取 (" + e.getMessage() + ")", e);
			}
			if (report(out, file.toString(), checker, docx, houseStyle) > 0) {
				code = ExitCodes.FINDINGS;
			}
		}
		return code;
	}

	/**
	 * Checks one DOCX and prints the measures, then one line per departure or information,
	 * {@code file:page: departure: [NB4xx] message}; returns how many departures (information aside).
	 */
	static long report(java.io.PrintWriter out, String name, LayoutChecker checker, byte[] docx, boolean houseStyle) {
		LayoutChecker.Report r;
		try {
			r = checker.check(docx, houseStyle);
		} catch (LibreOffice.ConversionException e) {
			throw new UserError(name + ": " + e.getMessage(), e);
		} catch (IOException | RuntimeException e) {
			// POI refuses what is not a DOCX (NotOfficeXmlFileException is a RuntimeException)
			throw new UserError(name + ": 不是可读的 DOCX 文件 (not a readable DOCX file: " + e.getMessage() + ")", e);
		}
		out.println(name + ": " + LayoutChecker.summary(r));
		for (Departure d : r.departures()) {
			out.println(d.toText(name));
		}
		return r.count();
	}
}
