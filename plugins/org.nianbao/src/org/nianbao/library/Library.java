package org.nianbao.library;

import java.util.List;

import org.eclipse.emf.common.util.URI;

/** The report templates shipped inside the runtime jar, addressed by classpath URIs. */
public final class Library {
	private Library() {
	}

	public static final String GOV_2021 = "gov-2021.nianbao";
	public static final String GOV_2019 = "gov-2019.nianbao";

	/** Template names, as reports write them after the colon. */
	public static final String GOV_2021_TEMPLATE = "政府信息公开年报2021";
	public static final String GOV_2019_TEMPLATE = "政府信息公开年报2019";

	public static final List<String> FILES = List.of(GOV_2021, GOV_2019);

	/** The library file declaring a template, by the template's name; null if none does. */
	public static String fileDeclaring(String templateName) {
		return switch (templateName == null ? "" : templateName) {
		case GOV_2021_TEMPLATE -> GOV_2021;
		case GOV_2019_TEMPLATE -> GOV_2019;
		default -> null;
		};
	}

	public static URI uri(String file) {
		return URI.createURI("classpath:/org/nianbao/library/" + file);
	}

	public static boolean isLibrary(URI uri) {
		return uri != null && "classpath".equals(uri.scheme()) && uri.path() != null
				&& uri.path().startsWith("/org/nianbao/library/");
	}
}
