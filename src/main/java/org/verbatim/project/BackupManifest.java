package org.verbatim.project;

import java.time.Instant;

/**
 * What a backup file says of itself: the project it was made of, when, the project's generation
 * then (-1 when not recorded), and how many originals it holds.
 */
public record BackupManifest(String project, Instant created, long generation, int originals) {
}
