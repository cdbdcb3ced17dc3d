package org.verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.project.ExcerptSelection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which excerpts {@code export excerpts} writes: the choices of the window's export dialog, with
 * the filter options of {@code segments}, where a code and a coder may be given more than once.
 */
final class ExcerptSelectionOptions {
    @Option(names = "--code", paramLabel = "PATH",
            description = "Only these codes and their sub-codes (repeatable; a segment under two of them is written once).")
    List<String> codes = new ArrayList<>();

    @Mixin
    WhereOption where;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only these coders' segments (repeatable).")
    List<String> coders = new ArrayList<>();

    @Option(names = "--document", paramLabel = "DOC", description = "Only these documents (repeatable).")
    List<String> documents = new ArrayList<>();

    ExcerptSelection selection() {
        return new ExcerptSelection(codes, where.parsed(), coders, documents);
    }
}
