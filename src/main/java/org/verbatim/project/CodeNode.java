package org.verbatim.project;

import org.verbatim.model.Code;

/** A code as listed: its path, depth, and segment counts on itself and with its sub-codes. */
public record CodeNode(Code code, String path, int depth, long segments, long segmentsWithSubcodes) { }
