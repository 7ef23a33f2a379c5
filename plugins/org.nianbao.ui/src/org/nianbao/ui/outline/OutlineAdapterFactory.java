package org.nianbao.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Generic Editor has no outline extension point; it asks the adapter manager, so this factory
 * answers for editors showing a `.nianbao` file and for nothing else.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getEditorInput() instanceof IFileEditorInput input
				&& "nianbao".equals(input.getFile().getFileExtension())) {
			return adapterType.cast(new NianbaoOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
