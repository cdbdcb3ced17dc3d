package org.verbatim.transcript;

/**
 * Guesses whether a transcript is Russian or English, the two languages Verbatim's search
 * analysers know. Counting scripts is enough for that choice and cannot be fooled by a few
 * Latin names in a Russian interview.
 */
final class LanguageDetector {
    static final String RUSSIAN = "ru";
    static final String ENGLISH = "en";

    private LanguageDetector() {
    }

    /** "ru" if Cyrillic letters outnumber Latin letters, else "en". */
    static String detect(String text) {
        long cyrillic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin ? RUSSIAN : ENGLISH;
    }
}
