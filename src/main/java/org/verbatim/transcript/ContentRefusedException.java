package org.verbatim.transcript;

/**
 * Raised inside the package when a file's content cannot be read as a transcript. It carries
 * only the reason; {@link TranscriptReaders} adds the file and turns it into the public
 * {@link TranscriptRefusedException}, so the helpers need not know which file they work on.
 */
final class ContentRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    ContentRefusedException(String reason) {
        super(reason);
    }

    ContentRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    String reason() {
        return getMessage();
    }
}
