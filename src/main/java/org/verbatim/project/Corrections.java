package org.verbatim.project;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.project.SegmentChange.Kind;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;
import org.verbatim.store.VersionTable;
import org.verbatim.transcript.ParsedTranscript;
import org.verbatim.transcript.ParsedTurn;
import org.verbatim.transcript.ReadOptions;
import org.verbatim.transcript.TranscriptReaders;
import org.verbatim.transcript.TranscriptRefusedException;

/**
 * Correcting a document's text after it was coded: one edit, a whole new text, or a corrected
 * file in place of the imported one. The old and new texts are compared ({@link TextDiff}) and
 * every segment follows its words; turns are found again in the new text (keeping timestamps
 * and speaker mappings where the label is unchanged); each segment's stored text is updated so
 * {@code verbatim check} still proves it. Every earlier text is kept as a version. A segment
 * that would lose all its words is removed only when the caller says so ({@code force}), and
 * the report lists it. Each save is one transaction; the search index follows at once.
 */
public final class Corrections {
    private static final int QUOTE_IN_SUMMARY = 40;

    private final ProjectStore store;
    private final SearchIndexSync index;
    private final Path originals;
    private final FolderKey files;

    Corrections(ProjectStore store, SearchIndexSync index, Path originals) {
        this(store, index, originals, FolderKey.NONE);
    }

    Corrections(ProjectStore store, SearchIndexSync index, Path originals, FolderKey files) {
        this.files = files;
        this.store = store;
        this.index = index;
        this.originals = originals;
    }

    /** The document's whole text with {@code edit} made; nothing is saved. */
    public String edited(String documentRef, TextEdit edit) {
        Document d = store.read(tx -> DocumentRefs.resolve(tx, documentRef));
        int[] range = rangeOf(d, edit);
        String text = edit.text() == null ? "" : TranscriptReaders.normalise(edit.text());
        return d.text().substring(0, range[0]) + text + d.text().substring(range[1]);
    }

