package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.exchange.CsvTable;

/**
 * The built-in sample study builds from the application's own resources, complete and coded, and
 * shows the differences between the cities that the study it follows reports.
 */
class SampleStudyTest {
    static final String NNV = "Nizhny Novgorod";
    static final String TOM = "Tomsk";
    static final String PTZ = "Petrozavodsk";

    @TempDir
    static Path dir;

    static SampleStudy.Built built;
    static Project project;

    @BeforeAll
    static void buildTheSampleStudy() {
        built = SampleStudy.build(dir.resolve("Sample study.verbatim"), Progress.NONE);
        project = Project.open(built.folder());
    }

    @AfterAll
    static void closeIt() {
        project.close();
    }

    @Test
    void buildsEveryTranscriptParticipantCodeAndSpeakerMapping() {
        assertThat(built.documents()).isEqualTo(21);
        assertThat(built.participants()).isEqualTo(51);
        assertThat(built.codes()).isEqualTo(69);
        assertThat(built.speakersMapped()).isEqualTo(66);
        assertThat(project.documents()).extracting(d -> d.attributes().get("city")).containsOnly(NNV, TOM, PTZ);
        assertThat(project.codes()).filteredOn(c -> c.path().equals("Threats / China / Partner in development"))
                .singleElement().satisfies(c -> assertThat(c.code().description()).startsWith("Definition: "));
        assertThat(project.check().ok()).isTrue();
    }

    @Test
    void everySpeakerInEveryTranscriptMapsToAParticipant() {
        assertThat(built.unmapped()).isEmpty();
        assertThat(project.speakers(null)).hasSize(66).allSatisfy(s -> assertThat(s.participant())
                .as("%s: %s", s.document(), s.speaker()).isNotNull());
    }

    @Test
    void everyQuotedSegmentIsCodedExactlyWhereTheCodingsFileMeansAndNothingElse() {
        CsvTable sheet = CsvTable.read(ProjectFixtures.SAMPLE.resolve("codings.csv"));
        int document = sheet.column("document");
        int code = sheet.column("code");
        int quote = sheet.column("quote");
        int occurrence = sheet.column("occurrence");
        int coder = sheet.column("coder");
        Set<String> expected = new HashSet<>();
        for (List<String> row : sheet.rows()) {
            String text = project.document(row.get(document)).text();
            int n = row.get(occurrence).isEmpty() ? 1 : Integer.parseInt(row.get(occurrence));
            int start = -1;
            for (int i = 0; i < n; i++) {
                start = text.indexOf(row.get(quote), start + 1);
            }
            assertThat(start).as("%s: %s", row.get(document), row.get(quote)).isNotNegative();
            expected.add(key(row.get(document), String.join(CodeTree.SEPARATOR, CodeTree.parse(row.get(code))),
                    row.get(coder), start, start + row.get(quote).length()));
        }

        Set<String> coded = project.segments(SegmentFilter.ALL).stream()
                .map(s -> key(s.document(), s.code(), s.coder(), s.start(), s.end())).collect(Collectors.toSet());

        assertThat(built.segments()).isEqualTo(sheet.rows().size());
        assertThat(coded).isEqualTo(expected);
    }

    @Test
    void everyDocumentIsCodedAndASecondCoderCodedFourIncludingAFocusGroup() {
        Map<String, Set<String>> documentsByCoder = project.segments(SegmentFilter.ALL).stream().collect(
                Collectors.groupingBy(SegmentView::coder, Collectors.mapping(SegmentView::document, Collectors.toSet())));

        assertThat(documentsByCoder.keySet()).containsExactlyInAnyOrder("elena", "pavel");
        assertThat(documentsByCoder.get("elena")).hasSize(21);
        assertThat(documentsByCoder.get("pavel")).hasSizeGreaterThanOrEqualTo(4).contains("TOM-focus-group.txt");
    }

    @Test
    void theTwoCodersAgreeCloselyButNotPerfectlyOnTheDocumentsBothCoded() {
        AgreementReport report = project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN, List.of(), List.of());

        assertThat(report.documents()).containsExactlyInAnyOrder("NNV-semi-02.txt", "PTZ-indepth-01.txt",
                "TOM-focus-group.txt", "TOM-semi-04.txt");
        assertThat(report.overall().percentAgreement()).isLessThan(100.0);
        assertThat(report.overall().kappa()).isStrictlyBetween(0.6, 1.0);
    }

    @Test
    void chinaIsAMigrationThreatInNizhnyNovgorodAndAPartnerInTomsk() {
        Map<String, Long> threat = perCity("Threats/China/Threat of migration");
        Map<String, Long> partner = perCity("Threats/China/Partner in development");

        assertThat(threat.get(NNV)).isGreaterThan(threat.getOrDefault(TOM, 0L)).isGreaterThan(threat.getOrDefault(PTZ, 0L));
        assertThat(partner.get(TOM)).isGreaterThan(partner.getOrDefault(NNV, 0L)).isGreaterThan(partner.getOrDefault(PTZ, 0L));
    }

    @Test
    void karelianCrossBorderCooperationIsAPetrozavodskTheme() {
        for (String code : List.of("Regional capacity/Karelia", "Regional capacity/CBSS and Barents",
                "Sovereignty and globalisation/Cross-border cooperation")) {
            Map<String, Long> counts = perCity(code);
            assertThat(counts.get(PTZ)).as(code + " " + counts).isGreaterThan(counts.getOrDefault(NNV, 0L))
                    .isGreaterThan(counts.getOrDefault(TOM, 0L));
        }
    }

    @Test
    void theFindingsSharedByAllThreeCitiesAreCodedInEach() {
        for (String code : List.of("CIS and the near abroad", "Civilisational mission/Mission rejected",
                "Diplomatic service/Clan-like", "Image of Russia abroad", "Threats/Internal threats", "Threats/NATO")) {
            assertThat(perCity(code)).as(code).containsKeys(NNV, TOM, PTZ);
        }
    }

    @Test
    void neverBuildsIntoAFolderThatIsAlreadyThereAndLeavesItAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine.verbatim"));
        Path precious = Files.writeString(folder.resolve("notes.txt"), "my notes");

        assertThatThrownBy(() -> SampleStudy.build(folder, Progress.NONE)).isInstanceOf(ProjectException.class);
        assertThat(precious).hasContent("my notes");
    }

    /** The first coder's segments of a code (with its sub-codes), counted by the city of their document. */
    private static Map<String, Long> perCity(String code) {
        return project.segments(new SegmentFilter(code, Map.of(), "elena", List.of())).stream().collect(
                Collectors.groupingBy(s -> s.documentAttributes().get("city"), TreeMap::new, Collectors.counting()));
    }

    private static String key(String document, String code, String coder, int start, int end) {
        return document + " | " + code + " | " + coder + " | " + start + ":" + end;
    }
}
