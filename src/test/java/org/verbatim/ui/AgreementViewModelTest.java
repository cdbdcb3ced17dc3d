package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.project.AgreementUnit;
import org.verbatim.project.CodingDifference;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;

/**
 * The Agreement view's figures against what {@code verbatim agreement} prints for the same
 * choices, overall and document by document; the passages where two coders differ; and a
 * project with one coder, which says how to get a second.
 */
class AgreementViewModelTest {
    static final String FOCUS = """
            Moderator: What do you think of Europe?
            Anna: Europe is a partner for us, really.
            Boris: Europe is distant, and America is further.
            Moderator: Thank you both.
            """;
    static final String TALK = """
            Interviewer: And China?
            Oleg: China invests where Moscow does not.
            Interviewer: Anything else?
            Oleg: Finland is next door.
            """;

    @TempDir
    Path dir;

    private Path twoCoders() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path in = Files.createDirectories(dir.resolve("in"));
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(Files.writeString(in.resolve("focus.txt"), FOCUS)), Progress.NONE);
            p.importFiles(ImportRequest.of(Files.writeString(in.resolve("talk.txt"), TALK)), Progress.NONE);
            p.code(CodingRequest.quote("focus.txt", "West/Europe", "Europe is a partner for us, really.", "elena"));
            p.code(CodingRequest.quote("focus.txt", "West/Europe", "Europe is distant", "elena"));
            p.code(CodingRequest.quote("talk.txt", "China", "China invests where Moscow does not.", "elena"));
            p.code(CodingRequest.quote("focus.txt", "West/Europe", "Europe is a partner for us", "pavel"));
            p.code(CodingRequest.quote("focus.txt", "West/America", "America is further.", "pavel"));
            p.code(CodingRequest.quote("talk.txt", "China", "China invests where Moscow does not.", "pavel"));
            p.code(CodingRequest.quote("talk.txt", "West/Europe", "Finland is next door.", "pavel"));
        }
        return folder;
    }

    /** The rows {@code verbatim agreement --format csv} prints: code, units, both, only A, only B, agreement, kappa, alpha. */
    private static List<List<String>> printed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = VerbatimCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        List<List<String>> rows = new ArrayList<>();
        // No field of these projects holds a comma or a quote: the quotes a spreadsheet might want are dropped.
        List<String> lines = out.toString().replace("\"", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("code,units,both,firstOnly,secondOnly,neither,agreement%,kappa,fleissKappa,alpha");
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            rows.add(List.of(c[0], c[1], c[2], c[3], c[4], c[6], c[7], c[9]));
        }
        return rows;
    }

    /** The same columns as the view shows them; the command line leaves blank what the view marks with a dash. */
    private static List<String> shown(org.verbatim.project.AgreementRow r) {
        return List.of(r.code(), String.valueOf(r.units()), AgreementViewModel.count(r.both()),
                AgreementViewModel.count(r.firstOnly()), AgreementViewModel.count(r.secondOnly()),
                AgreementViewModel.percent(r.percentAgreement()), AgreementViewModel.coefficient(r.kappa()),
                AgreementViewModel.coefficient(r.alpha())).stream().map(s -> s.equals("—") ? "" : s).toList();
    }

    private static AgreementViewModel opened(Session session) {
        AgreementViewModel model = new AgreementViewModel(session);
        model.showing().set(true);
        return model;
    }

    @Test
    void everyRowEqualsWhatTheCommandLinePrintsOverallAndPerDocument() throws Exception {
        Path folder = twoCoders();
        List<List<String>> overall = printed("agreement", folder.toString(), "--coders", "elena,pavel", "--format", "csv");
        List<List<String>> byCharacter = printed("agreement", folder.toString(), "--coders", "elena,pavel", "--unit",
                "character", "--format", "csv");
        List<List<String>> focus = printed("agreement", folder.toString(), "--coders", "elena,pavel", "--document",
                "focus.txt", "--format", "csv");
        List<List<String>> westInTalk = printed("agreement", folder.toString(), "--coders", "elena,pavel", "--document",
                "talk.txt", "--codes", "West", "--format", "csv");

        try (Project project = Project.open(folder)) {
            Session session = new Session(project, new ImmediateBackground(), () -> "elena");
            AgreementViewModel model = opened(session);

            assertThat(model.coders()).containsExactlyInAnyOrder("elena", "pavel");
            assertThat(model.first().get()).isNotEqualTo(model.second().get());
            model.first().set("elena");
            model.second().set("pavel");
            assertThat(model.rows().stream().map(r -> shown(r.figures())).toList()).isEqualTo(overall);
            assertThat(overall).extracting(r -> r.get(0)).contains("West / Europe", "China", "(all codes)");
            assertThat(model.rows().get(model.rows().size() - 1).kind()).isEqualTo(AgreementViewModel.Kind.OVERALL);

            // Each document on its own, as --document gives it: the chosen row, document by document.
            AgreementViewModel.Row europe = row(model, "West / Europe");
            model.selected().set(europe);
            AgreementViewModel.DocumentRow inFocus = model.byDocument().stream()
                    .filter(d -> d.document().equals("focus.txt")).findFirst().orElseThrow();
            assertThat(shown(inFocus.figures())).isEqualTo(focus.stream()
                    .filter(r -> r.get(0).equals("West / Europe")).findFirst().orElseThrow());
            assertThat(model.byDocument()).extracting(AgreementViewModel.DocumentRow::document)
                    .containsExactly("focus.txt", "talk.txt");

            model.unit().set(AgreementUnit.CHARACTER);
            assertThat(model.rows().stream().map(r -> shown(r.figures())).toList()).isEqualTo(byCharacter);

            model.unit().set(AgreementUnit.TURN);
            model.code().set("West");
            model.document().set("talk.txt");
            assertThat(model.rows().stream().map(r -> shown(r.figures())).toList()).isEqualTo(westInTalk);
        }
    }

    @Test
    void theChosenCodesPassagesWhereTheCodersDifferAreListedSideBySide() throws Exception {
        Path folder = twoCoders();
        try (Project project = Project.open(folder)) {
            AgreementViewModel model = opened(new Session(project, new ImmediateBackground(), () -> "elena"));
            model.first().set("elena");
            model.second().set("pavel");

            model.selected().set(row(model, "West / Europe"));

            assertThat(model.differences()).extracting(CodingDifference::document, CodingDifference::speaker,
                    CodingDifference::kind, CodingDifference::first, CodingDifference::second).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("focus.txt", "Anna", CodingDifference.Kind.DIFFERENT_BOUNDS,
                            "Europe is a partner for us, really.", "Europe is a partner for us"),
                    org.assertj.core.groups.Tuple.tuple("focus.txt", "Boris", CodingDifference.Kind.FIRST_ONLY,
                            "Europe is distant", ""),
                    org.assertj.core.groups.Tuple.tuple("talk.txt", "Oleg", CodingDifference.Kind.SECOND_ONLY,
                            "", "Finland is next door."));
            CodingDifference bounds = model.differences().get(0);
            assertThat(FOCUS.substring(bounds.start(), bounds.end())).isEqualTo("Europe is a partner for us, really.");

            // Both coded China alike: no passage differs.
            model.selected().set(row(model, "China"));
            assertThat(model.differences()).isEmpty();

            // Over all codes: every code's differing passages, America's among them.
            model.selected().set(model.rows().get(model.rows().size() - 1));
            assertThat(model.differences()).extracting(CodingDifference::code)
                    .containsExactlyInAnyOrder("West / Europe", "West / Europe", "West / America", "West / Europe");
        }
    }

    @Test
    void withOneCoderTheViewSaysSoAndHowToGetASecond() throws Exception {
        Path folder = dir.resolve("solo.verbatim");
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(Files.writeString(dir.resolve("talk.txt"), TALK)), Progress.NONE);
            p.code(CodingRequest.quote("talk.txt", "China", "China invests", "elena"));
            AgreementViewModel model = opened(new Session(p, new ImmediateBackground(), () -> "elena"));

            assertThat(model.shown().get()).isNull();
            assertThat(model.rows()).isEmpty();
            assertThat(model.why().get()).startsWith("Agreement compares two coders, and only elena has coded in this"
                    + " project.").contains("Edit → Coder name…", "File → Merge project…", "--as-coder NAME");
        }
    }

    private static AgreementViewModel.Row row(AgreementViewModel model, String code) {
        return model.rows().stream().filter(r -> r.figures().code().equals(code)).findFirst().orElseThrow();
    }
}
