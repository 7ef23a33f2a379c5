package org.nianbao.ui.references;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The dialog of {@link RenameNameRefactoring}: the new name, with Preview and the refusal's message. */
final class RenameWizard extends RefactoringWizard {

	RenameWizard(RenameNameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE);
		setDefaultPageTitle("重命名");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage());
	}

	private static final class NamePage extends UserInputWizardPage {
		NamePage() {
			super("name");
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText("新名称：");
			Text name = new Text(composite, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			RenameNameRefactoring refactoring = (RenameNameRefactoring) getRefactoring();
			name.setText(refactoring.currentName() == null ? "" : refactoring.currentName());
			name.selectAll();
			name.addModifyListener(e -> {
				refactoring.setNewName(name.getText().strip());
				setPageComplete(!name.getText().isBlank() && !name.getText().strip().equals(refactoring.currentName()));
			});
			setPageComplete(false);
			setControl(composite);
			name.setFocus();
		}
	}
}
