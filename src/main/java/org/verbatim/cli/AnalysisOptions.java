package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.verbatim.project.SegmentFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The rows and filters every analysis command takes. */
final class AnalysisOptions {
    @Option(names = "--codes", arity = "1..*", paramLabel = "PATH", parameterConsumer = CodePathsConsumer.class,
            description = "Only these codes, in this order (default: every code, in tree order).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--without-subcodes", description = "Count each code's own segments only, not its sub-codes'.")
    boolean withoutSubcodes;

    @Option(names = "--all-roles", description = "Count interviewers, moderators and observers as participants too"
            + " (default: respondents only; segments on anyone's words count as segments either way).")
    boolean allRoles;

    @Option(names = "--coder-for", paramLabel = "DOC=CODER", description = "In this document count this coder's"
            + " coding only (repeatable); other documents pool every coder, a passage two coders coded alike counting"
            + " once, unless --coder is given.")
    List<String> coderFor = new ArrayList<>();

    @Mixin
    Filters filters;

    /** {@code --where}, {@code --coder} and {@code --documents}, shared with retrieve. */
    static final class Filters {
        @Mixin
        WhereOption where;

        @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's segments.")
        String coder;

        @Option(names = {"--documents", "--document"}, split = ",", paramLabel = "DOC",
                description = "Only these documents (repeatable, or separated by commas).")
        List<String> documents = new ArrayList<>();

        SegmentFilter filter(String code) {
            return new SegmentFilter(code, where.parsed(), coder, documents);
        }
    }

    SegmentFilter filter() {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String text : coderFor) {
            KeyValue kv = KeyValue.parse("--coder-for", "DOC=CODER", text, true);
            chosen.put(kv.key(), kv.value());
        }
        return filters.filter(null).withAllRoles(allRoles).withCoderByDocument(chosen);
    }

    boolean withSubcodes() {
        return !withoutSubcodes;
    }

    /** The constant whose label is {@code value} (ignoring case), or an error listing the labels. */
    static <E extends Enum<E>> E choice(String option, String value, E[] constants, Function<E, String> label) {
        List<String> labels = new ArrayList<>();
        for (E e : constants) {
            if (label.apply(e).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return e;
            }
            labels.add(label.apply(e));
        }
        String last = labels.remove(labels.size() - 1);
        throw new CliException("Unknown " + option + " '" + value + "' (use " + String.join(", ", labels) + " or " + last + ")");
    }
}
