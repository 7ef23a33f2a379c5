package org.nianbao.importer.audit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A snapshot's narrative (section name → text, in order) kept in a file of the audit's work folder
 * instead of the heap: only the years side by side read it, for the organs with two years, while an
 * audit keeps a snapshot of every report (the narrative was five of its six kilobytes). Read back
 * when asked, and kept as long as memory allows (a soft reference).
 */
final class SpilledNarrative extends AbstractMap<String, String> {
	private final Path file;
	private SoftReference<Map<String, String>> read = new SoftReference<>(null);

	private SpilledNarrative(Path file) {
		this.file = file;
	}

	/**
	 * The sections written to {@code file} and read from it from now on, or the sections themselves
	 * when the file cannot be written (memory then, but never a lost narrative).
	 */
	static Map<String, String> of(Map<String, String> sections, Path file) {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			out.writeInt(sections.size());
			for (Map.Entry<String, String> e : sections.entrySet()) {
				write(out, e.getKey());
				write(out, e.getValue());
			}
		} catch (IOException e) {
			return sections;
		}
		return new SpilledNarrative(file);
	}

	private static void write(DataOutputStream out, String s) throws IOException {
		byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in) throws IOException {
		return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
	}

	private synchronized Map<String, String> sections() {
		Map<String, String> sections = read.get();
		if (sections == null) {
			try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
				int n = in.readInt();
				sections = new LinkedHashMap<>();
				for (int i = 0; i < n; i++) {
					String name = readString(in);
					sections.put(name, readString(in));
				}
			} catch (IOException e) {
				// the audit's own work folder, removed while it ran
				throw new UncheckedIOException(file + ": 审核工作目录中的文件已不可读 (the audit's work file is gone)", e);
			}
			sections = Collections.unmodifiableMap(sections);
			read = new SoftReference<>(sections);
		}
		return sections;
	}

	@Override
	public Set<Map.Entry<String, String>> entrySet() {
		return sections().entrySet();
	}

	@Override
	public String get(Object key) {
		return sections().get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return sections().containsKey(key);
	}
}
