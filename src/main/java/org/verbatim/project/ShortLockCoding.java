package org.verbatim.project;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.store.DocumentTable;
import org.verbatim.store.Tx;

/**
 * One coding on a team project, with the writers' lock held as briefly as it can be: the
 * document, the code and the coder are read first; the lock is taken in the same statement that
 * writes the change feed's row, and the insert itself checks that nobody changed what was read
 * meanwhile. Eight coders coding at once each wait for the others' two statements and commit,
 * not for their reads. When something did change, or the code or coder is new, the
 * coding is made as under the lock throughout ({@link Coding#make}); on a project file the
 * lock is always taken first, and so is that.
 */
final class ShortLockCoding {
    private ShortLockCoding() {
    }

    static Coding.Made make(Tx tx, IndexChanges changes, CodingRequest request) {
        if (tx.lockedFromStart()) {
            return Coding.make(tx, changes, request);
        }
        // The text and the stamp it is checked by, read in one statement: read apart, a correction
        // committed in between would pass the check with offsets taken from the older text.
        Optional<DocumentTable.Stamped> read = tx.documents().findStamped(DocumentRefs.resolve(tx, request.document()).id());
        Optional<Code> code = existing(tx, request.codePath());
        Optional<Coder> coder = tx.coders().find(tx.coderOr(request.coder()));
        if (read.isEmpty() || code.isEmpty() || coder.isEmpty()) {
            tx.lockForWriting();
            return Coding.make(tx, changes, request);
        }
        Document d = read.get().document();
        Coding.Made made = Coding.toMake(d, Passages.rangeOf(d, request), code.get().id(), coder.get(), request, List.of());
        Segment s = made.segment();
        tx.touched().documents(List.of(d.id()));
        tx.lockRecording();
        OptionalLong id = tx.segments().insertIfStillNew(read.get().stamp(), d.id(), s.codeId(), s.coderId(), s.start(),
                s.end(), s.text(), s.memo(), s.createdAt());
        if (id.isEmpty()) {
            // Read again under the lock: it reports an "already coded" or a vanished document as ever.
            return Coding.make(tx, changes, request);
        }
        changes.document(d.id());
        return made.withId(id.getAsLong());
    }

    /** The code at {@code path}, if every level of it exists already. */
    private static Optional<Code> existing(Tx tx, String path) {
        Long parent = null;
        Optional<Code> code = Optional.empty();
        for (String name : CodeTree.parse(path)) {
            code = tx.codes().child(parent, name);
            if (code.isEmpty()) {
                return code;
            }
            parent = code.get().id();
        }
        return code;
    }
}
