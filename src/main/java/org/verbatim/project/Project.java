package org.verbatim.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.verbatim.exchange.CsvTableWriter;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Code;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.ParticipantRole;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * An open Verbatim project, {@code NAME.verbatim/}: the one facade through which the GUI and
 * the command line read and change data. Every method that changes data runs in one
 * transaction that has committed when the method returns; a method that throws
 * {@link ProjectException} has changed nothing.
 *
 * <p>This class opens and closes a project and is an index of its use cases: each method hands
 * the call to the class that owns that concern ({@link DocumentLibrary}, {@link PeopleAndSpeakers},
 * {@link CodebookEditing}, {@link Coding}, {@link Memos}, {@link Searching}, {@link ExcerptExport},
 * {@link AnalysisQueries}). New use cases go into classes of their own, not here.
 */
public final class Project implements AutoCloseable {
    public static final String EXTENSION = ".verbatim";

    private final Path folder;
    private final ProjectLock lock;
    private final ProjectStore store;
    private final FolderKey files;
    private final SearchIndexSync index;
    private final DocumentLibrary documents;
    private final PeopleAndSpeakers people;
    private final CodebookEditing codebook;
    private final Coding coding;
    private final Memos memos;
    private final Searching searching;
    private final ExcerptExport excerpts;
    private AnalysisQueries analysis;
    private Backups.Pending backup = Backups.Pending.NONE;

    Project(Path folder, ProjectLock lock, ProjectStore store, FolderKey files) {
        this.folder = folder;
        this.lock = lock;
        this.store = store;
        this.files = files;
        this.index = new SearchIndexSync(store, files.indexStorage(folder, store));
        this.documents = new DocumentLibrary(store, index, folder.resolve("originals"), files);
        this.people = new PeopleAndSpeakers(store, index);
        this.codebook = new CodebookEditing(store, index);
        this.coding = new Coding(store, index);
        this.memos = new Memos(store, index);
        this.searching = new Searching(store, index);
        this.excerpts = new ExcerptExport(store);
    }

    /** Creates a new, empty project folder (which must not exist yet or be empty). */
    public static Project create(Path folder) {
        return create(folder, null);
    }

    /** Creates a new, empty project folder, encrypted with {@code password} unless it is null. */
    public static Project create(Path folder, String password) {
        return ProjectOpening.create(folder, password);
    }

    /** Opens a project folder, waiting up to {@code patience} (telling {@code waiting} once) while another process has it. */
    public static Project open(Path folder, Duration patience, Consumer<String> waiting) {
        return open(folder, null, patience, waiting);
    }

    /** As {@link #open(Path, Duration, Consumer)}, with an encrypted or team project's password. */
    public static Project open(Path folder, String password, Duration patience, Consumer<String> waiting) {
        return BusyWait.until(folder, patience, waiting, () -> open(folder, password));
    }

    /** Opens an existing project folder; a team project's password comes from PGPASSWORD or ~/.pgpass. */
    public static Project open(Path folder) {
        return open(folder, (String) null);
    }

    /** Opens an existing project folder; {@code password} is an encrypted or team project's (null: look it up). */
    public static Project open(Path folder, String password) {
        return ProjectOpening.open(folder, password);
    }

    /** What opening does once the store is open: clean up after a crash, and keep the backup it started. */
    void opened(Backups.Pending startedBackup) {
        documents.removeOrphanOriginals();
        this.backup = startedBackup;
    }

    /** A new project's empty index, matching its empty store: from here on every change keeps it current. */
    void startIndex() {
        index.rebuild(Progress.NONE);
    }

    public Path folder() {
        return folder;
    }