    /** What saving {@code newText} as the document's text would do to its coding; saves nothing. */
    public CorrectionReport preview(String documentRef, String newText) {
        return store.read(tx -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            String text = TranscriptReaders.normalise(newText);
            return plan(tx, d, text, turnsOf(tx, d, text)).report(0, describe(d.text(), text));
        });
    }

    /**
     * Saves {@code newText} as the document's text, moving every segment with its words.
     * Refused, changing nothing, when the text is unchanged or when segments would lose all
     * their words and {@code force} is false. {@code summary} null or blank: one is made from
     * the change.
     */
    public CorrectionReport save(String documentRef, String newText, String editor, String summary, boolean force) {
        String text = TranscriptReaders.normalise(newText);
        return index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            changes.document(d.id());
            Plan plan = plan(tx, d, text, turnsOf(tx, d, text));
            String said = summary == null || summary.isBlank() ? describe(d.text(), text) : summary.strip();
            return apply(tx, plan, editor, said, force);
        });
    }

    /**
     * What replacing the document's text by the text of {@code file} would do; saves nothing.
     * {@code encoding} and {@code language} override detection as for an import (null: detect).
     */
    public CorrectionReport previewReplace(String documentRef, Path file, Charset encoding, String language) {
        ParsedTranscript parsed = read(file, new ReadOptions(encoding, language));
        return store.read(tx -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            return plan(tx, d, parsed.text(), parsed.turns()).report(0, replacedBy(file));
        });
    }

    /**
     * Replaces the document's text by the text of a corrected file (a re-transcription, a
     * fixed Word file), keeping the document, its attributes and its coding, which follows the
     * words as for any correction. The file becomes the document's source; a copy is kept in
     * {@code originals/}.
     */
    public CorrectionReport replace(String documentRef, Path file, Charset encoding, String language, String editor,
                                    boolean force) {
        ParsedTranscript parsed = read(file, new ReadOptions(encoding, language));
        String sha256 = Importer.sha256Of(file);
        CorrectionReport report = index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            changes.document(d.id());
            tx.documents().findBySha256(sha256).filter(other -> other.id() != d.id()).ifPresent(other -> {
                throw new ProjectException(file + " is already imported as document " + other.id() + " ("
                        + other.name() + "); it cannot also replace " + d.name());
            });
            CorrectionReport saved = apply(tx, plan(tx, d, parsed.text(), parsed.turns()), editor, replacedBy(file),
                    force);
            tx.documents().replaceSource(d.id(), parsed.format().name().toLowerCase(java.util.Locale.ROOT),
                    parsed.encoding(), file.toAbsolutePath().toString(), sha256);
            return saved;
        });
        Importer.keepReplacement(originals, files, file, report.documentId(), report.version());
        return report;
    }

    /**
     * Puts a document back exactly as {@code state} holds it — text, source, turns, speaker
     * mapping, and every segment with its place, text and memos, removed ones with their ids —
     * as one new version. Segments made after the state was read move with their words.
     */
    public CorrectionReport restore(DocumentState state, String editor, String summary) {
        return index.write((tx, changes) -> {
            Document d = tx.documents().find(state.document().id()).orElseThrow(() -> new ProjectException(
                    "The document " + state.document().name() + " is no longer in the project"));
            changes.document(d.id());
            Map<Long, Segment> wanted = new HashMap<>();
            state.segments().forEach(s -> wanted.put(s.id(), s));
            List<Segment> later = tx.segments().ofDocument(d.id()).stream()
                    .filter(s -> !wanted.containsKey(s.id())).toList();
            List<ParsedTurn> turns = state.turns().stream()
                    .map(t -> new ParsedTurn(t.speaker(), t.timestampMs(), t.start(), t.end())).toList();
            Plan plan = plan(tx, d, state.text(), turns);
            int version = addVersion(tx, d, state.text(), editor, summary);
            Document old = state.document();
            tx.documents().replaceText(d.id(), state.text(), state.wordCount());
            tx.documents().replaceSource(d.id(), old.format(), old.encoding(), old.sourceFile(), old.sourceSha256());
            tx.turns().deleteOfDocument(d.id());
            tx.turns().insertAll(d.id(), state.turns());
            tx.speakerMaps().ofDocument(d.id()).keySet().forEach(label -> tx.speakerMaps().unmap(d.id(), label));
            state.speakers().forEach((label, participant) -> tx.speakerMaps().map(d.id(), label, participant));
            Set<Long> present = new HashSet<>();
            tx.segments().ofDocument(d.id()).forEach(s -> present.add(s.id()));
            for (Segment s : state.segments()) {
                if (present.contains(s.id())) {
                    tx.segments().move(s.id(), s.start(), s.end(), s.text());
                } else {
                    tx.segments().restore(s);
                }
            }
            Set<Long> memos = new HashSet<>();
            tx.memos().all().forEach(m -> memos.add(m.id()));
            for (Memo m : state.segmentMemos()) {
                if (!memos.contains(m.id())) {
                    tx.memos().restore(m);
                }
            }
            for (Segment s : later) {
                followOrRemove(tx, plan.diff, s);
            }
            return plan.report(version, summary);
        });
    }

    /** A document's versions, oldest first; a document never corrected has one, the text as imported. */
    public List<DocumentVersion> history(String documentRef) {
        return store.read(tx -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            List<VersionTable.Version> stored = tx.versions().ofDocument(d.id());
            if (stored.isEmpty()) {
                return List.of(new DocumentVersion(1, d.importedAt(), "", importSummary(d), d.text().length(), true));
            }
            List<DocumentVersion> out = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                VersionTable.Version v = stored.get(i);
                out.add(new DocumentVersion(v.number(), v.savedAt(), v.editor(), v.summary(), v.length(),
                        i == stored.size() - 1));
            }
            return out;
        });
    }

    /** The text of one version of a document. */
    public String versionText(String documentRef, int version) {
        return store.read(tx -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            if (tx.versions().ofDocument(d.id()).isEmpty() && version == 1) {
                return d.text();
            }
            return tx.versions().text(d.id(), version).orElseThrow(() -> new ProjectException(
                    d.name() + " has no version " + version + " (see: verbatim history)"));
        });
    }

    /** How version {@code to} of a document differs from version {@code from}. */
    public TextDiff difference(String documentRef, int from, int to) {
        return TextDiff.between(versionText(documentRef, from), versionText(documentRef, to));
    }

    // ---- planning and saving -----------------------------------------------------------

    /** A correction worked out but not yet saved. */
    private static final class Plan {
        final Document document;
        final String text;
        final TextDiff diff;
        final List<Turn> turns;
        final int wordsAfter;
        final int wordsBefore;
        final int turnsBefore;
        final List<SegmentChange> changes;
        final DocumentState before;

        Plan(Document document, String text, TextDiff diff, List<Turn> turns, int wordsAfter, DocumentState before,
             List<SegmentChange> changes) {
            this.document = document;
            this.text = text;
            this.diff = diff;
            this.turns = turns;
            this.wordsAfter = wordsAfter;
            this.wordsBefore = before.wordCount();
            this.turnsBefore = before.turns().size();
            this.changes = changes;
            this.before = before;
        }

        CorrectionReport report(int version, String summary) {
            return new CorrectionReport(document.id(), document.name(), version, summary, wordsBefore, wordsAfter,
                    turnsBefore, turns.size(), changes, before, text);
        }
    }

    private static Plan plan(Tx tx, Document d, String text, List<ParsedTurn> parsedTurns) {
        DocumentState before = DocumentState.read(tx, d);
        TextDiff diff = TextDiff.between(d.text(), text);
        CodeTree codes = Codebook.tree(tx);
        Map<Long, String> coders = new HashMap<>();
        tx.coders().all().forEach(c -> coders.put(c.id(), c.name()));
        List<SegmentChange> changes = new ArrayList<>();
        for (Segment s : before.segments()) {
            changes.add(change(diff, s, codes.path(s.codeId()), coders.get(s.coderId())));
        }
        List<Turn> turns = new ArrayList<>();
        for (ParsedTurn t : parsedTurns) {
            turns.add(new Turn(0, d.id(), turns.size(), t.speaker(), t.timestampMs(), t.start(), t.end()));
        }
        return new Plan(d, text, diff, turns, Importer.spokenWords(text, parsedTurns), before, changes);
    }

    private static SegmentChange change(TextDiff diff, Segment s, String code, String coder) {
        Optional<int[]> mapped = diff.mapRange(s.start(), s.end())
                .filter(r -> !hasWords(s.text()) || hasWords(diff.after().substring(r[0], r[1])));
        if (mapped.isEmpty()) {
            return new SegmentChange(s.id(), code, coder, Kind.LOSES_ALL_WORDS, s.start(), s.end(), s.text(), -1, -1,
                    "");
        }
        int[] r = mapped.get();
        String now = diff.after().substring(r[0], r[1]);
        Kind kind;
        if (now.equals(s.text())) {
            kind = r[0] == s.start() ? Kind.UNCHANGED : Kind.MOVES;
        } else if (Words.count(now) < Words.count(s.text())) {
            kind = Kind.SHRINKS;
        } else if (Words.count(now) > Words.count(s.text())) {
            kind = Kind.GROWS;
        } else {
            kind = Kind.CHANGES;
        }
        return new SegmentChange(s.id(), code, coder, kind, s.start(), s.end(), s.text(), r[0], r[1], now);
    }

    private static boolean hasWords(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TextDiff.isWord(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static CorrectionReport apply(Tx tx, Plan plan, String editor, String summary, boolean force) {
        Document d = plan.document;
        if (plan.diff.unchanged()) {
            throw new ProjectException("The new text of " + d.name() + " is the same as its current text;"
                    + " nothing was saved");
        }
        List<SegmentChange> lost = plan.changes.stream().filter(c -> c.kind() == Kind.LOSES_ALL_WORDS).toList();
        if (!lost.isEmpty() && !force) {
            throw new ProjectException(lost.size() + (lost.size() == 1 ? " segment" : " segments") + " of "
                    + d.name() + " would lose all their words (" + describeLost(lost) + "); nothing was saved."
                    + " Save with --force (or confirm in the window) to remove them");
        }
        int version = addVersion(tx, d, plan.text, editor, summary);
        tx.documents().replaceText(d.id(), plan.text, plan.wordsAfter);
        tx.turns().deleteOfDocument(d.id());
        tx.turns().insertAll(d.id(), plan.turns);
        followSpeakers(tx, d.id(), plan);
        for (SegmentChange c : plan.changes) {
            if (c.kind() == Kind.LOSES_ALL_WORDS) {
                tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, c.segmentId());
                tx.segments().delete(c.segmentId());
            } else if (c.kind() != Kind.UNCHANGED) {
                tx.segments().move(c.segmentId(), c.newStart(), c.newEnd(), c.newText());
            }
        }
        return plan.report(version, summary);
    }

    private static String describeLost(List<SegmentChange> lost) {
        List<String> parts = new ArrayList<>();
        for (SegmentChange c : lost.subList(0, Math.min(3, lost.size()))) {
            parts.add(c.code() + " by " + c.coder() + ": \"" + abbreviate(c.oldText()) + "\"");
        }
        return String.join("; ", parts) + (lost.size() > 3 ? "; ..." : "");
    }

    /** Labels still spoken keep their participant; labels gone lose their mapping; new labels are matched as on import. */
    private static void followSpeakers(Tx tx, long documentId, Plan plan) {
        Set<String> labels = new HashSet<>();
        plan.turns.forEach(t -> labels.add(t.speaker()));
        for (String label : tx.speakerMaps().ofDocument(documentId).keySet()) {
            if (!labels.contains(label)) {
                tx.speakerMaps().unmap(documentId, label);
            }
        }
        SpeakerMatcher.mapDocument(tx, documentId);
    }

    /** A segment not covered by a state being restored: it moves with its words, or goes if none are left. */
    private static void followOrRemove(Tx tx, TextDiff diff, Segment s) {
        SegmentChange c = change(diff, s, "", "");
        if (c.kind() == Kind.LOSES_ALL_WORDS) {
            tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
            tx.segments().delete(s.id());
        } else if (c.kind() != Kind.UNCHANGED) {
            tx.segments().move(s.id(), c.newStart(), c.newEnd(), c.newText());
        }
    }

    /** Keeps the text as imported as version 1 the first time a document is corrected, then adds the new text. */
    private static int addVersion(Tx tx, Document d, String text, String editor, String summary) {
        List<VersionTable.Version> versions = tx.versions().ofDocument(d.id());
        if (versions.isEmpty()) {
            tx.versions().insert(d.id(), 1, d.text(), d.importedAt(), "", importSummary(d));
        }
        int number = versions.isEmpty() ? 2 : versions.get(versions.size() - 1).number() + 1;
        tx.versions().insert(d.id(), number, text, Instant.now(), tx.coderOr(editor), summary);
        return number;
    }

    private static String importSummary(Document d) {
        return "Imported from " + Path.of(d.sourceFile()).getFileName();
    }

    /** Turns of an edited text, keeping the timestamp of a turn whose start the edit left in place. */
    private static List<ParsedTurn> turnsOf(Tx tx, Document d, String text) {
        TextDiff diff = TextDiff.between(d.text(), text);
        Map<Integer, Long> times = new HashMap<>();
        for (Turn t : tx.turns().ofDocument(d.id())) {
            if (t.timestampMs() != null) {
                times.put(diff.mapStart(t.start()), t.timestampMs());
            }
        }
        List<ParsedTurn> out = new ArrayList<>();
        for (ParsedTurn t : TranscriptReaders.turnsOf(text)) {
            Long time = t.timestampMs() != null ? t.timestampMs() : times.get(t.start());
            out.add(new ParsedTurn(t.speaker(), time, t.start(), t.end()));
        }
        return out;
    }

    private static int[] rangeOf(Document d, TextEdit edit) {
        int length = d.text().length();
        if (edit.quote() != null) {
            if (edit.start() != null) {
                throw new ProjectException("Give either a range or a quote to correct, not both");
            }
            List<int[]> found = exactly(d.text(), TranscriptReaders.normalise(edit.quote()));
            if (found.isEmpty()) {
                found = QuoteLocator.find(d.text(), edit.quote());
            }
            return Passages.chooseOccurrence(d, found, edit.quote(), edit.occurrence());
        }
        if (edit.start() == null || edit.end() == null) {
            throw new ProjectException("Give the passage to correct as a range (start:end) or a quote");
        }
        if (edit.start() < 0 || edit.end() > length || edit.start() > edit.end()) {
            throw new ProjectException("The range " + edit.start() + ":" + edit.end() + " is outside " + d.name()
                    + " (the text has " + length + " characters; a range is start:end with start <= end)");
        }
        return new int[] {edit.start(), edit.end()};
    }

    /** Every occurrence of {@code quote} as it is, space around it included: what is replaced is what was quoted. */
    private static List<int[]> exactly(String text, String quote) {
        List<int[]> out = new ArrayList<>();
        if (quote.isEmpty()) {
            return out;
        }
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            out.add(new int[] {i, i + quote.length()});
        }
        return out;
    }

    /**
     * A one-line account of a change: the words replaced, deleted or inserted, or how many places
     * changed. Changes with only space between them count as one place.
     */
    static String describe(String before, String after) {
        List<String[]> places = new ArrayList<>();
        StringBuilder oldPart = null;
        StringBuilder newPart = null;
        String pendingSpace = "";
        for (TextDiff.Piece p : TextDiff.between(before, after).pieces()) {
            if (p.kind() == TextDiff.PieceKind.KEPT) {
                if (oldPart != null && p.text().isBlank()) {
                    pendingSpace = p.text();
                    continue;
                }
                if (oldPart != null) {
                    places.add(new String[] {oldPart.toString(), newPart.toString()});
                }
                oldPart = null;
                newPart = null;
                pendingSpace = "";
                continue;
            }
            if (oldPart == null) {
                oldPart = new StringBuilder();
                newPart = new StringBuilder();
            } else if (!pendingSpace.isEmpty()) {
                oldPart.append(pendingSpace);
                newPart.append(pendingSpace);
                pendingSpace = "";
            }
            (p.kind() == TextDiff.PieceKind.DELETED ? oldPart : newPart).append(p.text());
        }
        if (oldPart != null) {
            places.add(new String[] {oldPart.toString(), newPart.toString()});
        }
        if (places.size() != 1) {
            return "Corrected " + places.size() + (places.size() == 1 ? " place" : " places");
        }
        String[] only = places.get(0);
        if (only[1].isEmpty()) {
            return "Deleted \"" + abbreviate(only[0]) + "\"";
        }
        if (only[0].isEmpty()) {
            return "Inserted \"" + abbreviate(only[1]) + "\"";
        }
        return "Replaced \"" + abbreviate(only[0]) + "\" with \"" + abbreviate(only[1]) + "\"";
    }

    private static String replacedBy(Path file) {
        return "Replaced by " + file.getFileName();
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= QUOTE_IN_SUMMARY ? one : one.substring(0, QUOTE_IN_SUMMARY - 1) + "…";
    }

    private static ParsedTranscript read(Path file, ReadOptions options) {
        try {
            return TranscriptReaders.read(file, options);
        } catch (TranscriptRefusedException e) {
            throw new ProjectException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
