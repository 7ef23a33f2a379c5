package org.nianbao.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.nianbao.ide.NianbaoIdeSetup;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/** The plugin: holds the one injector of the language (runtime + ide services) for the workbench. */
public class NianbaoUi extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.nianbao.ui";

	private static NianbaoUi instance;

	private Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static NianbaoUi getDefault() {
		return instance;
	}

	public synchronized Injector getInjector() {
		if (injector == null) {
			injector = new NianbaoIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
