package org.nianbao.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.nianbao.NianbaoFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ExamplesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	static Stream<Path> examples() {
		return Fixtures.exampleFiles().stream();
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleParsesAndLinksWithoutErrors(Path file) {
		XtextResourceSet rs = resourceSets.get();
		Resource r = rs.getResource(URI.createFileURI(file.toString()), true);
		assertTrue(r.getErrors().isEmpty(), () -> file + ": " + r.getErrors());
		NianbaoFile model = (NianbaoFile) r.getContents().get(0);
		assertFalse(model.getElements().isEmpty());
		List<Issue> errors = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		assertEquals("", errors.stream().map(Issue::toString).collect(Collectors.joining("\n")));
	}
}
