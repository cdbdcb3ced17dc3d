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

    @Override
    public Integer call() {
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
