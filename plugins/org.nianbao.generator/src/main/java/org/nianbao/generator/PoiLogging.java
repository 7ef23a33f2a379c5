package org.nianbao.generator;

/**
 * POI logs through the Log4j API; without a provider Log4j prints an error on every start. This
 * routes it to Log4j's simple logger, quiet unless something is really wrong — unless the embedding
 * application has chosen a provider itself. Called by every generator that uses POI, before POI.
 */
public final class PoiLogging {
	private PoiLogging() {
	}

	public static void quiet() {
		if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
			System.setProperty("log4j2.simplelogLevel", "ERROR");
		}
	}
}
