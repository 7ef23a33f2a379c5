package org.nianbao.ide.contentassist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.ide.NianbaoIdeSetup;

import com.google.inject.Injector;

/** Completion proposes keywords in the language the file's keywords are written in. */
class KeywordLanguageCompletionTest {

	private static Injector injector;

	@BeforeAll
	static void setUp() {
		injector = new NianbaoIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static final String CHINESE = """
			报告 报 ： 政府信息公开年报2021 ｛
			  标题 “题”
			  章节 总体情况 ｛
			    正文 “文”
			  ｝
			  <>
			｝
			""";

	private static final String ENGLISH = CHINESE.replace("报告", "report").replace("章节", "section")
			.replace("正文", "text").replace("｛", "{").replace("｝", "}").replace("：", ":");

	private List<String> proposalsAtMarker(String marked) throws Exception {
		int offset = marked.indexOf("<>");
		String text = marked.replace("<>", "");
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createFileURI(Path.of("c.nianbao").toAbsolutePath().toString()));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
		return injector.getInstance(Completions.class).complete(r, text, offset).stream()
				.map(ContentAssistEntry::getProposal).toList();
	}

	@Test
	void aFileWithChineseKeywordsGetsChineseKeywords() throws Exception {
		List<String> proposals = proposalsAtMarker(CHINESE);
		assertTrue(proposals.contains("章节"), proposals::toString);
		assertFalse(proposals.contains("section"), proposals::toString);
	}

	@Test
	void aFileWithEnglishKeywordsGetsEnglishKeywords() throws Exception {
		List<String> proposals = proposalsAtMarker(ENGLISH);
		assertTrue(proposals.contains("section"), proposals::toString);
		assertFalse(proposals.contains("章节"), proposals::toString);
	}

	@Test
	void inAChineseFileTheTypedPrefixOfAChineseKeywordIsCompleted() throws Exception {
		List<String> proposals = proposalsAtMarker(CHINESE.replace("<>", "章<>"));
		assertTrue(proposals.contains("章节"), proposals::toString);
	}
}
