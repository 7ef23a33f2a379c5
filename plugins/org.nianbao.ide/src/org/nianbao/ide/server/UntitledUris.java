package org.nianbao.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Singleton;

/**
 * Names an editor's unsaved document (VS Code's {@code untitled:Untitled-1}: an opaque URI, no
 * path, no file extension) so that Xtext finds the language for it: Xtext picks a language by the
 * file extension of a URI's path alone, and so gave such a document no diagnostics at all. Inside
 * the server it becomes {@code untitled:/~/Untitled-1~untitled.nianbao}; every URI sent back to the
 * client is the one the client used.
 */
@Singleton
public class UntitledUris extends UriExtensions {

	static final String PREFIX = "untitled:";
	/** Marks an opaque client URI, turned into a path. */
	static final String OPAQUE = PREFIX + "/~/";
	static final String SUFFIX = "~untitled.nianbao";

	@Override
	public URI toUri(String uri) {
		if (uri == null || !uri.startsWith(PREFIX)) {
			return super.toUri(uri);
		}
		String rest = uri.substring(PREFIX.length());
		if (!rest.startsWith("/")) {
			return super.toUri(OPAQUE + rest + SUFFIX);
		}
		return super.toUri(uri.endsWith(".nianbao") ? uri : uri + SUFFIX);
	}

	@Override
	public String toUriString(URI uri) {
		String s = super.toUriString(uri);
		if (!s.startsWith(PREFIX) || !s.endsWith(SUFFIX)) {
			return s;
		}
		s = s.substring(0, s.length() - SUFFIX.length());
		return s.startsWith(OPAQUE) ? PREFIX + s.substring(OPAQUE.length()) : s;
	}
}
