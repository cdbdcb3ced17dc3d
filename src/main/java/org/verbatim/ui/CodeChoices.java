package org.verbatim.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.verbatim.project.CodeTree;

/**
 * What "Code with…" offers for a typed text: the code paths containing it (case-insensitive),
 * those whose whole path or name is the typed text first, and — when new codes are allowed and
 * no code is exactly what was typed — the typed path as a new code. Without the exact match
 * first, "Trust" would pick "Distrust", and "Chin" could never be made while "China" exists.
 */
final class CodeChoices {
    private final List<String> matches;
    private final String newCode;

    private CodeChoices(List<String> matches, String newCode) {
        this.matches = matches;
        this.newCode = newCode;
    }

    /** The choices among {@code paths} (as the codebook shows them) for {@code typed}. */
    static CodeChoices of(List<String> paths, String typed, boolean allowNew) {
        String text = typed == null ? "" : typed.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        String asPath = normalised(text);
        List<String> exact = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String path : paths) {
            if (!text.isEmpty() && (normalised(path).equals(asPath) || lastName(path).equalsIgnoreCase(text))) {
                exact.add(path);
            } else if (path.toLowerCase(Locale.ROOT).contains(lower)) {
                containing.add(path);
            }
        }
        exact.addAll(containing);
        boolean offerNew = allowNew && !text.isEmpty() && exact.size() == containing.size();
        return new CodeChoices(List.copyOf(exact), offerNew ? text : null);
    }

    /** Matching code paths, exact matches first; the first is the one Enter takes. */
    List<String> matches() {
        return matches;
    }

    /** The typed path as a new code, when new codes are allowed and no code is exactly what was typed. */
    Optional<String> newCode() {
        return Optional.ofNullable(newCode);
    }

    /** A path compared the way the codebook reads it: names stripped, any case. */
    private static String normalised(String path) {
        return Arrays.stream(path.split("/", -1)).map(String::strip)
                .collect(Collectors.joining(CodeTree.SEPARATOR)).toLowerCase(Locale.ROOT);
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).strip();
    }
}
