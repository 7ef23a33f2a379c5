package org.nianbao.formatting2;

import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.preferences.IPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/** Nianbao's defaults: two spaces per level, as in `.editorconfig`; a client's own options still win. */
public class NianbaoFormatterPreferences extends FormatterPreferenceValuesProvider {
	@Override
	public IPreferenceValues getPreferenceValues(Resource context) {
		return new MapBasedPreferenceValues(super.getPreferenceValues(context),
				Map.of(FormatterPreferenceKeys.indentation.getId(), NianbaoFormatter.INDENTATION));
	}
}
