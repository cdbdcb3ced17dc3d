package org.verbatim.project;

/**
 * A use case could not be carried out; the message says why in words meant for the user and
 * the project is unchanged.
 */
public class ProjectException extends RuntimeException {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
