package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;

/** Scripts that run commands side by side: a command waits for a busy project instead of failing. */
class CliWaitTest {
    @TempDir
    Path dir;

    private Path projectWithOneInterview() throws Exception {
        Path project = dir.resolve("study.verbatim");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Interviewer: Question ").append(i).append("?\n\nAnna: Answer number ").append(i).append(".\n\n");
        }
        Path transcript = Files.writeString(dir.resolve("interview.txt"), text, StandardCharsets.UTF_8);
        assertThat(Cli.run("new", project).exit()).isZero();
        assertThat(Cli.run("import", project, transcript).exit()).isZero();
        return project;
    }

    @Test
    void twoLoopsOfCodingCommandsStartedTogetherAllComplete() throws Exception {
        Path project = projectWithOneInterview();
        ExecutorService loops = Executors.newFixedThreadPool(2);
        List<Future<List<Cli.Result>>> results = new ArrayList<>();
        for (int loop = 0; loop < 2; loop++) {
            int first = loop * 20;
            results.add(loops.submit(() -> {
                List<Cli.Result> ran = new ArrayList<>();
                for (int i = first; i < first + 20; i++) {
                    ran.add(Cli.run("code", project, "interview", "--code", "Answers", "--quote", "Answer number " + i + ".",
                            "--coder", "anna"));
                }
                return ran;
            }));
        }
        loops.shutdown();
        assertThat(loops.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        for (Future<List<Cli.Result>> loop : results) {
            for (Cli.Result r : loop.get()) {
                assertThat(r.exit()).as(r.toString()).isZero();
            }
        }
        try (Project p = Project.open(project)) {
            assertThat(p.segments(SegmentFilter.ALL)).hasSize(40);
        }
    }

    @Test
    void aCommandWaitsWhileTheProjectIsBusyAndSaysSo() throws Exception {
        Path project = projectWithOneInterview();
        Project busy = Project.open(project);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            busy.close();
        });
        release.start();

        Cli.Result r = Cli.run("docs", project, "--format", "csv", "--wait", "20");
        release.join();

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.errLines()).containsExactly("Project study.verbatim is open in another Verbatim window or process;"
                + " waiting up to 20 s for it (--wait SECONDS)");
        assertThat(r.out()).contains("interview.txt");
    }

    @Test
    void aProjectStillBusyAfterTheWaitIsRefusedWithWhatToDo() throws Exception {
        Path project = projectWithOneInterview();
        try (Project busy = Project.open(project)) {
            Cli.Result r = Cli.run("codes", project, "--wait", "1");

            assertThat(r.exit()).isNotZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly(
                    "Project study.verbatim is open in another Verbatim window or process; waiting up to 1 s for it"
                            + " (--wait SECONDS)",
                    "verbatim: Project study.verbatim is still open in another Verbatim window or process after waiting"
                            + " 1 s: close it there (a window keeps its project open until you close the project or the"
                            + " window), or run the command again with a longer --wait");
        }
    }

    @Test
    void aNegativeWaitIsRefused() throws Exception {
        Path project = projectWithOneInterview();
        Cli.Result r = Cli.run("docs", project, "--wait", "-1");

        assertThat(r.exit()).isNotZero();
        assertThat(r.errLines()).containsExactly("verbatim: --wait takes a number of seconds, 0 or more (not -1)");
    }
}
