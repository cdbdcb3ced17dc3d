package org.verbatim.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * Memos as the window edits and lists them: changing a memo's text, putting a memo back exactly
 * as it was (undo), and every memo of the project with what it is on, named for a reader.
 */
public final class MemoEditing {
    private static final int EXCERPT = 60;
    private final ProjectStore store;
    private final SearchIndexSync index;

    MemoEditing(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    /** Gives a memo a new title and text, timed now; returns it as stored. */
    public Memo change(long id, String title, String text) {
        return index.write((tx, changes) -> {
            Memo before = tx.memos().find(id).orElseThrow(() -> new ProjectException("There is no memo " + id));
            tx.memos().update(new Memo(id, before.target(), before.targetId(),
                    title == null || title.isBlank() ? before.title() : title.strip(), text, Instant.now()));
            return tx.memos().find(id).orElseThrow();
        });
    }

    /**
     * Puts a memo back exactly as {@code memo} holds it — title, text, time and id: over the memo
     * with that id, or as a new row with that id when it was deleted.
     */
    public void putBack(Memo memo) {
        index.write((tx, changes) -> {
            if (tx.memos().find(memo.id()).isPresent()) {
                tx.memos().update(memo);
            } else {
                tx.memos().restore(memo);
            }
            return null;
        });
    }

    /** Every memo of the project and every segment's own memo, newest first, each named by what it is on. */
    public List<MemoView> list() {
        return store.read(tx -> {
            Names names = new Names(tx);
            List<MemoView> views = new ArrayList<>();
            for (Memo m : tx.memos().all()) {
                views.add(names.view(m));
            }
            for (Segment s : tx.segments().all()) {
                if (s.memo() != null && !s.memo().isBlank()) {
                    views.add(new MemoView(null, MemoTarget.SEGMENT, names.segment(s), "Memo", s.memo(),
                            names.coder(s.coderId()), s.createdAt(), s.documentId(), s.id(), s.start(), s.end()));
                }
            }
            views.sort(Comparator.comparing(MemoView::updatedAt).reversed());
            return views;
        });
    }

    /** Names of documents, codes, participants and coders, read once for a listing. */
    private static final class Names {
        private final Tx tx;
        private final Map<Long, String> documents = new HashMap<>();
        private final Map<Long, ParticipantTable.Row> participants = new HashMap<>();
        private final Map<Long, String> coders = new HashMap<>();
        private final CodeTree codes;

        Names(Tx tx) {
            this.tx = tx;
            for (Document d : tx.documents().listWithoutText()) {
                documents.put(d.id(), d.name());
            }
            tx.participants().all().forEach(p -> participants.put(p.id(), p));
            for (Coder c : tx.coders().all()) {
                coders.put(c.id(), c.name());
            }
            codes = Codebook.tree(tx);
        }

        MemoView view(Memo m) {
            Long targetId = m.targetId();
            return switch (m.target()) {
                case PROJECT -> new MemoView(m, m.target(), "the project", m.title(), m.text(), null, m.updatedAt(),
                        null, null, 0, 0);
                case DOCUMENT -> new MemoView(m, m.target(), documents.getOrDefault(targetId, "a removed document"),
                        m.title(), m.text(), null, m.updatedAt(), targetId, null, 0, 0);
                case CODE -> new MemoView(m, m.target(), codes.find(targetId).isPresent() ? codes.path(targetId)
                        : "a deleted code", m.title(), m.text(), null, m.updatedAt(), null, null, 0, 0);
                case PARTICIPANT -> new MemoView(m, m.target(), participant(targetId), m.title(), m.text(), null,
                        m.updatedAt(), null, null, 0, 0);
                case SEGMENT -> tx.segments().find(targetId)
                        .map(s -> new MemoView(m, m.target(), segment(s), m.title(), m.text(), null, m.updatedAt(),
                                s.documentId(), s.id(), s.start(), s.end()))
                        .orElseGet(() -> new MemoView(m, m.target(), "a removed segment", m.title(), m.text(), null,
                                m.updatedAt(), null, targetId, 0, 0));
            };
        }

        private String participant(Long id) {
            ParticipantTable.Row p = participants.get(id);
            if (p == null) {
                return "a removed participant";
            }
            return p.name() == null || p.name().isBlank() ? p.key() : p.key() + " (" + p.name() + ")";
        }

        String segment(Segment s) {
            String words = s.text().replaceAll("\\s+", " ").strip();
            if (words.length() > EXCERPT) {
                words = words.substring(0, EXCERPT - 1) + "…";
            }
            String code = codes.find(s.codeId()).isPresent() ? codes.path(s.codeId()) : "?";
            return code + " in " + documents.getOrDefault(s.documentId(), "?") + ": “" + words + "”";
        }

        String coder(long id) {
            return coders.get(id);
        }
    }
}
