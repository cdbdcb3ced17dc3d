package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file made before the schema's first migration was rewritten to run on PostgreSQL
 * too (decision 5) opens, keeps its data and takes new changes.
 */
class LegacyProjectTest {
    @TempDir
    Path dir;

    @Test
    void aProjectMadeBeforeThePortableSchemaOpensAndTakesChanges() throws Exception {
        Path folder = unzip("/legacy/schema-v2-project.zip").resolve("legacy.verbatim");

        try (Project p = Project.open(folder)) {
            assertThat(p.segments(SegmentFilter.ALL)).singleElement().satisfies(s -> {
                assertThat(s.code()).isEqualTo("Trust / Institutions");
                assertThat(s.start()).isEqualTo(10);
                assertThat(s.coder()).isEqualTo("root");
            });
            assertThat(p.memos()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Made before team projects"));
            assertThat(p.check().problems()).isEmpty();

            TurnView turn = p.document("TOM-focus-group.txt").turns().get(3);
            p.code(CodingRequest.range("TOM-focus-group.txt", "Trust/Media", turn.start(), turn.end(), "vera"));
            assertThat(p.search(SearchQuery.of("code:\"Trust/Media\""), Progress.NONE).turns()).isEqualTo(1);
        }
        try (Project p = Project.open(folder)) {
            assertThat(p.segments(SegmentFilter.ALL)).hasSize(2);
        }
    }

    private Path unzip(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        return dir;
    }
}
