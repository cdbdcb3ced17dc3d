package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --where attr=value}, repeatable: values of one attribute are alternatives, attributes combine with AND. */
final class WhereOption {
    @Option(names = "--where", paramLabel = "ATTR=VALUE",
            description = "Only segments whose document or participant has this attribute value (repeatable).")
    List<String> where = new ArrayList<>();

    Map<String, List<String>> parsed() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String w : where) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new CliException("--where takes ATTR=VALUE, not '" + w + "'");
            }
            out.computeIfAbsent(w.substring(0, eq).strip(), k -> new ArrayList<>()).add(w.substring(eq + 1).strip());
        }
        return out;
    }
}
