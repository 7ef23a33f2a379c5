package org.nianbao.scoping;

import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * A resource set that can load {@code classpath:/} URIs, so that references into the library
 * templates shipped inside the runtime jar resolve wherever a report is linked.
 */
public class NianbaoResourceSet extends XtextResourceSet {
	public NianbaoResourceSet() {
		setClasspathURIContext(NianbaoResourceSet.class.getClassLoader());
	}
}
