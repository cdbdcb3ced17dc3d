package org.verbatim.transcript;

import java.util.List;

/** A transcript's normalised text with the turns found in it, before format and language are attached. */
record TextWithTurns(String text, List<ParsedTurn> turns) { }
