package org.nianbao.tests.language;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Template;
import org.nianbao.tests.TestModels;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Small texts of the language parsed and validated, for the tests of one grammar feature each. */
class Snippets {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private int counter;

	/** A one-table template {@code 模} (columns 甲 乙 and 合 = 甲 + 乙, rows given) and a report of it. */
	static String templateWithRows(String rows, String rule) {
		return """
				template 模 {
				  section 节 "一" {
				    table 表一 "表一" {
				      columns { 甲 "甲"  乙 "乙"  合 "合" = 甲 + 乙 }
				      rows { %s }
				      %s
				    }
				  }
				}
				""".formatted(rows, rule);
	}

	XtextResource parse(String text) {
		return TestModels.parse(resourceSets.get(), "s" + (++counter) + ".nianbao", text);
	}

	List<Issue> validate(String text) {
		return validator.validate(parse(text), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	static Template template(XtextResource r) {
		return (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
	}

	static Report report(XtextResource r) {
		return ((NianbaoFile) r.getContents().get(0)).getElements().stream().filter(Report.class::isInstance)
				.map(Report.class::cast).findFirst().orElseThrow();
	}

	static List<String> codes(List<Issue> issues) {
		return issues.stream().map(Issue::getCode).toList();
	}
}
