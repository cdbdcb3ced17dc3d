package org.verbatim.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The codebook as JSON: {@code {"format": "verbatim-codebook", "version": 1, "codes": [...]}},
 * each code with name, color, description, shortcut and children. Documented in docs/formats.md.
 */
public final class CodebookJson {
    public static final String FORMAT = "verbatim-codebook";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CodebookJson() {
    }

    /** The whole file: a format marker, its version, the top-level codes. */
    public record CodebookFile(String format, int version, List<CodebookEntry> codes) { }

    public static void write(Path file, List<CodebookEntry> codes) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(new CodebookFile(FORMAT, 1, codes)) + "\n");
    }

    public static List<CodebookEntry> read(Path file) {
        CodebookFile book;
        try {
            if (Files.size(file) > 16L * 1024 * 1024) {
                throw new ExchangeException(file.getFileName() + ": a codebook larger than 16 MB is not a codebook");
            }
            book = MAPPER.readValue(file.toFile(), CodebookFile.class);
        } catch (JsonProcessingException e) {
            throw new ExchangeException(file.getFileName() + ": not a codebook JSON file (line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage() + ")");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExchangeException(file + ": the file does not exist");
        } catch (IOException e) {
            throw new ExchangeException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
        if (book == null || book.codes() == null) {
            throw new ExchangeException(file.getFileName() + ": no \"codes\" list in this file");
        }
        check(file, book.codes(), "");
        return book.codes();
    }

    private static void check(Path file, List<CodebookEntry> codes, String parentPath) {
        Set<String> seen = new HashSet<>();
        for (CodebookEntry c : codes) {
            if (c.name() == null || c.name().isBlank()) {
                throw new ExchangeException(file.getFileName() + ": a code under '" + (parentPath.isEmpty() ? "(top)" : parentPath)
                        + "' has no name");
            }
            String path = parentPath.isEmpty() ? c.name() : parentPath + " / " + c.name();
            if (!seen.add(c.name().strip())) {
                throw new ExchangeException(file.getFileName() + ": the code '" + path + "' appears twice");
            }
            if (c.color() != null && !c.color().matches("#[0-9a-fA-F]{6}")) {
                throw new ExchangeException(file.getFileName() + ": the colour of '" + path + "' is '" + c.color()
                        + "'; write it as #RRGGBB");
            }
            check(file, c.children(), path);
        }
    }
}
