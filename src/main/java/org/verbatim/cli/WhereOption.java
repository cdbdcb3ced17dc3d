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
        return parse(where);
    }

    /** {@code ATTR=VALUE} texts as attribute name to its accepted values. */
    static Map<String, List<String>> parse(List<String> texts) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String w : texts) {
            KeyValue kv = KeyValue.parse("--where", "ATTR=VALUE", w);
            out.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
        }
        return out;
    }
}
