package org.nianbao.generator.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** An Office Open XML package written part by part into memory (the DOCX and XLSX writers'). */
public final class OfficeZip {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
	private final ZipOutputStream zip = new ZipOutputStream(out);

	public OfficeZip add(String name, byte[] bytes) {
		try {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(bytes);
			zip.closeEntry();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a byte array does not fail
		}
		return this;
	}

	public OfficeZip add(String name, CharSequence xml) {
		return add(name, xml.toString().getBytes(StandardCharsets.UTF_8));
	}

	public byte[] bytes() {
		try {
			zip.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
