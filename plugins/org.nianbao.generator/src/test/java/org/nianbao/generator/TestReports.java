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

	public static TableDef table(ReportView view, String name) {
		return Tables.findTable(view.template(), name);
	}
}
