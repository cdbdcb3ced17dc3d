package org.verbatim.project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.exchange.CodebookJson;
import org.verbatim.exchange.CsvDialect;
import org.verbatim.exchange.CsvTableWriter;
import org.verbatim.exchange.ExchangeException;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Code;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.search.InvalidQueryException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchIndex;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.store.NewerSchemaException;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoreException;
import org.verbatim.store.StoreInUseException;
import org.verbatim.store.Tx;

/**
 * An open Verbatim project, {@code NAME.verbatim/}: the one facade through which the GUI and
 * the command line read and change data. Every method that changes data runs in one
 * transaction that has committed when the method returns; a method that throws
 * {@link ProjectException} has changed nothing.
 */
public final class Project implements AutoCloseable {
    public static final String EXTENSION = ".verbatim";

    private final Path folder;
    private final ProjectLock lock;
    private final ProjectStore store;
    private final SearchIndexSync index;

    private Project(Path folder, ProjectLock lock, ProjectStore store) {
        this.folder = folder;
        this.lock = lock;
        this.store = store;
        this.index = new SearchIndexSync(store, folder.resolve("index"));
    }

    /** Creates a new, empty project folder (which must not exist yet or be empty). */
    public static Project create(Path folder) {
        try {
            if (Files.exists(folder) && (!Files.isDirectory(folder) || hasEntries(folder))) {
                throw new ProjectException("Cannot create project " + folder + ": it already exists and is not empty");
            }
            Files.createDirectories(folder.resolve("originals"));
        } catch (IOException e) {
            throw new ProjectException("Cannot create project " + folder + ": " + e.getMessage(), e);
        }
        Project created = openFolder(folder);
        try {
            // An empty index that matches the empty store: from here on every change keeps it current.
            created.index.rebuild(Progress.NONE);
        } catch (RuntimeException e) {
            created.close();
            throw e;
        }
        return created;
    }

    /** Opens an existing project folder. */
    public static Project open(Path folder) {
        if (!Files.isRegularFile(folder.resolve("project.mv.db"))) {
            throw new ProjectException("No Verbatim project at " + folder
                    + " (expected a folder NAME.verbatim with project.mv.db; create one with: verbatim new " + folder + ")");
        }
        return openFolder(folder);
    }

    private static Project openFolder(Path folder) {
        ProjectLock lock = ProjectLock.acquire(folder);
        try {
            return new Project(folder, lock, ProjectStore.open(folder));
        } catch (StoreInUseException e) {
            lock.close();
            throw new ProjectInUseException(folder);
        } catch (NewerSchemaException e) {
            lock.close();
            throw new ProjectException(e.getMessage(), e);
        } catch (StoreException e) {
            lock.close();
            throw new ProjectException("Project " + folder.getFileName() + " cannot be opened: its database"
                    + " project.mv.db is damaged or not a Verbatim database (details in the log)", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    public Path folder() {
        return folder;
    }

    /** The project's name: its folder name without {@code .verbatim}. */
    public String name() {
        String n = folder.getFileName().toString();
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    /** A number that grows with every committed change. */
    public long generation() {
        return store.read(Tx::generation);
    }

    // ---- documents -------------------------------------------------------------------------

    /** Imports transcripts; see {@link ImportRequest}. Each file commits on its own. */
    public ImportReport importFiles(ImportRequest request, Progress progress) {
        return index.importFiles(new Importer(store, folder.resolve("originals")), request, progress);
    }

    public List<DocumentSummary> documents() {
        return store.read(tx -> {
            Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.DOCUMENT);
            List<DocumentSummary> out = new ArrayList<>();
            for (Document d : tx.documents().listWithoutText()) {
                out.add(summary(tx, d, values));
            }
            return out;
        });
    }

    /** One document with its text and turns; {@code ref} is an id or a name. */
    public DocumentDetail document(String ref) {
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

    /** Removes a document with its turns, segments and memos; returns the number of segments removed. */
    public int removeDocument(String ref) {
        Document[] removed = new Document[1];
        int segments = index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, ref);
            changes.document(d.id());
            List<Segment> coded = tx.segments().ofDocument(d.id());
            coded.forEach(s -> tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id()));
            tx.memos().deleteAttachedTo(MemoTarget.DOCUMENT, d.id());
            tx.documents().delete(d.id());
            removed[0] = d;
            return coded.size();
        });
        // Only after the commit: the copy of the original goes with the document it belongs to.
        Importer.deleteOriginal(folder.resolve("originals"), removed[0]);
        return segments;
    }

