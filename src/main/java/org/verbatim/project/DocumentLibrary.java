package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Document;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/** The documents of a project: importing, listing, reading, removing, and their attributes. */
final class DocumentLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLibrary.class);
    /** How {@link Importer} names a kept original: the document's id, a dash, the file's name. */
    private static final Pattern ORIGINAL = Pattern.compile("(\\d{1,18})-.*");
    private final ProjectStore store;
    private final SearchIndexSync index;
    private final Path originals;
    private final FolderKey files;

    DocumentLibrary(ProjectStore store, SearchIndexSync index, Path originals) {
        this(store, index, originals, FolderKey.NONE);
    }

    DocumentLibrary(ProjectStore store, SearchIndexSync index, Path originals, FolderKey files) {
        this.files = files;
        this.store = store;
        this.index = index;
        this.originals = originals;
    }

    ImportReport importFiles(ImportRequest request, Progress progress) {
        return index.importFiles(new Importer(store, originals, files::copy), request, progress);
    }

    List<FilePreview> previewImport(List<Path> paths, Progress progress) {
        return ImportPreview.of(store, paths, progress);
    }

    List<DocumentSummary> list() {
        return store.read(tx -> {
            Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.DOCUMENT);
            List<DocumentSummary> out = new ArrayList<>();
            for (Document d : tx.documents().listWithoutText()) {
                out.add(summary(tx, d, values));
            }
            return out;
        });
    }

    DocumentDetail detail(String ref) {
        return store.read(tx -> {
            Document d = DocumentRefs.resolve(tx, ref);
            Map<String, Long> speakers = tx.speakerMaps().ofDocument(d.id());
            Map<Long, String> keys = new LinkedHashMap<>();
            tx.participants().all().forEach(p -> keys.put(p.id(), p.key()));
            List<TurnView> turns = new ArrayList<>();
            for (Turn t : tx.turns().ofDocument(d.id())) {
                Long p = speakers.get(t.speaker());
                turns.add(new TurnView(t.index(), t.speaker(), p == null ? null : keys.get(p), t.timestampMs(),
                        t.start(), t.end(), d.text().substring(t.start(), t.end())));
            }
            return new DocumentDetail(summary(tx, d, tx.attributes().valuesByOwner(AttributeScope.DOCUMENT)),
                    d.text(), turns);
        });
    }

    int remove(String ref) {
        Document[] removed = new Document[1];
        int segments = index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, ref);
            changes.document(d.id());
            List<Segment> coded = tx.segments().ofDocument(d.id());
            tx.segments().deleteOfDocument(d.id(), d.name());
            coded.forEach(s -> tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id()));
            tx.memos().deleteAttachedTo(MemoTarget.DOCUMENT, d.id());
            tx.documents().delete(d.id());
            removed[0] = d;
            return coded.size();
        });
        // Only after the commit: the copy of the original goes with the document it belongs to.
        Importer.deleteOriginal(originals, removed[0]);
        return segments;
    }

    Project.DocumentAttributesImport importAttributes(Path csv) {
        AttributeSheet sheet = AttributeSheet.read(csv, List.of("file", "document", "name"), Map.of());
        return index.write((tx, changes) -> {
            int updated = 0;
            int skipped = 0;
            for (String file : sheet.keys()) {
                var d = tx.documents().findByName(file);
                if (d.isEmpty()) {
                    skipped++;
                    continue;
                }
                AttributeValues.setAll(tx, AttributeScope.DOCUMENT, d.get().id(), sheet.valuesFor(file), sheet.types(),
                        sheet.where(file));
                changes.document(d.get().id());
                updated++;
            }
            return new Project.DocumentAttributesImport(updated, skipped);
        });
    }

    void setAttribute(String documentRef, String attribute, String value) {
        index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            AttributeEdits.set(tx, AttributeScope.DOCUMENT, d.id(), attribute, value, d.name());
            changes.document(d.id());
            return null;
        });
    }

    /**
     * Deletes copies in {@code originals/} that no document owns. A crash between copying an
     * original and committing its document leaves such a copy (the copy is made inside the
     * transaction that never committed); it holds interview text nobody can see or remove.
     */
    void removeOrphanOriginals() {
        if (!Files.isDirectory(originals)) {
            return;
        }
        Set<Long> owners = store.read(tx -> tx.documents().listWithoutText().stream().map(Document::id)
                .collect(Collectors.toSet()));
        try (Stream<Path> copies = Files.list(originals)) {
            for (Path copy : copies.toList()) {
                Matcher m = ORIGINAL.matcher(copy.getFileName().toString());
                if (m.matches() && Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)
                        && !owners.contains(Long.parseLong(m.group(1)))) {
                    Files.delete(copy);
                    LOG.info("Removed an original left by an import that did not finish (document {})", m.group(1));
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Cannot tidy the originals folder; leftover copies stay until the next open", e);
        }
    }

    private static DocumentSummary summary(Tx tx, Document d, Map<Long, Map<String, String>> values) {
        return new DocumentSummary(d.id(), d.name(), d.format(), d.language(), d.encoding(), tx.turns().countOf(d.id()),
                tx.documents().wordCount(d.id()), tx.segments().countOfDocument(d.id()),
                values.getOrDefault(d.id(), Map.of()));
    }
}
