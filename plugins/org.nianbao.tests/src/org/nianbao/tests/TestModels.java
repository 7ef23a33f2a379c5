package org.nianbao.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Parses test text into a resource of a fresh resource set (library templates resolve from the classpath). */
public final class TestModels {
	private TestModels() {
	}

	public static XtextResource parse(XtextResourceSet rs, String name, String text) {
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("memory:/" + name));
		try {
			r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return r;
	}
}
