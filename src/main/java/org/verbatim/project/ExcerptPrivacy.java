package org.verbatim.project;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an excerpt export hides: with {@code pseudonymise}, participants' ids become stable
 * pseudonyms and their names and speaker labels are masked in the text; {@code maskedTerms}
 * are further names and places the researcher lists, each masked wherever it stands as a word.
 */
public record ExcerptPrivacy(boolean pseudonymise, List<MaskedTerm> maskedTerms) {
    public static final ExcerptPrivacy NONE = new ExcerptPrivacy(false, List.of());
    static final String DEFAULT_MASK = "[masked]";
    private static final long MAX_LIST_BYTES = 1 << 20;

    public ExcerptPrivacy {
        maskedTerms = List.copyOf(maskedTerms);
    }

    /** A term to mask and what stands in its place. */
    public record MaskedTerm(String term, String replacement) { }

    public boolean masksAnything() {
        return pseudonymise || !maskedTerms.isEmpty();
    }

    /**
     * Reads a list of names and places to mask: one per line, UTF-8; {@code term => replacement}
     * gives the replacement (otherwise {@value #DEFAULT_MASK}); blank lines and lines starting
     * with {@code #} are skipped.
     */
    public static List<MaskedTerm> readList(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_LIST_BYTES) {
                throw new ProjectException(file + ": the list of names to mask is larger than 1 MB");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ProjectException(file + ": the list of names to mask does not exist");
        } catch (CharacterCodingException e) {
            throw new ProjectException(file + ": the list of names to mask is not UTF-8 text");
        } catch (IOException e) {
            throw new ProjectException(file + ": the list of names to mask cannot be read (" + e.getMessage() + ")");
        }
        List<MaskedTerm> terms = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf("=>");
            String term = arrow < 0 ? line : line.substring(0, arrow).strip();
            String replacement = arrow < 0 ? DEFAULT_MASK : line.substring(arrow + 2).strip();
            if (term.isEmpty()) {
                throw new ProjectException(file + ": line " + (i + 1) + " gives a replacement but no name to mask");
            }
            terms.add(new MaskedTerm(term, replacement));
        }
        return terms;
    }
}
