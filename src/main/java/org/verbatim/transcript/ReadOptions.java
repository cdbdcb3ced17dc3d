package org.verbatim.transcript;

import java.nio.charset.Charset;

/**
 * Overrides for reading a transcript. Null fields mean "detect": {@code encoding} replaces
 * encoding detection, {@code language} ({@code en} or {@code ru}) replaces language detection.
 */
public record ReadOptions(Charset encoding, String language) {
    public static final ReadOptions DETECT = new ReadOptions(null, null);
}