    /** The project's name: its folder name without {@code .verbatim}. */
    public String name() {
        String n = folder.getFileName().toString();
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    /** REFI-QDA exchange: merging a .qdpx or another project in, exporting .qdpx, .qdc codebooks. */
    public RefiExchange refi() {
        return new RefiExchange(store, index, folder, name());
    }

    /** Why the project can only be read (a read-only disk, no permission, a full disk), if it can. */
    public java.util.Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    /** What kind of fault made the project open for reading only, if one did (the window tells it in its own words). */
    public java.util.Optional<ReadOnlyCause> readOnlyCause() {
        return store.readOnlyFault().map(ReadOnlyCause::of);
    }

    /** A number that grows with every committed change. */
    public long generation() {
        return store.read(Tx::generation);
    }

    /** Follows changes committed by others (on a team project) until closed; see {@link ChangeFollower}. */
    public ChangeFollower followChanges(ChangeFollower.Listener listener) {
        return new ChangeFollower(store, index, listener);
    }

    /** Whom codings are made as when no coder is named: on a team project the folder's coder or the database user. */
    public String defaultCoder() {
        return store.worker();
    }

    /** On a team project, gives a database user the lead role or makes them a coder; see {@link TeamRoles}. */
    public String setTeamRole(String user, boolean lead) {
        return new TeamRoles(store, folder).set(user, lead);
    }

    // ---- documents -------------------------------------------------------------------------

    /** Imports transcripts; see {@link ImportRequest}. Each file commits on its own. */
    public ImportReport importFiles(ImportRequest request, Progress progress) {
        return documents.importFiles(request, progress);
    }

    /** Reads the files an import of {@code paths} would take and reports what it finds; stores nothing. */
    public List<FilePreview> previewImport(List<Path> paths, Progress progress) {
        return documents.previewImport(paths, progress);
    }

    public List<DocumentSummary> documents() {
        return documents.list();
    }

    /** One document with its text and turns; {@code ref} is an id or a name. */
    public DocumentDetail document(String ref) {
        return documents.detail(ref);
    }

    /** Correcting documents' texts after coding: edits, replacement files, versions. */
    public Corrections corrections() {
        return new Corrections(store, index, folder.resolve("originals"), files);
    }

    /** Removes a document with its turns, segments and memos; returns the number of segments removed. */
    public int removeDocument(String ref) {
        return documents.remove(ref);
    }

    /** Renaming documents. */
    public DocumentNames documentNames() {
        return new DocumentNames(index);
    }

    /** What a document-attributes import did: documents updated, rows skipped because their document is absent. */
    public record DocumentAttributesImport(int updated, int skipped) { }

    /**
     * Sets document attributes from a CSV (a {@code file} column plus one column per attribute).
     * Rows for documents the project does not have are skipped, as for speaker maps.
     */
    public DocumentAttributesImport importDocumentAttributes(Path csv) {
        return documents.importAttributes(csv);
    }

    /** Sets one attribute of a document (id or name), with the same rules as participant attributes. */
    public void setDocumentAttribute(String documentRef, String attribute, String value) {
        documents.setAttribute(documentRef, attribute, value);
    }

    // ---- participants and speakers ---------------------------------------------------------

    public List<ParticipantView> participants() {
        return people.participants();
    }

    /** What a participants import did. */
    public record ParticipantImport(int created, int updated, int speakersMapped) { }

    /**
     * Imports or updates participants from a CSV: an {@code id} column, an optional {@code name}
     * column, one column per attribute. Types are inferred unless declared in {@code types}.
     * Afterwards speaker labels equal to a participant's id or name are mapped.
     */
    public ParticipantImport importParticipants(Path csv, Map<String, AttributeType> types) {
        return people.importParticipants(csv, types);
    }

    /**
     * Sets one attribute of a participant (by id); a blank value clears it. A new attribute takes
     * the type of its first value; a value that does not fit an existing attribute's type is refused.
     */
    public void setParticipantAttribute(String participantKey, String attribute, String value) {
        people.setParticipantAttribute(participantKey, attribute, value);
    }

    /** Sets a participant's role (respondent, interviewer, moderator, observer): analyses count respondents. */
    public void setParticipantRole(String participantKey, ParticipantRole role) {
        people.setParticipantRole(participantKey, role);
    }

    /** The speaker labels of one document (or of all when {@code ref} is null) and their participants. */
    public List<SpeakerView> speakers(String ref) {
        return people.speakers(ref);
    }

    /** Maps a speaker label of a document to a participant (by id); a null participant unmaps it. */
    public void mapSpeaker(String documentRef, String speaker, String participantKey) {
        people.mapSpeaker(documentRef, speaker, participantKey);
    }

    /** Adding, renaming and removing participants, undoably. */
    public ParticipantEdits participantEdits() {
        return new ParticipantEdits(index);
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
        return people.importSpeakerMap(csv);
    }

    /** The names of every attribute of participants and documents, alphabetically, each once. */
    public List<String> attributeNames() {
        return store.read(tx -> tx.attributes().names().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    // ---- codebook --------------------------------------------------------------------------

    /** The codebook, depth first, with segment counts. */
    public List<CodeNode> codes() {
        return codebook.list();
    }

    public Code addCode(String path, String colour, String description, String shortcut) {
        return codebook.add(path, colour, description, shortcut);
    }

    /** Changes a code's colour, description or shortcut; null leaves a field as it is, blank clears it. */
    public Code editCode(String path, String colour, String description, String shortcut) {
        return codebook.edit(path, colour, description, shortcut);
    }

    public Code renameCode(String path, String newName) {
        return codebook.rename(path, newName);
    }

    /** Moves a code under another, or to the top level when {@code newParentPath} is null. */
    public Code moveCode(String path, String newParentPath) {
        return codebook.move(path, newParentPath);
    }

    /** Merges one code into another; returns the number of segments moved. */
    public int mergeCodes(String sourcePath, String targetPath) {
        return codebook.merge(sourcePath, targetPath);
    }

    /** Deletes a code with its sub-codes; with segments only when {@code force}. Returns segments deleted. */
    public int deleteCode(String path, boolean force) {
        return codebook.delete(path, force);
    }

    /** Deleting and merging codes in a way that can be undone exactly. */
    public CodebookUndo codebookUndo() {
        return new CodebookUndo(index);
    }

    /** What a codebook import did. */
    public record CodebookImport(int created, int updated) { }

    public CodebookImport importCodebook(Path json) {
        return codebook.importJson(json);
    }

    public void exportCodebook(Path json) {
        codebook.exportJson(json);
    }

    /** Codebook files (JSON or .qdc) imported undoably and exported, as the window does. */
    public CodebookFiles codebookFiles() {
        return new CodebookFiles(index, codebook, refi());
    }

    // ---- coding ----------------------------------------------------------------------------

    /** Makes one segment; see {@link CodingRequest}. */
    public CodingResult code(CodingRequest request) {
        return coding.code(request);
    }

    /**
     * Makes several segments in one transaction, each as {@link #code(CodingRequest)} would;
     * if one is refused, none is made.
     */
    public List<CodingResult> codeAll(List<CodingRequest> requests) {
        return coding.codeAll(requests);
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
        return coding.importCodings(csv, defaultCoder);
    }

    /** Removes a segment; returns it as it was. */
    public SegmentView uncode(long segmentId) {
        return coding.uncode(segmentId);
    }

    /** Removes several segments in one transaction; returns them as they were. If one is missing, none is removed. */
    public List<SegmentView> uncodeAll(List<Long> segmentIds) {
        return coding.uncodeAll(segmentIds);
    }

    /**
     * Gives a segment another code (created when missing), keeping its id, range, coder and
     * memo; refused when the same coder already coded that range with that code.
     */
    public CodingResult recode(long segmentId, String codePath) {
        return coding.recode(segmentId, codePath);
    }

    /** Moves a segment's ends to {@code [start, end)} of its document, keeping its id; returns it as it was. */
    public SegmentView moveSegment(long segmentId, int start, int end) {
        return new SegmentRanges(index).move(segmentId, start, end);
    }

    /** Sets or (with a blank memo) clears a segment's memo. */
    public void setSegmentMemo(long segmentId, String memo) {
        coding.setMemo(segmentId, memo);
    }

    public List<SegmentView> segments(SegmentFilter filter) {
        return coding.segments(filter);
    }

    // ---- memos -----------------------------------------------------------------------------

    /**
     * Adds a memo to the project ({@code target} PROJECT, no ref) or to a document (id or name),
     * code (path), participant (id) or segment (id).
     */
    public Memo addMemo(MemoTarget target, String ref, String title, String text) {
        return memos.add(target, ref, title, text);
    }

    public List<Memo> memos() {
        return memos.all();
    }

    public void deleteMemo(long id) {
        memos.delete(id);
    }

    /** Changing, putting back (undo) and listing memos with what they are on, as the window needs them. */
    public MemoEditing memoEditing() {
        return new MemoEditing(store, index);
    }

    // ---- integrity -------------------------------------------------------------------------

    /**
     * Proves that every turn lies inside its document and every segment's offsets still cover
     * exactly the text it was made on.
     */
    public CheckReport check() {
        return IntegrityCheck.withPages(store);
    }

    /** Reads the whole database through (once per opening); throws {@link DamagedProjectException} if part of it cannot be read. */
    public void readThrough() {
        DamagedProjectException.refuse(folder, store.damage());
    }

    /** The project's rolling backups, made on opening it. */
    public Backups backups() {
        return new Backups(folder);
    }

    // ---- search ----------------------------------------------------------------------------

    /**
     * Searches the turns of every document (see {@link SearchQuery}). When the index is missing,
     * stale or damaged it is first rebuilt from the store, reporting to {@code progress}.
     */
    public SearchResults search(SearchQuery query, Progress progress) {
        return searching.search(query, progress);
    }

    /**
     * Codes the hits of a search with the code at {@code codePath} (created if missing), in one
     * transaction: every hit, or those numbered in {@code hitNumbers} (1-based, in the order the
     * search lists them). See {@link HitCoding} for what is coded and what is left alone.
     */
    public HitCodingReport codeHits(SearchQuery query, List<Integer> hitNumbers, String codePath, HitUnit unit,
                                    String coder, Progress progress) {
        return searching.codeHits(query, hitNumbers, codePath, unit, coder, progress);
    }

    /**
     * Writes every hit of a search (whatever its limit) as CSV, in the columns of
     * {@code verbatim search --format csv}, spreadsheet-safe; returns the number of hits written.
     */
    public int exportHits(Path file, SearchQuery query, boolean excelBom) {
        return searching.exportHits(file, query, excelBom);
    }

    /** What a rebuild of the search index made: documents and turns indexed, and its size on disk. */
    public record IndexReport(int documents, int turns, long bytes) { }

    /** Rebuilds the search index from the store, reporting to {@code progress}. */
    public IndexReport reindex(Progress progress) {
        return searching.reindex(progress);
    }

    // ---- analysis --------------------------------------------------------------------------

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

    /** Which coding the analyses count under this filter (one coder, pooled, or chosen per document), in words. */
    public String codingCounted(SegmentFilter filter) {
        return analysis().codingCounted(filter);
    }

    /** A cross-tab of codes by an attribute's values or by codes; see {@link CrossTabRequest}. */
    public CrossTab crosstab(CrossTabRequest request) {
        return analysis().crosstab(request);
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

    /** How often codes ({@code codes}, or all when empty) occur together, within the given scope. */
    public CoOccurrenceMatrix cooccurrence(SegmentFilter filter, List<String> codes, boolean withSubcodes,
                                           CoOccurrenceScope scope) {
        return analysis().cooccurrence(filter, codes, withSubcodes, scope);
    }

    /** Participants by codes: how many segments of each code are attributed to each participant. */
    public ParticipantMatrix participantMatrix(SegmentFilter filter, List<String> codes, boolean withSubcodes) {
        return analysis().participantMatrix(filter, codes, withSubcodes);
    }

    /** Groups side by side, and the passages marked as quotes for a report; see {@link GroupComparisons}. */
    public GroupComparisons comparisons() {
        return new GroupComparisons(store, analysis());
    }

    /** Reports of the study as HTML or Word; see {@link StudyReports}. */
    public StudyReports reports() {
        return new StudyReports(store, comparisons(), name());
    }

    /** Every segment of the filter's code (with sub-codes) that passes it, with {@code context} characters each side. */
    public List<RetrievedSegment> retrieve(SegmentFilter filter, int context) {
        return analysis().retrieve(filter, context);
    }

    /**
     * Inter-coder agreement among two or more coders, per code, per code group and over all
     * codes, on {@code documents} (ids or names; empty: every document two or more coded) and
     * the codes under {@code codePaths} (empty: all).
     */
    public AgreementReport agreement(List<String> coders, AgreementUnit unit, List<String> documents,
                                     List<String> codePaths) {
        return store.read(tx -> AgreementQueries.compare(tx, coders, unit, documents, codePaths));
    }

    /** Two coders side by side for the Agreement view; see {@link CoderAgreement}. */
    public CoderAgreement coderAgreement() {
        return new CoderAgreement(store);
    }

    // ---- excerpt export with a choice of codes, filters and columns ------------------------

    /** What an export of coded excerpts can choose from: its columns, attribute values, coders and documents. */
    public ExcerptChoices excerptChoices() {
        return excerpts.choices();
    }

    /** How many coded excerpts {@code selection} takes. */
    public int countExcerpts(ExcerptSelection selection) {
        return excerpts.count(selection);
    }

    /**
     * Writes the coded excerpts of {@code selection} as CSV with exactly the {@code columns} given
     * (names from {@link ExcerptChoices#columns()}), in that order, laid out as {@code layout}
     * says, participants pseudonymised and names masked as {@code privacy} says. A selection that
     * takes no excerpt, an unknown column or a cancelled export is refused and leaves no file (an
     * existing one stays as it was). Returns the number of excerpts written.
     */
    public int exportExcerpts(Path file, ExcerptSelection selection, List<String> columns, ExcerptLayout layout,
                              ExcerptPrivacy privacy, Progress progress) {
        return excerpts.export(file, selection, columns, layout, privacy, progress);
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

    @Override
    public void close() {
        try {
            backup.await();
            index.close();
            store.close();
        } finally {
            lock.close();
        }
    }
}
