package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.model.Code;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.store.Tx;

/**
 * Deleting and merging codes so that they can be undone: each takes a {@link CodesSnapshot}
 * of the codes it touches, their segments and memos, in the same transaction as the change,
 * and {@link #restore} puts that snapshot back with the same ids — so anything that refers to
 * those segments or codes by id (an undo history, memos) still finds them.
 */
public final class CodebookUndo {
    private final SearchIndexSync index;

    CodebookUndo(SearchIndexSync index) {
        this.index = index;
    }

    /** What a deletion did and how to undo it. */
    public record Deletion(int segmentsDeleted, CodesSnapshot before) { }

    /** What a merge did and how to undo it. */
    public record Merge(int segmentsMoved, CodesSnapshot before) { }

    /** Deletes a code with its sub-codes and all their segments; the snapshot undoes it. */
    public Deletion delete(String path) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, path);
            CodesSnapshot before = capture(tx, List.of(path));
            return new Deletion(Codebook.delete(tx, path, true), before);
        });
    }

    /** Merges {@code sourcePath} into {@code targetPath}; the snapshot (of both subtrees) undoes it. */
    public Merge merge(String sourcePath, String targetPath) {
        return index.write((tx, changes) -> {
            changes.documentsCodedWith(tx, sourcePath);
            CodesSnapshot before = capture(tx, List.of(sourcePath, targetPath));
            return new Merge(Codebook.merge(tx, sourcePath, targetPath), before);
        });
    }

    /**
     * Puts the snapshot's codes, segments and memos back as they were: codes that exist again
     * are set back, missing ones are made with their own ids, and the segments and memos of
     * those codes are replaced by the snapshot's.
     */
    public void restore(CodesSnapshot snapshot) {
        index.write((tx, changes) -> {
            Set<Long> codeIds = new HashSet<>();
            snapshot.codes.forEach(c -> codeIds.add(c.id()));
            snapshot.documents.forEach(changes::document);
            for (long id : codeIds) {
                if (tx.codes().find(id).isPresent()) {
                    for (Segment s : tx.segments().ofCode(id)) {
                        changes.document(s.documentId());
                        tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
                        tx.segments().delete(s.id());
                    }
                    tx.memos().deleteAttachedTo(MemoTarget.CODE, id);
                }
            }
            // Missing codes come back at the top level first, so that a parent among them exists
            // before its children are set under it.
            for (Code c : snapshot.codes) {
                if (tx.codes().find(c.id()).isEmpty()) {
                    tx.codes().restore(new Code(c.id(), null, c.name(), c.color(), c.description(), c.shortcut()));
                }
            }
            snapshot.codes.forEach(tx.codes()::update);
            for (Segment s : snapshot.segments) {
                if (tx.segments().find(s.id()).isPresent()) {
                    tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
                    tx.segments().delete(s.id());
                }
                tx.segments().restore(s);
            }
            snapshot.memos.forEach(tx.memos()::restore);
            return null;
        });
    }

    private static CodesSnapshot capture(Tx tx, List<String> paths) {
        CodeTree tree = Codebook.tree(tx);
        Set<Code> codes = new LinkedHashSet<>();
        for (String path : paths) {
            codes.addAll(tree.subtree(tree.require(path).id()));
        }
        List<Segment> segments = new ArrayList<>();
        Set<Long> documents = new HashSet<>();
        Set<Long> codeIds = new HashSet<>();
        for (Code c : codes) {
            codeIds.add(c.id());
            for (Segment s : tx.segments().ofCode(c.id())) {
                segments.add(s);
                documents.add(s.documentId());
            }
        }
        Set<Long> segmentIds = new HashSet<>();
        segments.forEach(s -> segmentIds.add(s.id()));
        List<Memo> memos = tx.memos().all().stream()
                .filter(m -> m.targetId() != null && (m.target() == MemoTarget.CODE && codeIds.contains(m.targetId())
                        || m.target() == MemoTarget.SEGMENT && segmentIds.contains(m.targetId())))
                .toList();
        return new CodesSnapshot(List.copyOf(codes), segments, memos, documents);
    }
}
