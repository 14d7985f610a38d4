package org.safetyportal.reporting.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    @Test
    void chineseBigrams_areCountedOverBothTexts() {
        // 燃气泄漏 → 燃气 气泄 泄漏; 燃气泄露 → 燃气 气泄 泄露: two shared of four pairs.
        assertEquals(0.5, TextSimilarity.of("燃气泄漏", "燃气泄露"), 1e-9);
        assertEquals(Set.of("燃气", "气泄", "泄漏"), TextSimilarity.bigrams("燃气，泄漏！"));
    }

    @Test
    void theSameHazardInOtherWords_isSimilar_andAnotherHazardIsNot() {
        String first = "小区门口的燃气管道被货车占压，能闻到燃气味。";
        String second = "小区门口燃气管道被货车压着，闻到很重的燃气味";
        String other = "消防通道被杂物堵死。";
        assertTrue(TextSimilarity.of(first, second) >= 0.25, String.valueOf(TextSimilarity.of(first, second)));
        // Only 道被 is shared: 1 of 25 pairs.
        assertEquals(1.0 / 25, TextSimilarity.of(first, other), 1e-9);
    }

    @Test
    void english_isComparedWithoutCaseSpacesOrPunctuation() {
        // "gasleak" → ga as sl le ea ak; "gas leak!" the same after normalisation.
        assertEquals(1.0, TextSimilarity.of("Gas leak", "gas-leak!"), 1e-9);
        // "gasleak" and "gasleaks": six shared of seven pairs.
        assertEquals(6.0 / 7, TextSimilarity.of("GAS LEAK", "gas leaks"), 1e-9);
    }

    @Test
    void fullWidthForms_foldToTheirPlainOnes() {
        assertEquals(1.0, TextSimilarity.of("ＧＡＳ１２", "gas12"), 1e-9);
    }

    @Test
    void emptyOrSingleLetterTexts_shareNothing() {
        assertEquals(0.0, TextSimilarity.of("", "燃气"), 1e-9);
        assertEquals(0.0, TextSimilarity.of(null, null), 1e-9);
        assertEquals(0.0, TextSimilarity.of("火", "火"), 1e-9);
        assertEquals(0.0, TextSimilarity.of("，。！", "，。！"), 1e-9);
    }
}
