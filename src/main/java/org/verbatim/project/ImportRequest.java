package org.verbatim.project;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to import: files and folders (a folder means every file below it), attributes to set on
 * every imported document, an optional {@code documents.csv} with attributes per file, and
 * overrides for encoding and language (null: detect).
 */
public record ImportRequest(List<Path> paths, Map<String, String> attributes, Path documentsCsv,
                            Charset encoding, String language) {
    public ImportRequest {
        paths = List.copyOf(paths);
        attributes = Map.copyOf(attributes);
    }

    public static ImportRequest of(Path... paths) {
        return new ImportRequest(List.of(paths), Map.of(), null, null, null);
    }
}
