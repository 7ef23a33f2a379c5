package org.nianbao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

import com.google.inject.Injector;

/** Shared by the importer's tests: one injector, the real row checker, the seeds, and a cell reader. */
public final class ImportFixtures {
	private ImportFixtures() {
	}

	private static Injector injector;

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Importer importer() {
		return new Importer(injector(), new ArithmeticRowChecker());
	}

	public static Path root() {
		String r = System.getProperty("nianbao.root");
		return (r != null ? Paths.get(r) : Paths.get("../..")).toAbsolutePath().normalize();
	}

	static Path seed(int n) {
		return root().resolve("examples/published/seed-00" + n + ".txt");
	}

	static String seedText(int n) {
		try {
			return Files.readString(seed(n), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static Importer.Result importText(String name, String text) throws ImportException {
		return importer().importBytes(name, text.getBytes(StandardCharsets.UTF_8), Importer.TemplateChoice.AUTO);
	}

	static Report parse(String source) {
		XtextResourceSet rs = injector().getInstance(XtextResourceSet.class);
		Resource r = rs.createResource(URI.createURI("test:/t" + System.nanoTime() + ".nianbao"));
		try {
			r.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(r);
		if (!r.getErrors().isEmpty()) {
			throw new AssertionError("does not parse: " + r.getErrors());
		}
		if (source.startsWith(ReportPrinter.HEADER)) {
			// the importer prints the formatted form itself: `nianbao fmt` must leave it as it is
			String formatted = injector().getInstance(org.nianbao.formatting2.SourceFormatter.class)
					.format((org.eclipse.xtext.resource.XtextResource) r);
			if (!formatted.equals(source)) {
				throw new AssertionError("imported source is not in its formatted form:\n" + firstDifference(source, formatted));
			}
		}
		return EcoreUtil2.typeSelect(((NianbaoFile) r.getContents().get(0)).getElements(), Report.class).get(0);
	}

	private static String firstDifference(String a, String b) {
		String[] x = a.split("\n", -1), y = b.split("\n", -1);
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			String l = i < x.length ? x[i] : "<end>", m = i < y.length ? y[i] : "<end>";
			if (!l.equals(m)) {
				return "line " + (i + 1) + "\nprinted:   " + l + "\nformatted: " + m;
			}
		}
		return "";
	}

	public static Report parse(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/** Every cell of the report: "table/row-path" → values in column order (null for a blank). */
	static Map<String, List<BigDecimal>> cells(Report report) {
		Map<String, List<BigDecimal>> result = new LinkedHashMap<>();
		for (TableData t : EcoreUtil2.getAllContentsOfType(report, TableData.class)) {
			for (RowData row : t.getRows()) {
				List<BigDecimal> values = new ArrayList<>();
				for (Cell c : row.getCells()) {
					values.add(c instanceof NumberCell n ? n.getValue().stripTrailingZeros() : null);
					if (c instanceof BlankCell) {
						// blank stays null
					}
				}
				result.put(t.getTable().getName() + "/" + (row.isTotal() ? "sum " + Tables.pathString(row.getGroup()) : Tables.pathString(row.getRow())), values);
			}
		}
		return result;
	}

	static List<BigDecimal> nums(long... v) {
		List<BigDecimal> l = new ArrayList<>();
		for (long x : v) {
			l.add(BigDecimal.valueOf(x).stripTrailingZeros());
		}
		return l;
	}
}
