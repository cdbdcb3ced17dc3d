package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Document;
import org.verbatim.model.Turn;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoreException;
import org.verbatim.store.Tx;
import org.verbatim.transcript.ParsedTranscript;
import org.verbatim.transcript.ParsedTurn;
import org.verbatim.transcript.ReadOptions;
import org.verbatim.transcript.TranscriptReaders;
import org.verbatim.transcript.TranscriptRefusedException;

/**
 * Imports transcript files. Each file is read and checked outside any transaction, then
 * stored with its turns, attributes, speaker mapping and a copy of the original in one
 * transaction of its own: a refused or failed file leaves no trace, a cancelled import keeps
 * the files already done.
 */
final class Importer {
    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final ProjectStore store;
    private final Path originals;
    private final Copier copier;

    /** How the copy of an original is written; tests make it fail as a full disk does. */
    interface Copier {
        Path copy(Path from, Path to) throws IOException;
    }

    Importer(ProjectStore store, Path originals) {
        this(store, originals, (from, to) -> Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING));
    }

    Importer(ProjectStore store, Path originals, Copier copier) {
        this.store = store;
        this.originals = originals;
        this.copier = copier;
    }

    /**
     * Hears of each imported document inside the transaction that stores it, and returns what
     * to do once that transaction has committed (nothing happens for a file that fails).
     */
    interface Listener {
        Runnable stored(Tx tx, long documentId);
    }

    /** Imports the request's files, telling {@code listener} of each document stored. */
    ImportReport run(ImportRequest request, Progress progress, Listener listener) {
        AttributeSheet sheet = request.documentsCsv() == null ? null
                : AttributeSheet.read(request.documentsCsv(), List.of("file", "document", "name"), Map.of());
        // A value that does not fit its attribute refuses the whole import before any file is stored.
        Map<String, Attribute> existing = new LinkedHashMap<>();
        store.read(tx -> tx.attributes().all(AttributeScope.DOCUMENT)).forEach(a -> existing.put(a.name(), a));
        if (sheet != null) {
            sheet.checkAgainst(existing);
        }
        request.attributes().forEach((name, value) -> {
            Attribute a = existing.get(name);
            if (a != null && !value.isBlank() && !a.type().accepts(value.strip())) {
                throw new ProjectException("Document attribute " + name + "=" + value + ": '" + value + "' is not "
                        + AttributeValues.article(a.type()) + ", as the attribute '" + name + "' requires");
            }
        });
        Map<String, AttributeType> types = new LinkedHashMap<>();
        request.attributes().forEach((k, v) -> types.put(k, AttributeType.infer(List.of(v))));
        if (sheet != null) {
            types.putAll(sheet.types());
        }
        ImportFiles chosen = ImportFiles.of(request.paths());
        List<Path> files = chosen.files();
        // No participant changes during an import, so they are matched against speaker labels from one reading.
        Map<String, Long> participants = store.read(SpeakerMatcher::participants);
        List<ImportReport.Imported> done = new ArrayList<>();
        List<ImportReport.Refused> refused = new ArrayList<>();
        ReadOptions options = new ReadOptions(request.encoding(), request.language());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (progress.isCancelled()) {
                return new ImportReport(done, refused, chosen.skipped(), true);
            }
            progress.update(i, files.size(), "Importing " + file.getFileName());
            try {
                Map<String, String> attributes = new LinkedHashMap<>(request.attributes());
                if (sheet != null) {
                    attributes.putAll(sheet.valuesFor(file.getFileName().toString()));
                }
                done.add(importOne(file, options, attributes, types, participants, listener));
            } catch (TranscriptRefusedException e) {
                refused.add(new ImportReport.Refused(file, e.reason()));
            } catch (StoreException e) {
                StorageFaults.stopImportIfDiskFull(e, done.size());
                throw e;
            } catch (ProjectException e) {
                StorageFaults.stopImportIfDiskFull(e, done.size());
                refused.add(new ImportReport.Refused(file, e.getMessage()));
            } catch (IOException | UncheckedIOException e) {
                StorageFaults.stopImportIfDiskFull(e, done.size());
                refused.add(new ImportReport.Refused(file, "cannot be read (" + e.getMessage() + ")"));
            }
            if (!refused.isEmpty() && refused.get(refused.size() - 1).file().equals(file)) {
                LOG.info("Refused a file: {}", refused.get(refused.size() - 1).reason());
            }
        }
        progress.update(files.size(), files.size(), "Imported " + done.size() + " of " + files.size() + " files");
        return new ImportReport(done, refused, chosen.skipped(), false);
    }

    private ImportReport.Imported importOne(Path file, ReadOptions options, Map<String, String> attributes,
                                            Map<String, AttributeType> types, Map<String, Long> participants,
                                            Listener listener)
            throws TranscriptRefusedException, IOException {
        ParsedTranscript parsed = TranscriptReaders.read(file, options);
        String sha256 = sha256(file);
        int words = spokenWords(parsed);
        Path[] copied = new Path[1];
        Runnable[] then = new Runnable[1];
        ImportReport.Imported imported;
        try {
            imported = store.write(tx -> {
                ImportReport.Imported stored = store(tx, file, parsed, sha256, words, attributes, types, participants,
                        copied);
                then[0] = listener.stored(tx, stored.id());
                return stored;
            });
        } catch (RuntimeException e) {
            // The copy was made inside the transaction that failed: it must not outlive it.
            if (copied[0] != null) {
                Files.deleteIfExists(copied[0]);
            }
            throw e;
        }
        then[0].run();
        return imported;
    }

    /** Stores one read transcript: document, turns, attributes, speaker mapping, and the copy of its original. */
    private ImportReport.Imported store(Tx tx, Path file, ParsedTranscript parsed, String sha256, int words,
                                        Map<String, String> attributes, Map<String, AttributeType> types,
                                        Map<String, Long> participants, Path[] copied) {
        String name = file.getFileName().toString();
        tx.documents().findBySha256(sha256).ifPresent(d -> {
            throw new ProjectException("already imported as document " + d.id() + " (" + d.name() + ")");
        });
        if (tx.documents().findByName(name).isPresent()) {
            throw new ProjectException("a document named " + name + " is already in the project");
        }
        Document doc = new Document(0, name, parsed.format().name().toLowerCase(), parsed.language(),
                parsed.encoding(), file.toAbsolutePath().toString(), sha256, Instant.now(), parsed.text());
        long id = tx.documents().insert(doc, words);
        List<Turn> turns = new ArrayList<>();
        for (ParsedTurn t : parsed.turns()) {
            turns.add(new Turn(0, id, turns.size(), t.speaker(), t.timestampMs(), t.start(), t.end()));
        }
        tx.turns().insertAll(id, turns);
        AttributeValues.setAll(tx, AttributeScope.DOCUMENT, id, attributes, types, name);
        List<String> unmapped = SpeakerMatcher.mapDocument(tx, id, participants);
        copied[0] = copyOriginal(file, id);
        // Not the file's name: it may name a participant, and the log is not encrypted.
        LOG.info("Imported document {} ({} turns, {} words)", id, turns.size(), words);
        return new ImportReport.Imported(id, name, doc.format(), parsed.encoding(), parsed.language(),
                turns.size(), words, unmapped, parsed.notes());
    }

    /** Words said in the turns (labels, timestamps and headers are not speech); the whole text when there are no turns. */
    static int spokenWords(ParsedTranscript parsed) {
        return spokenWords(parsed.text(), parsed.turns());
    }

    /** As {@link #spokenWords(ParsedTranscript)}, for a text and the turns found in it. */
    static int spokenWords(String text, List<ParsedTurn> turns) {
        if (turns.isEmpty()) {
            return Words.count(text);
        }
        int words = 0;
        for (ParsedTurn t : turns) {
            words += Words.count(text.subSequence(t.start(), t.end()));
        }
        return words;
    }

    private static Path originalOf(Path originals, long id, String fileName) {
        return originals.resolve(id + "-" + safeName(fileName));
    }

    /** Deletes the kept copy of a removed document's original; a leftover copy harms nothing, so failure is only logged. */
    static void deleteOriginal(Path originals, Document document) {
        try {
            Files.deleteIfExists(originalOf(originals, document.id(), document.name()));
            if (Files.isDirectory(originals)) {
                try (Stream<Path> copies = Files.list(originals)) {
                    for (Path replacement : copies.filter(f -> f.getFileName().toString()
                            .matches(document.id() + "-v\\d+-.*")).toList()) {
                        Files.deleteIfExists(replacement);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot delete the original of removed document {}", document.name(), e);
        }
    }

    private Path copyOriginal(Path file, long id) {
        try {
            Files.createDirectories(originals);
            return copier.copy(file, originalOf(originals, id, file.getFileName().toString()));
        } catch (IOException e) {
            throw new ProjectException("cannot keep a copy of the original in " + originals + ": " + e.getMessage(), e);
        }
    }

    /** File names from outside never become paths as they are: only letters, digits and . _ - survive. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
    }

    /** The SHA-256 of a file, as import records it; a file that cannot be read is refused with its name. */
    static String sha256Of(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps a copy of a file that replaced a document's text, beside the copy of the original,
     * numbered with the version it made; a copy that cannot be made is only logged, because
     * the correction has already committed.
     */
    static void keepReplacement(Path originals, FolderKey files, Path file, long id, int version) {
        try {
            Files.createDirectories(originals);
            files.copy(file, originals.resolve(id + "-v" + version + "-" + safeName(file.getFileName().toString())));
        } catch (IOException e) {
            LOG.warn("Cannot keep a copy of the replacement of document {}", id, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
