package org.verbatim.transcript;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps file name extensions to the format they are read as. The extension decides, not the
 * content, so that a refusal can say "this .docx is not a Word document" rather than guessing.
 */
final class TranscriptFileTypes {
    static final String SUPPORTED_LIST = ".txt, .md, .docx, .vtt, .srt";

    private static final Map<String, SourceFormat> BY_EXTENSION = Map.of(
            "txt", SourceFormat.TEXT,
            "md", SourceFormat.MARKDOWN,
            "markdown", SourceFormat.MARKDOWN,
            "docx", SourceFormat.DOCX,
            "vtt", SourceFormat.VTT,
            "srt", SourceFormat.SRT);

    private TranscriptFileTypes() {
    }

    static Optional<SourceFormat> formatOf(Path file) {
        return extensionOf(file).map(BY_EXTENSION::get);
    }

    static String unsupportedReason(Path file) {
        return extensionOf(file)
                .map(ext -> "unsupported file type ." + ext)
                .orElse("unsupported file type: the name has no extension")
                + " (Verbatim reads " + SUPPORTED_LIST + ")";
    }

    /** The lower-cased text after the last dot of the file name, if there is any. */
    static Optional<String> extensionOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        if (dot < 0 || dot == s.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(s.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
