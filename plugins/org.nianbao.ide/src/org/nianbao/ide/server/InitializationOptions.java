package org.nianbao.ide.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The initializationOptions a client may send: {@code {"inlayHints": {"columnNames": true}}} asks
 * for the column's name before each cell of a long row (off by default). Anything else is ignored.
 */
final class InitializationOptions {
	private InitializationOptions() {
	}

	static boolean columnNames(Object options) {
		if (options instanceof JsonObject o && o.get("inlayHints") instanceof JsonObject hints) {
			JsonElement names = hints.get("columnNames");
			return names != null && names.isJsonPrimitive() && names.getAsJsonPrimitive().isBoolean() && names.getAsBoolean();
		}
		return false;
	}
}
