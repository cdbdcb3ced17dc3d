package org.verbatim.transcript;

/** Text decoded from a file's bytes and the name of the charset that decoded it. */
record DecodedText(String text, String charsetName) { }
