package org.verbatim.cli;

/** A mistake in how a command was called; printed as one line. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
