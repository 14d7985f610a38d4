package org.safetyportal.reporting.duplicates;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two short texts are: the Jaccard similarity of their character bigrams (shared pairs over all
 * pairs), after NFKC normalisation, lower case and with punctuation, symbols and spaces removed. Bigrams
 * of characters rather than words, because Chinese is written without spaces and a word splitter would
 * need a dictionary; two adjacent Han characters already carry most of a Chinese word's meaning.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /** From 0 (nothing shared) to 1 (the same pairs); 0 when either text has fewer than two letters. */
    public static double of(String a, String b) {
        Set<String> first = bigrams(a);
        Set<String> second = bigrams(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        return (double) shared.size() / (first.size() + second.size() - shared.size());
    }

    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static Set<String> bigrams(String text) {
        int[] points = normalised(text).codePoints().toArray();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        return pairs;
    }
}
