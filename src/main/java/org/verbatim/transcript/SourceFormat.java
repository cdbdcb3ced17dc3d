package org.verbatim.transcript;

/** The file formats Verbatim reads transcripts from. */
public enum SourceFormat { TEXT, MARKDOWN, DOCX, VTT, SRT }
