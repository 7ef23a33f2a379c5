package org.nianbao.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nianbao.generator.model.ReportView.ParagraphView;

class NarrativeTest {

	@Test
	void aShortMarkedParagraphIsALevelTwoHeading() {
		ParagraphView p = Narrative.split("（一）主动公开情况");
		assertTrue(p.isHeading());
		assertEquals("（一）主动公开情况", p.lead());
	}

	@Test
	void theFirstSentenceAfterAMarkerIsTheLead() {
		ParagraphView p = Narrative.split("(二)依申请公开工作总体情况。2024年,我镇共受理政府信息公开申请27件。");
		assertEquals("(二)依申请公开工作总体情况。", p.lead());
		assertEquals("2024年,我镇共受理政府信息公开申请27件。", p.body());
	}

	@Test
	void aLongFirstSentenceOrNoMarkerIsPlainText() {
		String longSentence = "（三）" + "很长的句子".repeat(10) + "。后文。";
		assertEquals("", Narrative.split(longSentence).lead());
		assertEquals("", Narrative.split("2024年以来，我镇坚持……。").lead());
	}

	@Test
	void blankLinesSeparateParagraphsAndLinesJoinWithoutSpacesBetweenChineseCharacters() {
		assertEquals(List.of("第一段接着写", "第二段 GB/T 9704 text"),
				Narrative.paragraphs("\n  第一段\n  接着写\n\n  第二段 GB/T\n  9704 text\n"));
	}
}
