package org.nianbao.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.NianbaoStandaloneSetup;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.model.Tables;
import org.nianbao.validation.Finding;

import com.google.inject.Injector;

/** Loads and validates real report files the way the CLI does, for the generator tests. */
public final class TestReports {
	private static Injector injector;

	private TestReports() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static Path root() {
		String root = System.getProperty("nianbao.root");
		return (root != null ? Paths.get(root) : Paths.get("../..")).toAbsolutePath().normalize();
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	public static Path fixture(String name) {
		return Paths.get("src/test/resources").resolve(name).toAbsolutePath();
	}

	/** The validated view of the first report in a file, with its validation errors. */
	public static ReportView view(Path file) {
		XtextResourceSet rs = injector().getInstance(XtextResourceSet.class);
		Resource r = rs.getResource(URI.createFileURI(file.toString()), true);
		IResourceValidator validator = injector().getInstance(IResourceValidator.class);
		List<Finding> errors = new ArrayList<>();
		for (Issue issue : validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl)) {
			Finding f = Finding.of(file.getFileName().toString(), issue);
			if (f.isError()) {
				errors.add(f);
			}
		}
		Report report = EcoreUtil2.getAllContentsOfType(r.getContents().get(0), Report.class).get(0);
		return ReportView.of(report, file.getFileName().toString(), errors, injector().getInstance(ArithmeticComputer.class));
	}

	/** Writes source text to a temporary file and loads it (so that tests keep hostile input in one place). */
	public static ReportView view(String source, Path dir) throws IOException {
		Path file = dir.resolve("report.nianbao");
		Files.writeString(file, source, StandardCharsets.UTF_8);
		return view(file);
	}

	public static ReportView gangkou() {
		return view(example("gangkou-2024.nianbao"));
	}

	/** gangkou-2024 asking for a 版记 (GB/T 9704 7.4): 抄送, 印发机关 and 印发日期 after its metadata. */
	public static ReportView gangkouWithImprint(Path dir) throws IOException {
		String source = Files.readString(example("gangkou-2024.nianbao"), StandardCharsets.UTF_8);
		String asked = source.replaceFirst("(?m)^  发布 \"2025-01-16\"$",
				"  发布 \"2025-01-16\"\n  抄送 \"市政府办公室，市政务服务数据管理局\"\n  印发机关 \"中山市港口镇党政办公室\"\n  印发日期 \"2025-01-16\"");
		if (asked.equals(source)) {
			throw new IllegalStateException("gangkou-2024.nianbao has no 发布 line to follow");
		}
		return view(asked, dir);
	}

	public static TableDef table(ReportView view, String name) {
		return Tables.findTable(view.template(), name);
	}
}
