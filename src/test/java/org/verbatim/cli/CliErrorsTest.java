package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.ok;
import static org.verbatim.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.project.Project;
import picocli.CommandLine;

/**
 * Mistakes a user makes at the command line: each is one line on standard error starting with
 * {@code verbatim: }, nothing on standard output, a non-zero exit, and the project unchanged.
 */
class CliErrorsTest {
    private static final String TRANSCRIPT = """
            Interviewer: How is Russia seen abroad?
            Anna: Like a bear. A big bear, not very friendly.
            Interviewer: And at home?
            Anna: At home the bear is loved.
            """;

    @TempDir
    static Path dir;

    private static Path project;
    private static Path transcript;
    private static int textLength;

    @BeforeAll
    static void projectWithOneCodedInterview() throws IOException {
        project = dir.resolve("study.verbatim");
        transcript = Files.writeString(dir.resolve("interview.txt"), TRANSCRIPT, StandardCharsets.UTF_8);
        ok("new", project);
        ok("import", project, transcript);
        ok("code", project, "interview", "--code", "Bear", "--quote", "Like a bear", "--coder", "anna");
        textLength = ok("show", project, "interview", "--text").out().length();
    }

    /** A case: what the user typed ({P} is the project, {D} the temporary folder, {F} the transcript) and the one line expected. */
    private static Arguments error(String typed, String expected) {
        return Arguments.of(typed, expected);
    }

    private static String expand(String s) {
        return s.replace("{P}", project.toString()).replace("{D}", dir.toString()).replace("{F}", transcript.toString())
                .replace("{N}", String.valueOf(textLength));
    }

    private static String[] args(String typed) {
        // Arguments are separated by " | " so that values may contain spaces.
        return typed.split(" \\| ");
    }

