package org.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the command line as a user would, capturing what it prints; parses what it prints. */
final class Cli {
    static final Path SAMPLE = Path.of("transcripts-sample");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What one run of {@code verbatim ARGS...} printed and returned. */
    record Result(String[] args, int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }

        List<List<String>> csv() {
            return Cli.csv(out);
        }

        @Override
        public String toString() {
            return "verbatim " + String.join(" ", args) + "\n-> exit " + exit + "\n-- out:\n" + out + "\n-- err:\n" + err;
        }
    }

    static Result run(Object... args) {
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = VerbatimCli.run(strings, o, e);
        }
        return new Result(strings, exit, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** Runs a command that must succeed (exit 0) and returns what it printed. */
    static Result ok(Object... args) {
        Result r = run(args);
        if (r.exit() != 0) {
            throw new AssertionError("expected exit 0 from:\n" + r);
        }
        return r;
    }

    /** Parses CSV text with Jackson's CSV parser: every record as a list of cells, the header first. */
    static List<List<String>> csv(String text) {
        return csv(text, ',');
    }

    /** As {@link #csv(String)}, for cells separated by {@code separator}. */
    static List<List<String>> csv(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not CSV: " + text, e);
        }
        return rows;
    }
}
