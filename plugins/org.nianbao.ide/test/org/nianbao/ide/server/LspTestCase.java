package org.nianbao.ide.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh in-process language server and its client for every test method. */
abstract class LspTestCase {
	LspTestClient client;

	@BeforeEach
	void start() throws Exception {
		client = new LspTestClient();
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
	}
}
