package org.verbatim.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A study small enough to count by hand, for the analysis tests. Four participants in two
 * cities; a focus group in which a segment spans Boris's and Vera's turns and another overlaps
 * it; Anna speaks in the focus group and in her own interview; Gleb says nothing coded; the
 * moderator and interviewers are not participants.
 *
 * <pre>
 * segment  document   code             speakers       words                       coder
 * s1       focus      China/Partner    Anna           China invests in our region (5)   anna
 * s2       focus      China/Threat     Boris + Vera   China buys … forests (5 + 4)      anna
 * s3       focus      China/Partner    Vera           the forests … roads too (7)       anna
 * s4       anna       China/Partner    Anna           China is a neighbour (4)          anna
 * s5       anna       China/Partner    Anna           China trades with us (4)          anna
 * s6       anna       Europe           Anna           Europe is far away (4)            boris
 * </pre>
 * Spoken words: focus 27 (6 + 5 + 5 + 9 + 2), anna 16 (4 + 12), gleb 5 (2 + 3): 48 in all.
 */
public final class HandMadeStudy {
    static final String FOCUS = """
            Moderator: What do you think of China?
            Anna: China invests in our region.
            Boris: China buys our timber cheaply.
            Vera: They take the forests. But they build roads too.
            Moderator: Thank you.
            """;
    static final String ANNA = """
            Interviewer: Tell me about China.
            Anna: China is a neighbour. China trades with us. Europe is far away.
            """;
    static final String GLEB = """
            Interviewer: Anything else?
            Gleb: Nothing to add.
            """;
    static final String PEOPLE = """
            id,name,city,age,gender
            P1,Anna,Tomsk,23,female
            P2,Boris,Tomsk,31,male
            P3,Vera,Petrozavodsk,27,female
            P4,Gleb,Petrozavodsk,45,male
            """;

    private HandMadeStudy() {
    }

    /** Creates the study as {@code dir/hand.verbatim} and returns its folder (closed). */
    public static Path create(Path dir) throws IOException {
        Path folder = dir.resolve("hand.verbatim");
        try (Project p = Project.create(folder)) {
            p.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
            importOne(p, dir, "focus.txt", FOCUS, "focus group");
            importOne(p, dir, "anna.txt", ANNA, "in-depth");
            importOne(p, dir, "gleb.txt", GLEB, "in-depth");
            for (String code : List.of("China", "China/Partner", "China/Threat", "Europe", "Work")) {
                p.addCode(code, null, null, null);
            }
            String focus = p.document("focus.txt").text();
            quote(p, "focus.txt", "China/Partner", "China invests in our region", "anna");
            int s2 = at(focus, "China buys");
            p.code(CodingRequest.range("focus.txt", "China/Threat", s2, at(focus, "forests") + "forests".length(), "anna"));
            quote(p, "focus.txt", "China/Partner", "the forests. But they build roads too", "anna");
            quote(p, "anna.txt", "China/Partner", "China is a neighbour", "anna");
            quote(p, "anna.txt", "China/Partner", "China trades with us", "anna");
            quote(p, "anna.txt", "Europe", "Europe is far away", "boris");
        }
        return folder;
    }

    private static void importOne(Project p, Path dir, String name, String text, String format) throws IOException {
        p.importFiles(new ImportRequest(List.of(write(dir, name, text)), Map.of("format", format), null, null, null),
                Progress.NONE);
    }

    private static void quote(Project p, String document, String code, String quote, String coder) {
        p.code(CodingRequest.quote(document, code, quote, coder));
    }

    private static int at(String text, String passage) {
        int i = text.indexOf(passage);
        if (i < 0 || text.indexOf(passage, i + 1) >= 0) {
            throw new IllegalArgumentException("'" + passage + "' must occur exactly once");
        }
        return i;
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
