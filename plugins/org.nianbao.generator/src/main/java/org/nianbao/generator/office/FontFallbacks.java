package org.nianbao.generator.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.nianbao.generator.layout.OfficialLayout.Face;

/**
 * Where the official faces are not installed (a Linux server with fonts-noto-cjk), LibreOffice asks
 * fontconfig, which answers DejaVu Sans for 仿宋_GB2312 and a sans CJK face for everything: the body
 * printed in 黑体's stead. A fontconfig file for the conversion accepts the installed stand-in after
 * each official name (仿宋, 楷体, 宋体, 小标宋 → Noto Serif CJK SC; 黑体 → Noto Sans CJK SC): an installed
 * official face still wins, and the user's own FONTCONFIG_FILE is left alone.
 */
final class FontFallbacks {
	private FontFallbacks() {
	}

	static void configure(ProcessBuilder pb, Path work) throws IOException {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		if (os.startsWith("windows") || os.startsWith("mac") || System.getenv("FONTCONFIG_FILE") != null
				|| !Files.isRegularFile(Path.of("/etc/fonts/fonts.conf"))) {
			return;
		}
		Path conf = work.resolve("fonts.conf");
		Files.writeString(conf, xml(), StandardCharsets.UTF_8);
		pb.environment().put("FONTCONFIG_FILE", conf.toString());
	}

	static String xml() {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n")
				.append("  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n");
		for (Face face : Face.values()) {
			for (String name : face.names().subList(0, face.names().size() - 1)) {
				x.append("  <alias binding=\"same\"><family>").append(name).append("</family><accept><family>")
						.append(face.installedFallback()).append("</family></accept></alias>\n");
			}
		}
		return x.append("</fontconfig>\n").toString();
	}
}
