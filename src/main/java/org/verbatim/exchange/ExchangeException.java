package org.verbatim.exchange;

/** A file to import is not what it should be; the message names the file and the problem. */
public class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }
}