    static Stream<Arguments> userErrors() {
        String noProject = "verbatim: No Verbatim project at {D}/absent.verbatim (expected a folder NAME.verbatim with"
                + " project.mv.db; create one with: verbatim new {D}/absent.verbatim)";
        String outside = "verbatim: The range %s is outside interview.txt or empty (the text has {N} characters;"
                + " a range is start:end with start < end)";
        return Stream.of(
                error("docs | {D}/absent.verbatim", noProject),
                error("show | {D}/absent.verbatim | 1", noProject),
                error("codes | {D}/absent.verbatim", noProject),
                error("codes | add | {D}/absent.verbatim | Bear", noProject),
                error("export | excerpts | {D}/absent.verbatim | --out | {D}/x.csv", noProject),
                error("docs | {D}", "verbatim: No Verbatim project at {D} (expected a folder NAME.verbatim with"
                        + " project.mv.db; create one with: verbatim new {D})"),
                error("show | {P} | nosuch", "verbatim: There is no document 'nosuch' in the project (see: verbatim docs)"),
                error("code | {P} | 42 | --code | Bear | --range | 0:5",
                        "verbatim: There is no document '42' in the project (see: verbatim docs)"),
                error("segments | {P} | --document | nosuch",
                        "verbatim: There is no document 'nosuch' in the project (see: verbatim docs)"),
                error("segments | {P} | --code | Nope", "verbatim: There is no code 'Nope' in the codebook (see: verbatim codes)"),
                error("segments | {P} | --code | Bear/Cub",
                        "verbatim: There is no code 'Bear / Cub' in the codebook (see: verbatim codes)"),
                error("export | excerpts | {P} | --out | {D}/x.csv | --code | Nope",
                        "verbatim: There is no code 'Nope' in the codebook (see: verbatim codes)"),
                error("code | {P} | interview | --code | Bear | --range | 5-9",
                        "verbatim: --range takes START:END, two whole numbers, not '5-9'"),
                error("code | {P} | interview | --code | Bear | --range | a:b",
                        "verbatim: --range takes START:END, two whole numbers, not 'a:b'"),
                error("code | {P} | interview | --code | Bear | --range | 1:2:3",
                        "verbatim: --range takes START:END, two whole numbers, not '1:2:3'"),
                error("code | {P} | interview | --code | Bear | --range | 5:",
                        "verbatim: --range takes START:END, two whole numbers, not '5:'"),
                error("code | {P} | interview | --code | Bear | --range | 10:5", outside.formatted("10:5")),
                error("code | {P} | interview | --code | Bear | --range | 7:7", outside.formatted("7:7")),
                error("code | {P} | interview | --code | Bear | --range | 0:99999", outside.formatted("0:99999")),
                error("code | {P} | interview | --code | Bear | --range=-1:5", outside.formatted("-1:5")),
                error("code | {P} | interview | --code | Bear | --quote | a wolf",
                        "verbatim: The quote was not found in interview.txt: \"a wolf\""),
                error("code | {P} | interview | --code | Bear | --quote | bear",
                        "verbatim: The quote occurs 3 times in interview.txt; choose one with --occurrence 1..3"),
                error("code | {P} | interview | --code | Bear | --quote | Like a bear | --coder | anna",
                        "verbatim: That passage of interview.txt is already coded with 'Bear' by anna"),
                error("code | {P} | interview | --code | Bear//Cub | --range | 0:5",
                        "verbatim: The code path 'Bear//Cub' has an empty part"),
                error("segments | {P} | --where | city", "verbatim: --where takes ATTR=VALUE, not 'city'"),
                error("segments | {P} | --where | =Tomsk", "verbatim: --where takes ATTR=VALUE, not '=Tomsk'"),
                error("export | excerpts | {P} | --out | {D}/x.csv | --where | city",
                        "verbatim: --where takes ATTR=VALUE, not 'city'"),
                error("import | {P} | {F} | --encoding | klingon",
                        "verbatim: Unknown encoding 'klingon' (try UTF-8, UTF-16, windows-1251 or KOI8-R)"),
                error("import | {P} | {F} | --encoding | ???",
                        "verbatim: Unknown encoding '???' (try UTF-8, UTF-16, windows-1251 or KOI8-R)"),
                error("import | {P} | {F} | --language | de", "verbatim: --language takes en or ru, not 'de'"),
                error("import | {P} | {F} | --language | EN", "verbatim: --language takes en or ru, not 'EN'"),
                error("import | {P} | {F} | --attr | city", "verbatim: --attr takes NAME=VALUE, not 'city'"),
                error("codes | delete | {P} | Bear",
                        "verbatim: The code 'Bear' has 1 segment; deleting it deletes that too. Give --force to do so."),
                error("codes | add | {P} | Bear", "verbatim: The code 'Bear' already exists"),
                error("codes | move | {P} | Bear", "verbatim: Give either NEW_PARENT or --top"),
                error("uncode | {P} | 999", "verbatim: There is no segment 999 (see: verbatim segments)"),
                error("speakers | {P} | --map | Anna=X", "verbatim: --map needs the document: verbatim speakers PROJECT DOC"
                        + " --map LABEL=ID"),
                error("speakers | {P} | interview | --map | Anna=NOBODY", "verbatim: there is no participant with id"
                        + " 'NOBODY' (see: verbatim participants)"),
                error("memos | add | {P} | --on | planet:Mars | hello",
                        "verbatim: --on: a memo can be on a document, code, participant or segment, not 'planet'"),
                error("search | {P} | bear AND", "verbatim: The query ends with 'AND', which needs something after it"),
                error("search | {P} | \"big bear", "verbatim: The query opens a phrase with \" at column 1 and never closes it"),
                error("search | {P} | city:Tomsk", "verbatim: The query names the field 'city', which is neither exact:,"
                        + " speaker:, participant:, document:, code: nor an attribute"),
                error("search | {P} | bear | --where | city=Tomsk",
                        "verbatim: --where names the attribute 'city', which no participant or document has"),
                error("search | {P} | bear | --code | Wolf",
                        "verbatim: There is no code 'Wolf' in the codebook (see: verbatim codes)"),
                error("search | {P} | bear | --unit | turn",
                        "verbatim: --unit, --hits and --coder go with --code-hits PATH, which says what to code the hits with"),
                error("search | {P} | bear | --code-hits | Bear | --unit | paragraph",
                        "verbatim: --unit takes match, sentence or turn, not 'paragraph'"),
                error("search | {P} | bear | --code-hits | Bear | --hits | 1,x",
                        "verbatim: --hits takes hit numbers and ranges such as 1,3,5-7, not '1,x'"),
                error("search | {P} | bear | --code-hits | Bear | --hits | 3-1",
                        "verbatim: --hits takes hit numbers and ranges such as 1,3,5-7, not '3-1'"),
                error("search | {P} | bear | --code-hits | Cub | --hits | 2,7",
                        "verbatim: There is no hit 7: the search has 3 hits"),
                error("search | {P} | bear | --limit | -1",
                        "verbatim: The number of hits to show cannot be negative (-1)"),
                error("new | {P}", "verbatim: Cannot create project {P}: it already exists and is not empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userErrors")
    void userErrorPrintsOneLineOnStandardErrorAndExitsNonZero(String typed, String expected) {
        long before = generation();

        Cli.Result r = run((Object[]) args(expand(typed)));

        assertThat(r.exit()).as(r.toString()).isNotZero();
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.errLines()).as(r.toString()).containsExactly(expand(expected));
        assertThat(generation()).as("the project is unchanged").isEqualTo(before);
    }

    /** Mistakes picocli catches while parsing: one line too, naming the command's help. */
    static Stream<Arguments> parseErrors() {
        return Stream.of(
                error("docs | {P} | --bogus", "verbatim: Unknown option: '--bogus' (see: verbatim docs --help)"),
                error("docs | {P} | --format | xml", "verbatim: Invalid value for option '--format': expected one of"
                        + " [table, csv, json] (case-sensitive) but was 'xml' (see: verbatim docs --help)"),
                error("show | {P}", "verbatim: Missing required parameter: 'DOC' (see: verbatim show --help)"),
                error("docs", "verbatim: Missing required parameter: 'PROJECT' (see: verbatim docs --help)"),
                error("codes | add | {P}", "verbatim: Missing required parameter: 'PATH' (see: verbatim codes add --help)"),
                error("export", "verbatim: Missing required subcommand (see: verbatim export --help)"),
                error("export | excerpts | {P}", "verbatim: Missing required option: '--out=FILE.csv'"
                        + " (see: verbatim export excerpts --help)"),
                error("code | {P} | interview | --code | Bear", "verbatim: Error: Missing required argument (specify one of"
                        + " these): (--range=START:END | --quote=TEXT) (see: verbatim code --help)"),
                error("code | {P} | interview | --code | Bear | --range | 0:5 | --quote | bear",
                        "verbatim: Error: --range=START:END, --quote=TEXT are mutually exclusive (specify only one)"
                                + " (see: verbatim code --help)"),
                error("uncode | {P} | abc", "verbatim: Invalid value for positional parameter at index 1..* (SEGMENT):"
                        + " 'abc' is not a long (see: verbatim uncode --help)"),
                error("frobnicate", "verbatim: Unmatched argument at index 0: 'frobnicate' (see: verbatim --help)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseErrors")
    void mistypedCommandPrintsOneLineOnStandardErrorAndExitsNonZero(String typed, String expected) {
        Cli.Result r = run((Object[]) args(expand(typed)));

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.errLines()).as(r.toString()).containsExactly(expand(expected));
    }

    @Test
    void projectOpenElsewhereIsReportedInOneLine() {
        try (Project open = Project.open(project)) {
            Cli.Result r = run("docs", project, "--wait", "0");

            assertThat(r.exit()).isNotZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly(
                    "verbatim: Project study.verbatim is open in another Verbatim window or process.");
            assertThat(open.documents()).hasSize(1);
        }
    }

    @Test
    void importOfAFolderWithABadFileImportsTheGoodOnesListsTheRefusedAndExitsOne() throws IOException {
        Path p = dir.resolve("refusals.verbatim");
        ok("new", p);
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(folder.resolve("good.txt"), "Interviewer: Hello.\nBoris: Hi there.\n");
        Files.write(folder.resolve("scan.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x13, 0x00, 0x00});
        Files.writeString(folder.resolve("notes.docx"), "this is not a Word file");

        Cli.Result r = run("import", p, folder);

        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly(
                "Imported good.txt as document 1: text, UTF-8, en, 2 turns, 3 words; speakers not yet mapped: Interviewer, Boris",
                "1 imported, 2 refused");
        assertThat(r.errLines()).filteredOn(l -> !l.startsWith("[")).containsExactly(
                "Refused " + folder.resolve("notes.docx") + ": not a Word document: the file is not a ZIP archive",
                "Refused " + folder.resolve("scan.txt") + ": binary data, not a text transcript");
        assertThat(r.errLines()).filteredOn(l -> l.startsWith("[")).containsExactly(
                "[1/3] Importing good.txt", "[2/3] Importing notes.docx", "[3/3] Importing scan.txt");
        // The refused files left no trace.
        assertThat(ok("docs", p, "--format", "json").json()).hasSize(1);
        try (Stream<Path> originals = Files.list(p.resolve("originals"))) {
            assertThat(originals.map(o -> o.getFileName().toString()).toList()).containsExactly("1-good.txt");
        }
    }

    @Test
    void importOfASingleRefusedFileExitsOneAndNamesIt() throws IOException {
        Path p = dir.resolve("single.verbatim");
        ok("new", p);
        Path empty = Files.writeString(dir.resolve("empty.md"), "");

        Cli.Result r = run("import", p, empty);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.outLines()).containsExactly("0 imported, 1 refused");
        assertThat(r.errLines()).containsExactly("[1/1] Importing empty.md", "Refused " + empty + ": the file is empty");
    }

    private static long generation() {
        try (Project p = Project.open(project)) {
            return p.generation();
        }
    }

    // ---- help ------------------------------------------------------------------------------

    /** Every command and subcommand, as the words a user types to reach it. */
    static List<List<String>> commandPaths() {
        List<List<String>> out = new ArrayList<>();
        collect(new CommandLine(new VerbatimCli()), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
        for (var e : command.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            out.add(sub);
            collect(e.getValue(), sub, out);
        }
    }

    @Test
    void everyCommandIsReachedByTheHelpTests() {
        assertThat(commandPaths()).extracting(p -> String.join(" ", p)).contains(
                "new", "import", "docs", "show", "remove", "participants", "speakers", "codes", "codes add", "codes edit",
                "codes rename", "codes move", "codes merge", "codes delete", "code", "uncode", "segments", "export",
                "export excerpts", "memos", "memos add", "memos delete", "check", "help");
    }

    @ParameterizedTest(name = "verbatim {0} --help")
    @MethodSource("commandPaths")
    void helpWorksOnEveryCommandAndSubcommand(List<String> path) {
        List<String> typed = new ArrayList<>(path);
        typed.add("--help");

        Cli.Result r = run(typed.toArray());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        assertThat(usageLine(r)).isEqualTo("Usage: verbatim " + String.join(" ", path));
    }

    /** The start of the usage line, up to the command's name ({@code help} prints a description first). */
    private static String usageLine(Cli.Result r) {
        String line = r.outLines().stream().filter(l -> l.startsWith("Usage: ")).findFirst().orElse("");
        int options = line.indexOf(" [");
        int params = line.indexOf(" PROJECT");
        int cut = line.length();
        for (int i : new int[] {options, params}) {
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return line.substring(0, cut);
    }

    @ParameterizedTest(name = "verbatim {0} -h")
    @MethodSource("commandPaths")
    void shortHelpOptionWorksToo(List<String> path) {
        List<String> typed = new ArrayList<>(path);
        typed.add("-h");

        Cli.Result r = run(typed.toArray());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(usageLine(r)).isEqualTo("Usage: verbatim " + String.join(" ", path));
    }

    @Test
    void helpCommandShowsTheUsageOfACommand() {
        Cli.Result r = run("help", "codes");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: verbatim codes").contains("--export=FILE", "  add ", "  delete ");
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Cli.Result r = run("--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: verbatim ")
                .contains("  new ", "  import ", "  docs ", "  show ", "  codes ", "  code ", "  uncode ", "  segments ",
                        "  export ", "  memos ", "  check ");
    }

    @Test
    void versionIsPrinted() {
        Cli.Result r = run("--version");

        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).matches("Verbatim \\d+\\.\\d+\\.\\d+.*");
        assertThat(lines[1]).startsWith("Java " + System.getProperty("java.version")).endsWith(System.getProperty("java.home"));
        assertThat(lines[2]).isEqualTo("Log: " + Path.of(System.getProperty("verbatim.home"), "logs", "verbatim.log"));
        assertThat(lines[3]).isEqualTo("Preferences: " + Path.of(System.getProperty("verbatim.home"), "preferences.json"));
    }
}
