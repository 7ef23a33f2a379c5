package org.nianbao.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;
import org.nianbao.nianbao.NianbaoFile;

/**
 * A file of which nothing parses (no template, no report: every line is a syntax error) gets an
 * error on each line, not only on its first: ANTLR's recovery skips the rest of the file after the
 * first error without a word. A file in which something parses keeps one error per mistake (the
 * skipped text of a broken block is not reported line by line).
 */
final class UnparsedLines {
	private UnparsedLines() {
	}

	/** At most this many lines get an error of their own. */
	static final int MAX = 100;

	static IParseResult mark(IParseResult result, NodeModelBuilder builder) {
		if (!result.hasSyntaxErrors() || result.getRootNode() == null
				|| result.getRootASTElement() instanceof NianbaoFile f && !f.getElements().isEmpty()) {
			return result;
		}
		Set<Integer> lines = new HashSet<>();
		for (INode error : result.getSyntaxErrors()) {
			lines.add(error.getStartLine());
		}
		List<ILeafNode> firsts = new ArrayList<>();
		for (ILeafNode leaf : result.getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0 && lines.add(leaf.getStartLine()) && firsts.size() < MAX) {
				firsts.add(leaf);
			}
		}
		for (ILeafNode leaf : firsts) {
			String[] data = { "noViable", leaf.getText() };
			builder.setSyntaxError(leaf, new SyntaxErrorMessage(Messages.render(IssueCodes.SYNTAX, data), IssueCodes.SYNTAX, data));
		}
		return result;
	}
}
