package org.nianbao.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;

import com.google.inject.Inject;

/**
 * Every place a resource writes the name of a template table, row or column: its declaration, each
 * part of a cross-reference ({@code 其他处理.其他} names the group 其他处理 and its leaf 其他), and each
 * part of a narrative path (through {@link NarrativeSpans}). Definition, references and rename are
 * computed from these.
 */
public class NameOccurrences {

	/** What a name written at {@code offset} stands for. */
	public record Occurrence(EObject target, int offset, int length, boolean declaration) {
		public boolean covers(int at) {
			return at >= offset && at <= offset + length;
		}
	}

	@Inject
	private NarrativeSpans spans;

	/** Every occurrence in the resource, declarations included, in no particular order. */
	public List<Occurrence> all(XtextResource resource) {
		List<Occurrence> found = new ArrayList<>();
		if (resource == null || resource.getParseResult() == null) {
			return found;
		}
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Node || o instanceof TableDef) {
				var feature = o instanceof Node ? NianbaoPackage.Literals.NODE__NAME : NianbaoPackage.Literals.TABLE_DEF__NAME;
				for (INode n : NodeModelUtils.findNodesForFeature(o, feature)) {
					found.add(new Occurrence(o, n.getOffset(), n.getLength(), true));
				}
			}
			crossReferences(o, found);
		}
		for (NarrativeSpans.Located span : spans.spans(resource)) {
			for (NarrativeSpans.Path path : span.paths()) {
				narrative(path, found);
			}
		}
		return found;
	}

	/** The occurrence at an offset of the resource, or null. */
	public Occurrence at(XtextResource resource, int offset) {
		Occurrence best = null;
		for (Occurrence o : all(resource)) {
			if (o.covers(offset) && (best == null || o.length() < best.length())) {
				best = o;
			}
		}
		return best;
	}

	private static void crossReferences(EObject source, List<Occurrence> found) {
		for (EReference ref : source.eClass().getEAllReferences()) {
			if (ref.isContainment() || ref.isContainer()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(source, ref);
			if (nodes.isEmpty()) {
				continue;
			}
			Object value = source.eGet(ref, true);
			List<?> values = ref.isMany() ? (List<?>) value : java.util.Collections.singletonList(value);
			for (int i = 0; i < nodes.size() && i < values.size(); i++) {
				if (values.get(i) instanceof EObject target && !target.eIsProxy()) {
					spell(target, NarrativeSpans.names(nodes.get(i), 0), found);
				}
			}
		}
	}

	/**
	 * A name written as the last parts of the target's path: the last part is the target, the ones
	 * before it its groups, innermost last.
	 */
	private static void spell(EObject target, List<NarrativeSpans.Part> parts, List<Occurrence> found) {
		EObject named = target;
		for (int i = parts.size() - 1; i >= 0 && (named instanceof Node || named instanceof TableDef); i--) {
			NarrativeSpans.Part p = parts.get(i);
			found.add(new Occurrence(named, p.offset(), p.length(), false));
			named = named.eContainer() instanceof Group g ? g : null;
		}
	}

	private static void narrative(NarrativeSpans.Path path, List<Occurrence> found) {
		var resolved = path.resolved();
		List<NarrativeSpans.Part> parts = path.parts();
		if (resolved.table() == null || parts.isEmpty()) {
			return;
		}
		found.add(new Occurrence(resolved.table(), parts.get(0).offset(), parts.get(0).length(), false));
		if (resolved.cell() == null) {
			return;
		}
		int rowEnd = Math.min(parts.size(), 1 + resolved.rowParts());
		spell(resolved.cell().row(), parts.subList(1, rowEnd), found);
		spell(resolved.cell().column(), parts.subList(rowEnd, parts.size()), found);
	}
}
