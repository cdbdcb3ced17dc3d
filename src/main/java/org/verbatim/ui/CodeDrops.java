package org.verbatim.ui;

/**
 * What dropping does in the coding workspace: a transcript selection dropped on a code (or a
 * code dropped on the selection) codes the selection with it; a code dropped on another code
 * moves under it, or with Ctrl held merges into it.
 */
public final class CodeDrops {
    private final CodebookViewModel codebook;
    private final CodingViewModel coding;

    public CodeDrops(CodebookViewModel codebook, CodingViewModel coding) {
        this.codebook = codebook;
        this.coding = coding;
    }

    /** The selected passage and the code at {@code codePath} met by a drag: the passage is coded with it. */
    public void passageAndCode(String codePath) {
        coding.codeSelection(codePath);
    }

    /**
     * The code at {@code source} dropped on the code at {@code target}: merged into it when
     * {@code merge}, else moved under it. A code dropped back on itself changes nothing (returns
     * false); one dropped on its own sub-code is refused by the project, which says why.
     */
    public boolean codeOnCode(String source, String target, boolean merge) {
        if (source.equals(target)) {
            return false;
        }
        if (merge) {
            codebook.merge(source, target);
        } else {
            codebook.move(source, target);
        }
        return true;
    }
}
