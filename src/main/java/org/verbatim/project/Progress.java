package org.verbatim.project;

/**
 * Receives progress of long work and answers whether to stop. The GUI binds it to a progress
 * bar with a Cancel button; the command line prints it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();
}
