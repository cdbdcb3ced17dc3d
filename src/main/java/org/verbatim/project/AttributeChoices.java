package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.store.Tx;

/** The values a filter can choose per attribute name, participants' and documents' merged, as filters match either. */
final class AttributeChoices {
    /** Numbers in numeric order (age 9 before 27), everything else alphabetically. */
    private static final Comparator<String> ORDER = (a, b) -> {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        return String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()).compare(a, b);
    };

    private AttributeChoices() {
    }

    static Map<String, List<String>> valuesByName(Tx tx) {
        Map<String, TreeSet<String>> values = new LinkedHashMap<>();
        for (AttributeScope scope : List.of(AttributeScope.PARTICIPANT, AttributeScope.DOCUMENT)) {
            for (Attribute a : tx.attributes().all(scope)) {
                values.computeIfAbsent(a.name(), k -> new TreeSet<>(ORDER)).addAll(
                        tx.attributes().valuesOf(a).stream().filter(v -> v != null && !v.isBlank()).toList());
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((name, set) -> out.put(name, new ArrayList<>(set)));
        return out;
    }

    private static Double number(String s) {
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
