package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences survive a restart, are written whole, and a damaged file falls back to the defaults. */
class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void changesAreSavedAfterAQuietPeriodAndReadBackByTheNextStart() throws Exception {
        Path file = dir.resolve("preferences.json");
        PreferencesStore store = new PreferencesStore(file, 50);
        store.update(p -> p.opened("/data/a.verbatim"));
        store.update(p -> p.opened("/data/b.verbatim").withTheme(Preferences.DARK).withDividers(List.of(0.3, 0.7, 0.4)));
        store.update(p -> p.withWindow(1600, 900, false).withFontSize(16).withCoder("anna"));
        // Saved once the changes stop (a save may also happen in between on a slow machine).
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.exists(file) && "anna".equals(new PreferencesStore(file, 50).get().coder()));

        Preferences read = new PreferencesStore(file, 50).get();
        assertThat(read.recentProjects()).containsExactly("/data/b.verbatim", "/data/a.verbatim");
        assertThat(read.lastProject()).isEqualTo("/data/b.verbatim");
        assertThat(read.theme()).isEqualTo(Preferences.DARK);
        assertThat(read.dividers()).containsExactly(0.3, 0.7, 0.4);
        assertThat(read.width()).isEqualTo(1600);
        assertThat(read.fontSize()).isEqualTo(16);
        assertThat(read.coder()).isEqualTo("anna");
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("preferences.json");
    }

    @Test
    void recentProjectsAreUniqueNewestFirstAndLimited() {
        Preferences p = Preferences.defaults();
        for (int i = 0; i < 12; i++) {
            p = p.opened("/p" + i);
        }
        p = p.opened("/p5");
        assertThat(p.recentProjects()).hasSize(Preferences.RECENT_LIMIT).startsWith("/p5", "/p11", "/p10");
        assertThat(p.closed().lastProject()).isNull();
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("preferences.json"), "{ not json");
        Preferences read = new PreferencesStore(file, 50).get();
        assertThat(read.theme()).isEqualTo(Preferences.LIGHT);
        assertThat(read.recentProjects()).isEmpty();
    }

    @Test
    void flushWritesAPendingChangeAtOnce() {
        Path file = dir.resolve("preferences.json");
        PreferencesStore store = new PreferencesStore(file, 60_000);
        store.update(p -> p.withCoder("boris"));
        store.flush();
        assertThat(new PreferencesStore(file, 50).get().coder()).isEqualTo("boris");
    }
}
