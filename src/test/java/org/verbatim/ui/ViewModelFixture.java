package org.verbatim.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;

/** A real project in a temporary folder with two small transcripts, opened in a session on an immediate background. */
final class ViewModelFixture implements AutoCloseable {
    static final String INTERVIEW = """
            Interviewer: Tell me about your work in Tomsk.
            Anna K.: I coordinate youth exchanges with partners in China and Finland. China invests where Moscow does not.
            Interviewer: And the Foreign Ministry?
            Anna K.: They said there were no vacancies. I don't believe it.
            """;

    final Project project;
    final ImmediateBackground background = new ImmediateBackground();
    final Session session;

    ViewModelFixture(Path dir) throws IOException {
        project = Project.create(dir.resolve("study.verbatim"));
        Path files = Files.createDirectories(dir.resolve("in"));
        Files.writeString(files.resolve("tomsk-01.txt"), INTERVIEW);
        Files.writeString(files.resolve("petrozavodsk-01.txt"), "Interviewer: Hello.\nOleg P.: Finland is next door.\n");
        project.importFiles(ImportRequest.of(files.resolve("tomsk-01.txt")), Progress.NONE);
        project.setDocumentAttribute("tomsk-01.txt", "city", "Tomsk");
        project.importFiles(ImportRequest.of(files.resolve("petrozavodsk-01.txt")), Progress.NONE);
        project.setDocumentAttribute("petrozavodsk-01.txt", "city", "Petrozavodsk");
        project.addCode("China/Partner", "#2CA02C", null, "Ctrl+1");
        session = new Session(project, background, () -> "anna");
    }

    long documentId(String name) {
        return project.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The offsets of {@code quote} in the interview. */
    static TextRange rangeOf(String quote) {
        int at = INTERVIEW.indexOf(quote);
        return new TextRange(at, at + quote.length());
    }

    @Override
    public void close() {
        project.close();
    }
}
