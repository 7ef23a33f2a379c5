package org.nianbao.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Template;
import org.nianbao.scoping.LibraryGlobalScopeProvider;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A thread that asks for its own library links its reports to its own copy of the national
 * templates (the audit's workers share no template object); every other thread keeps sharing one,
 * and a report validates the same against either.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class OwnLibraryTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IGlobalScopeProvider globalScope;

	@Inject
	private IResourceValidator validator;

	private record Linked(Template template, List<String> issues) {
	}

	private Linked validateExample() throws Exception {
		// the 行政复议 total raised from 2 to 3: one arithmetic error to find through either copy
		String text = Fixtures.read(Fixtures.example("gangkou-2024.nianbao")).replace("件数  2 0 0 0 2", "件数  2 0 0 0 3");
		XtextResource r = TestModels.parse(resourceSets.get(), "own.nianbao", text);
		List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		Report report = (Report) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
		return new Linked(report.getTemplate(), issues.stream().map(i -> i.getCode() + "@" + i.getLineNumber()).toList());
	}

	private Linked onThread(boolean own) throws Exception {
		AtomicReference<Linked> result = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Thread t = new Thread(() -> {
			try {
				if (own) {
					((LibraryGlobalScopeProvider) globalScope).ownLibraryOnThisThread();
				}
				result.set(validateExample());
				if (own) {
					// a second report on the same thread links to the same copy: parsed once per thread
					assertSame(result.get().template(), validateExample().template());
				}
			} catch (Exception e) {
				failure.set(e);
			}
		});
		t.start();
		t.join();
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	@Test
	void aThreadWithItsOwnLibraryLinksToItsOwnTemplatesAndValidatesAlike() throws Exception {
		Linked shared = validateExample();
		Linked sharedElsewhere = onThread(false);
		Linked own = onThread(true);
		Linked ownElsewhere = onThread(true);
		assertEquals("政府信息公开年报2021", shared.template().getName());
		assertSame(shared.template(), sharedElsewhere.template(), "threads share one library by default");
		assertNotSame(shared.template(), own.template(), "a thread's own copy");
		assertNotSame(own.template(), ownElsewhere.template(), "one copy per thread");
		assertEquals(shared.template().getName(), own.template().getName());
		assertEquals(List.of("NB101"), shared.issues().stream().filter(i -> i.startsWith("NB101")).map(i -> "NB101").toList(),
				shared.issues()::toString);
		assertEquals(shared.issues(), own.issues());
		assertEquals(shared.issues(), ownElsewhere.issues());
	}
}
