package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces names in text in one pass, longest name first, matching whole words regardless of
 * case. A Russian name also matches its inflected forms ("Анна" masks "Анны", "Анне", "Анной";
 * "Иванов" masks "Иванова", "Ивановым"), because transcripts decline names and a mask that
 * only caught the nominative would leak most mentions.
 */
final class TextMasker {
    private static final int MAX_ENDING = 3;
    private final Pattern pattern;
    private final List<String> replacements;

    private TextMasker(Pattern pattern, List<String> replacements) {
        this.pattern = pattern;
        this.replacements = replacements;
    }

    static final class Builder {
        private final Map<String, String> byTerm = new LinkedHashMap<>();

        /** Masks {@code term} (if it is at least two characters long); the first replacement given for a term wins. */
        Builder add(String term, String replacement) {
            if (term != null && term.strip().length() >= 2) {
                byTerm.putIfAbsent(term.strip(), replacement);
            }
            return this;
        }

        /** Masks a person's name as a whole and each of its words of three or more letters. */
        Builder addName(String name, String replacement) {
            if (name == null) {
                return this;
            }
            add(name, replacement);
            for (String word : name.split("[\\s.,]+")) {
                if (word.codePointCount(0, word.length()) >= 3) {
                    add(word, replacement);
                }
            }
            return this;
        }

        TextMasker build() {
            List<Map.Entry<String, String>> terms = new ArrayList<>(byTerm.entrySet());
            terms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
            if (terms.isEmpty()) {
                return new TextMasker(null, List.of());
            }
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            List<String> replacements = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                regex.append(i == 0 ? "" : "|").append('(').append(alternative(terms.get(i).getKey())).append(')');
                replacements.add(terms.get(i).getValue());
            }
            regex.append(")(?![\\p{L}\\p{N}])");
            return new TextMasker(Pattern.compile(regex.toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), replacements);
        }

        private static String alternative(String term) {
            if (!isCyrillicWord(term) || term.length() < 4) {
                return Pattern.quote(term);
            }
            String stem = term;
            if ("аяйьоеыи".indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) >= 0) {
                stem = stem.substring(0, stem.length() - 1);
            }
            return Pattern.quote(stem) + "\\p{IsCyrillic}{0," + MAX_ENDING + "}";
        }

        private static boolean isCyrillicWord(String term) {
            return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        }
    }

    String mask(String text) {
        if (pattern == null || text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacementOf(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacementOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return replacements.get(g - 1);
            }
        }
        throw new IllegalStateException("a match of no alternative");
    }
}