    /** What a document-attributes import did: documents updated, rows skipped because their document is absent. */
    public record DocumentAttributesImport(int updated, int skipped) { }

    /**
     * Sets document attributes from a CSV (a {@code file} column plus one column per attribute).
     * Rows for documents the project does not have are skipped, as for speaker maps.
     */
    public DocumentAttributesImport importDocumentAttributes(Path csv) {
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
            return new DocumentAttributesImport(updated, skipped);
        });
    }

    private static DocumentSummary summary(Tx tx, Document d, Map<Long, Map<String, String>> values) {
        return new DocumentSummary(d.id(), d.name(), d.format(), d.language(), d.encoding(), tx.turns().countOf(d.id()),
                tx.documents().wordCount(d.id()), tx.segments().countOfDocument(d.id()),
                values.getOrDefault(d.id(), Map.of()));
    }

    // ---- participants and speakers ---------------------------------------------------------

    public List<ParticipantView> participants() {
        return store.read(Participants::list);
    }

    /** What a participants import did. */
    public record ParticipantImport(int created, int updated, int speakersMapped) { }

    /**
     * Imports or updates participants from a CSV: an {@code id} column, an optional {@code name}
     * column, one column per attribute. Types are inferred unless declared in {@code types}.
     * Afterwards speaker labels equal to a participant's id or name are mapped.
     */
    public ParticipantImport importParticipants(Path csv, Map<String, AttributeType> types) {
        AttributeSheet sheet = AttributeSheet.read(csv, List.of("id", "participant", "key"), types);
        return index.write((tx, changes) -> {
            changes.everything();
            return Participants.importSheet(tx, sheet, types);
        });
    }

    /** The speaker labels of one document (or of all when {@code ref} is null) and their participants. */
    public List<SpeakerView> speakers(String ref) {
        return store.read(tx -> Speakers.list(tx, ref));
    }

    /** Maps a speaker label of a document to a participant (by id); a null participant unmaps it. */
    public void mapSpeaker(String documentRef, String speaker, String participantKey) {
        index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            Speakers.map(tx, d, speaker, participantKey, "");
            changes.document(d.id());
            return null;
        });
    }

    /** Making a participant for a speaker label, undoably. */
    public SpeakerParticipants speakerParticipants() {
        return new SpeakerParticipants(index);
    }

    /** What a speaker-map import did: labels mapped, and rows skipped because their document is not in the project. */
    public record SpeakerMapImport(int mapped, int skipped) { }

    /**
     * Maps speakers from a CSV with columns {@code file} (or document), {@code speaker},
     * {@code participant}. Rows naming documents the project does not have are skipped, so one
     * file can serve a study imported in parts; any other bad row refuses the whole file.
     */
    public SpeakerMapImport importSpeakerMap(Path csv) {
        SpeakerSheet sheet = SpeakerSheet.read(csv);
        return index.write((tx, changes) -> {
            changes.documentsNamed(tx, sheet.rows().stream().map(SpeakerSheet.Row::document).toList());
            return Speakers.importSheet(tx, sheet);
        });
    }

    // ---- codebook --------------------------------------------------------------------------

    /** The codebook, depth first, with segment counts. */
    public List<CodeNode> codes() {
        return store.read(Codebook::list);
    }

    public Code addCode(String path, String colour, String description, String shortcut) {
        return index.write((tx, changes) -> Codebook.add(tx, path, colour, description, shortcut));
    }

    /** Changes a code's colour, description or shortcut; null leaves a field as it is, blank clears it. */
    public Code editCode(String path, String colour, String description, String shortcut) {
        return index.write((tx, changes) -> Codebook.edit(tx, path, colour, description, shortcut));
    }

    public Code renameCode(String path, String newName) {
        return index.write((tx, changes) -> Codebook.rename(tx, path, newName));
    }

    /** Moves a code under another, or to the top level when {@code newParentPath} is null. */
    public Code moveCode(String path, String newParentPath) {
        return index.write((tx, changes) -> Codebook.move(tx, path, newParentPath));
    }

    /** Merges one code into another; returns the number of segments moved. */
    public int mergeCodes(String sourcePath, String targetPath) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, sourcePath);
            return Codebook.merge(tx, sourcePath, targetPath);
        });
    }

    /** Deletes a code with its sub-codes; with segments only when {@code force}. Returns segments deleted. */
    public int deleteCode(String path, boolean force) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, path);
            return Codebook.delete(tx, path, force);
        });
    }

    /** Deleting and merging codes in a way that can be undone exactly. */
    public CodebookUndo codebookUndo() {
        return new CodebookUndo(index);
    }

    /** What a codebook import did. */
    public record CodebookImport(int created, int updated) { }

    public CodebookImport importCodebook(Path json) {
        var entries = readCodebook(json);
        var counts = index.write((tx, changes) -> Codebook.importEntries(tx, entries));
        return new CodebookImport(counts.created(), counts.updated());
    }

    private static List<org.verbatim.exchange.CodebookEntry> readCodebook(Path json) {
        try {
            return CodebookJson.read(json);
        } catch (ExchangeException e) {
            throw new ProjectException(e.getMessage());
        }
    }

    public void exportCodebook(Path json) {
        var entries = store.read(Codebook::export);
        try {
            CodebookJson.write(json, entries);
        } catch (IOException e) {
            throw new ProjectException("Cannot write " + json + ": " + e.getMessage(), e);
        }
    }

    // ---- coding ----------------------------------------------------------------------------

    /** Makes one segment; see {@link CodingRequest}. */
    public CodingResult code(CodingRequest request) {
        return index.write((tx, changes) -> code(tx, changes, request));
    }

    private CodingResult code(Tx tx, IndexChanges changes, CodingRequest request) {
        Document d = DocumentRefs.resolve(tx, request.document());
        changes.document(d.id());
        int[] range = Passages.rangeOf(d, request);
        var ensured = Codebook.ensure(tx, request.codePath());
        var coder = tx.coders().named(coderName(request.coder()));
        if (tx.segments().findSame(d.id(), ensured.code().id(), coder.id(), range[0], range[1]).isPresent()) {
            throw new ProjectException("That passage of " + d.name() + " is already coded with '"
                    + Codebook.tree(tx).path(ensured.code().id()) + "' by " + coder.name());
        }
        String text = d.text().substring(range[0], range[1]);
        long id = tx.segments().insert(d.id(), ensured.code().id(), coder.id(), range[0], range[1], text,
                blankToNull(request.memo()), Instant.now());
        Segment s = tx.segments().find(id).orElseThrow();
        return new CodingResult(new SegmentViews(tx).view(s), ensured.created());
    }

    /** What a codings import did; see {@link #importCodings}. */
    public record CodingsImport(int created, int alreadyCoded, int skipped, List<String> unknownDocuments) { }

    /**
     * Codes from a quote-based {@code codings.csv} (columns document, code, quote, and optionally
     * occurrence, coder, memo) in one transaction: a quote that is not found, or a code that is
     * not in the codebook, refuses the whole file and leaves the project as it was. Rows already
     * coded identically are counted, not coded twice; rows for documents the project does not
     * hold are skipped. {@code defaultCoder} codes rows without a coder (null: the OS user).
     */
    public CodingsImport importCodings(Path csv, String defaultCoder) {
        CodingSheet sheet = CodingSheet.read(csv);
        return index.write((tx, changes) -> CodingImport.apply(tx, sheet, defaultCoder, changes::document));
    }

    /**
     * Inter-coder agreement between two coders, code by code and pooled, over {@code documents}
     * (ids or names; empty: every document both coded) and the codes under {@code codePaths}
     * (empty: all).
     */
    public AgreementReport agreement(String firstCoder, String secondCoder, AgreementUnit unit, List<String> documents,
                                     List<String> codePaths) {
        return store.read(tx -> AgreementQueries.compare(tx, firstCoder, secondCoder, unit, documents, codePaths));
    }

    /** Removes a segment; returns it as it was. */
    public SegmentView uncode(long segmentId) {
        return index.write((tx, changes) -> uncode(tx, changes, segmentId));
    }

    private static SegmentView uncode(Tx tx, IndexChanges changes, long segmentId) {
        Segment s = tx.segments().find(segmentId).orElseThrow(() -> new ProjectException(
                "There is no segment " + segmentId + " (see: verbatim segments)"));
        changes.document(s.documentId());
        SegmentView view = new SegmentViews(tx).view(s);
        tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
        tx.segments().delete(s.id());
        return view;
    }

    /** Sets or (with a blank memo) clears a segment's memo. */
    public void setSegmentMemo(long segmentId, String memo) {
        index.write((tx, changes) -> {
            tx.segments().find(segmentId).orElseThrow(() -> new ProjectException("There is no segment " + segmentId));
            tx.segments().setMemo(segmentId, blankToNull(memo));
            return null;
        });
    }

    public List<SegmentView> segments(SegmentFilter filter) {
        return store.read(tx -> new SegmentViews(tx).select(filter));
    }

    // ---- memos -----------------------------------------------------------------------------

    /**
     * Adds a memo to the project ({@code target} PROJECT, no ref) or to a document (id or name),
     * code (path), participant (id) or segment (id).
     */
    public Memo addMemo(MemoTarget target, String ref, String title, String text) {
        return index.write((tx, changes) -> {
            Long targetId = MemoTargets.resolve(tx, target, ref);
            Instant now = Instant.now();
            long id = tx.memos().insert(target, targetId, title == null || title.isBlank() ? "Memo" : title.strip(),
                    text, now);
            return new Memo(id, target, targetId, title, text, now);
        });
    }

    public List<Memo> memos() {
        return store.read(tx -> tx.memos().all());
    }

    public void deleteMemo(long id) {
        index.write((tx, changes) -> {
            if (tx.memos().delete(id) == 0) {
                throw new ProjectException("There is no memo " + id);
            }
            return null;
        });
    }

    // ---- integrity -------------------------------------------------------------------------

    /**
     * Proves that every turn lies inside its document and every segment's offsets still cover
     * exactly the text it was made on.
     */
    public CheckReport check() {
        return store.read(IntegrityCheck::run);
    }

    static String coderName(String coder) {
        return coder == null || coder.isBlank() ? System.getProperty("user.name", "coder") : coder.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---- single edits and previews for the window ------------------------------------------

    /** Reads the files an import of {@code paths} would take and reports what it finds; stores nothing. */
    public List<FilePreview> previewImport(List<Path> paths, Progress progress) {
        return ImportPreview.of(store, paths, progress);
    }

    /**
     * Sets one attribute of a participant (by id); a blank value clears it. A new attribute takes
     * the type of its first value; a value that does not fit an existing attribute's type is refused.
     */
    public void setParticipantAttribute(String participantKey, String attribute, String value) {
        index.write((tx, changes) -> {
            var p = tx.participants().findByKey(participantKey).orElseThrow(() -> new ProjectException(
                    "There is no participant " + participantKey));
            AttributeEdits.set(tx, AttributeScope.PARTICIPANT, p.id(), attribute, value, "Participant " + p.key());
            tx.speakerMaps().all().forEach((document, labels) -> {
                if (labels.containsValue(p.id())) {
                    changes.document(document);
                }
            });
            return null;
        });
    }

    /** Sets one attribute of a document (id or name), with the same rules as participant attributes. */
    public void setDocumentAttribute(String documentRef, String attribute, String value) {
        index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            AttributeEdits.set(tx, AttributeScope.DOCUMENT, d.id(), attribute, value, d.name());
            changes.document(d.id());
            return null;
        });
    }

    /**
     * Gives a segment another code (created when missing), keeping its id, range, coder and
     * memo; refused when the same coder already coded that range with that code.
     */
    public CodingResult recode(long segmentId, String codePath) {
        return index.write((tx, changes) -> {
            Segment s = tx.segments().find(segmentId).orElseThrow(() -> new ProjectException(
                    "There is no segment " + segmentId));
            changes.document(s.documentId());
            var ensured = Codebook.ensure(tx, codePath);
            if (tx.segments().findSame(s.documentId(), ensured.code().id(), s.coderId(), s.start(), s.end()).isPresent()) {
                throw new ProjectException("That passage is already coded with '"
                        + Codebook.tree(tx).path(ensured.code().id()) + "' by the same coder");
            }
            tx.segments().moveToCode(s.id(), ensured.code().id());
            return new CodingResult(new SegmentViews(tx).view(tx.segments().find(s.id()).orElseThrow()),
                    ensured.created());
        });
    }

    // ---- search ----------------------------------------------------------------------------

    /**
     * Searches the turns of every document (see {@link SearchQuery}). When the index is missing,
     * stale or damaged it is first rebuilt from the store, reporting to {@code progress}.
     */
    public SearchResults search(SearchQuery query, Progress progress) {
        SearchRequest request = Searches.request(store, query);
        try {
            return Searches.results(index.search(request, progress));
        } catch (InvalidQueryException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * Codes the hits of a search with the code at {@code codePath} (created if missing), in one
     * transaction: every hit, or those numbered in {@code hitNumbers} (1-based, in the order the
     * search lists them). See {@link HitCoding} for what is coded and what is left alone.
     */
    public HitCodingReport codeHits(SearchQuery query, List<Integer> hitNumbers, String codePath, HitUnit unit,
                                    String coder, Progress progress) {
        int limit = hitNumbers.isEmpty() ? Integer.MAX_VALUE : hitNumbers.stream().max(Integer::compare).orElse(1);
        SearchRequest request = Searches.request(store, query.withLimit(Math.max(1, limit)));
        SearchResult found;
        try {
            found = index.search(request, progress);
        } catch (InvalidQueryException e) {
            throw new ProjectException(e.getMessage(), e);
        }
        List<SearchHit> chosen = Searches.choose(found.hits(), found.total(), hitNumbers);
        return index.write((tx, changes) -> HitCoding.code(tx, changes, chosen, codePath, unit, coderName(coder)));
    }

    /** What a rebuild of the search index made: documents and turns indexed, and its size on disk. */
    public record IndexReport(int documents, int turns, long bytes) { }

    /** Rebuilds the search index from the store, reporting to {@code progress}. */
    public IndexReport reindex(Progress progress) {
        SearchIndex rebuilt = index.rebuild(progress);
        return new IndexReport(store.read(tx -> tx.documents().listWithoutText().size()), rebuilt.turnCount(),
                rebuilt.sizeOnDisk());
    }

    private static int writeExcerpts(OutputStream out, ExcerptTable table, CsvDialect dialect, Progress progress) {
        int total = table.rows().size();
        CsvTableWriter.write(out, table.header(), table.rows(), dialect, written -> {
            if (written % 100 == 0 || written == total) {
                if (progress.isCancelled()) {
                    throw new ProjectException("Export cancelled; no file was written");
                }
                progress.update(written, total, "Writing excerpt " + written + " of " + total);
            }
        });
        return total;
    }

    @Override
    public void close() {
        try {
            index.close();
            store.close();
        } finally {
            lock.close();
        }
    }

    // ---- analysis --------------------------------------------------------------------------

    private AnalysisQueries analysis;

    private synchronized AnalysisQueries analysis() {
        if (analysis == null) {
            analysis = new AnalysisQueries(store);
        }
        return analysis;
    }

    /**
     * Reads what the analyses count into memory now (they do it on first use otherwise, and again
     * after any change); returns the number of segments read.
     */
    public int prepareAnalysis() {
        return analysis().prepare();
    }

    /** Frequencies of codes ({@code codes} paths, or all when empty) among the segments that pass {@code filter}. */
    public List<CodeFrequency> frequencies(SegmentFilter filter, List<String> codes, boolean withSubcodes) {
        return analysis().frequencies(filter, codes, withSubcodes);
    }

    /** A cross-tab of codes by an attribute's values or by codes; see {@link CrossTabRequest}. */
    public CrossTab crosstab(CrossTabRequest request) {
        return analysis().crosstab(request);
    }

    /** How often codes ({@code codes}, or all when empty) occur together, within the given scope. */
    public CoOccurrenceMatrix cooccurrence(SegmentFilter filter, List<String> codes, boolean withSubcodes,
                                           CoOccurrenceScope scope) {
        return analysis().cooccurrence(filter, codes, withSubcodes, scope);
    }

    /** Participants by codes: how many segments of each code are attributed to each participant. */
    public ParticipantMatrix participantMatrix(SegmentFilter filter, List<String> codes, boolean withSubcodes) {
        return analysis().participantMatrix(filter, codes, withSubcodes);
    }

    /** Every segment of the filter's code (with sub-codes) that passes it, with {@code context} characters each side. */
    public List<RetrievedSegment> retrieve(SegmentFilter filter, int context) {
        return analysis().retrieve(filter, context);
    }

    // ---- excerpt export with a choice of codes, filters and columns ------------------------

    /** What an export of coded excerpts can choose from: its columns, attribute values, coders and documents. */
    public ExcerptChoices excerptChoices() {
        return store.read(tx -> new ExcerptChoices(ExcerptTable.columns(tx), AttributeChoices.valuesByName(tx),
                tx.coders().all().stream().map(org.verbatim.model.Coder::name).sorted().toList(),
                tx.documents().listWithoutText().stream().map(Document::name).sorted().toList()));
    }

    /** How many coded excerpts {@code selection} takes. */
    public int countExcerpts(ExcerptSelection selection) {
        return store.read(tx -> new SegmentViews(tx).select(selection).size());
    }

    /**
     * Writes the coded excerpts of {@code selection} as CSV with exactly the {@code columns} given
     * (names from {@link ExcerptChoices#columns()}), in that order, laid out as {@code layout}
     * says. A selection that takes no excerpt, an unknown column or a cancelled export is refused
     * and leaves no file (an existing one stays as it was). Returns the number of excerpts written.
     */
    public int exportExcerpts(Path file, ExcerptSelection selection, List<String> columns, ExcerptLayout layout,
                              Progress progress) {
        progress.update(0, -1, "Reading the excerpts");
        ExcerptTable table = store.read(tx -> ExcerptTable.of(tx, new SegmentViews(tx).select(selection), columns));
        if (table.rows().isEmpty()) {
            throw new ProjectException("No coded excerpt matches the chosen codes and filters; " + file
                    + " was not written");
        }
        if (progress.isCancelled()) {
            throw new ProjectException("Export cancelled; no file was written");
        }
        return AtomicFile.write(file, out -> writeExcerpts(out, table, layout.dialect(), progress));
    }

    /**
     * The segments counted in one cell of a cross-tab by an attribute's values: the segments of
     * row {@code code} (a path, with its sub-codes when the request has them) attributed to the
     * column {@code column} under the request's filter. For {@code segments} they are the cell's
     * count; for {@code participants} and {@code documents} they are what those participants
     * said, in those documents.
     */
    public List<SegmentView> crosstabSegments(CrossTabRequest request, String code, String column) {
        return analysis().cellSegments(request, code, column);
    }

    /**
     * Writes a table (one header row, then the rows) as spreadsheet-safe CSV, whole or not at
     * all; {@code excelBom} puts a byte-order mark first so Excel reads non-Latin text.
     */
    public static void writeTable(Path file, List<String> header, List<List<String>> rows, boolean excelBom) {
        AtomicFile.write(file, out -> {
            CsvTableWriter.write(out, header, rows, excelBom);
            return null;
        });
    }
    // ---- several codings at once -----------------------------------------------------------

    /**
     * Makes several segments in one transaction, each as {@link #code(CodingRequest)} would;
     * if one is refused, none is made.
     */
    public List<CodingResult> codeAll(List<CodingRequest> requests) {
        return index.write((tx, changes) -> {
            List<CodingResult> results = new ArrayList<>();
            for (CodingRequest r : requests) {
                results.add(code(tx, changes, r));
            }
            return results;
        });
    }

    /** Removes several segments in one transaction; returns them as they were. If one is missing, none is removed. */
    public List<SegmentView> uncodeAll(List<Long> segmentIds) {
        return index.write((tx, changes) -> {
            List<SegmentView> removed = new ArrayList<>();
            for (long id : segmentIds) {
                removed.add(uncode(tx, changes, id));
            }
            return removed;
        });
    }

    /**
     * Writes every hit of a search (whatever its limit) as CSV, in the columns of
     * {@code verbatim search --format csv}, spreadsheet-safe; returns the number of hits written.
     */
    public int exportHits(Path file, SearchQuery query, boolean excelBom) {
        List<Map<String, Object>> rows = new ArrayList<>();
        search(query.withLimit(Integer.MAX_VALUE), Progress.NONE).hits().forEach(h -> rows.add(HitRows.row(h)));
        return AtomicFile.write(file, out -> {
            new Listing(rows).csv(out, excelBom);
            return rows.size();
        });
    }

    /** The names of every attribute of participants and documents, alphabetically, each once. */
    public List<String> attributeNames() {
        return store.read(tx -> tx.attributes().names().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }
}
