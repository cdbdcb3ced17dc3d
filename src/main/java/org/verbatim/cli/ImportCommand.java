package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.Corrections;
import org.verbatim.project.ImportReport;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
    "Import transcripts (.txt .md .docx .vtt .srt); a folder imports every file below it.",
    "Exits with 1 when any file was refused; the good files are imported all the same."})
final class ImportCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files or folders to import.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--attr", paramLabel = "NAME=VALUE", description = "Set a document attribute on every imported file (repeatable).")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--attributes", paramLabel = "documents.csv",
            description = "A CSV with a 'file' column and one column per document attribute.")
    Path documentsCsv;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Read the files in this encoding instead of detecting it (e.g. windows-1251).")
    String encoding;

    @Option(names = "--language", paramLabel = "LANG", description = "Set the language (en or ru) instead of detecting it.")
    String language;

    @Option(names = "--replace", paramLabel = "DOC",
            description = "Put the text of FILE (a corrected or new transcription) in place of document DOC's text;"
                    + " its coding follows the words.")
    String replace;

    @Option(names = "--force", description = "With --replace: save even when segments lose all their words.")
    boolean force;

    @Option(names = "--dry-run", description = "With --replace: only show what replacing would do; save nothing.")
    boolean dryRun;

    @Option(names = "--editor", paramLabel = "NAME", description = "With --replace: who corrects (default: your user name).")
    String editor;

    @Override
    public Integer call() {
        if (replace != null) {
            return replace();
        }
        if (force || dryRun || editor != null) {
            throw new CliException("--force, --dry-run and --editor go with --replace DOC");
        }
        PrintWriter out = out();
        PrintWriter err = spec.commandLine().getErr();
        ImportRequest request = new ImportRequest(files, parseAttributes(), documentsCsv, charset(), language());
        ImportReport report;
        try (Project p = project.open()) {
            report = p.importFiles(request, new PrintedProgress(err));
        }
        for (ImportReport.Imported d : report.imported()) {
            out.println("Imported " + OneLine.of(d.name()) + " as document " + d.id() + ": " + d.format() + ", " + d.encoding() + ", "
                    + d.language() + ", " + d.turns() + " turns, " + d.words() + " words"
                    + (d.unmappedSpeakers().isEmpty() ? "" : "; speakers not yet mapped: " + String.join(", ", d.unmappedSpeakers())));
            d.notes().forEach(note -> err.println("Note on " + OneLine.of(d.name()) + ": " + note));
        }
        for (ImportReport.Refused r : report.refused()) {
            err.println("Refused " + OneLine.of(r.file()) + ": " + r.reason());
        }
        for (ImportReport.Refused r : report.skipped()) {
            err.println("Skipped " + OneLine.of(r.file()) + ": " + r.reason());
        }
        out.println(report.imported().size() + " imported, " + report.refused().size() + " refused"
                + (report.skipped().isEmpty() ? "" : ", " + report.skipped().size() + " skipped"));
        return report.refused().isEmpty() ? 0 : 1;
    }

    private int replace() {
        if (files.size() != 1 || !attributes.isEmpty() || documentsCsv != null) {
            throw new CliException("--replace DOC takes exactly one FILE and no --attr or --attributes");
        }
        Path file = files.get(0);
        Charset charset = charset();
        String lang = language();
        try (Project p = project.open()) {
            Corrections corrections = p.corrections();
            return EditCommand.Saving.previewThenSave(out(), spec.commandLine().getErr(),
                    corrections.previewReplace(replace, file, charset, lang), force, dryRun,
                    () -> corrections.replace(replace, file, charset, lang, editor, force));
        }
    }

    private Map<String, String> parseAttributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : attributes) {
            KeyValue kv = KeyValue.parse("--attr", "NAME=VALUE", a);
            out.put(kv.key(), kv.value());
        }
        return out;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CliException("Unknown encoding '" + encoding + "' (try UTF-8, UTF-16, windows-1251 or KOI8-R)");
        }
    }

    private String language() {
        if (language != null && !language.equals("en") && !language.equals("ru")) {
            throw new CliException("--language takes en or ru, not '" + language + "'");
        }
        return language;
    }
}
