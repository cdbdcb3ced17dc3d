package org.verbatim.transcript;

import java.nio.file.Path;

/**
 * A file that cannot be imported as a transcript. The message names the file and says what
 * is wrong with it in words a researcher understands.
 */
public class TranscriptRefusedException extends Exception {
    private final transient Path file;
    private final String reason;

    public TranscriptRefusedException(Path file, String reason) {
        this(file, reason, null);
    }

    public TranscriptRefusedException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** What is wrong with the file, without its name. */
    public String reason() {
        return reason;
    }
}
