package org.nianbao.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.nianbao.parser.Aliases;

/**
 * The keyword language a file already uses, so completion proposes `章节` in a file written with
 * Chinese keywords and `section` in one written in English: counted over the keywords that have
 * both forms (the metadata keywords 标题, 机关… are Chinese in either). English when undecided.
 */
final class KeywordLanguage {

	private KeywordLanguage() {
	}

	static boolean isChinese(INode root) {
		if (root == null) {
			return false;
		}
		int chinese = 0;
		int english = 0;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() || !(leaf.getGrammarElement() instanceof Keyword k) || Aliases.chinese(k.getValue()) == null) {
				continue;
			}
			if (k.getValue().equals(leaf.getText())) {
				english++;
			} else {
				chinese++;
			}
		}
		return chinese > english;
	}

	/** The keyword as it is proposed in a file of that language. */
	static String proposal(String keyword, boolean chinese) {
		String zh = chinese ? Aliases.chinese(keyword) : null;
		return zh != null ? zh : keyword;
	}
}
