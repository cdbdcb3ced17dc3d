package org.verbatim.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;

/** Resolves a {@link GroupBy} against the data: the columns, and which column each owner falls in. */
final class Attributes {
    private Attributes() {
    }

    /** The columns of a grouping: labels, and each owner's column (-1 without a value or outside every band). */
    record Columns(AttributeColumn attribute, List<String> labels, int[] columnOf) {
        AttributeScope scope() {
            return attribute.scope();
        }
    }

    static Columns resolve(CodingData data, GroupBy by) {
        AttributeColumn column = find(data, by);
        if (by.bands().isEmpty()) {
            return distinctValues(column);
        }
        return banded(column, by.bands());
    }

    /** The attributes there are, for messages. */
    static String known(CodingData data) {
        return "participant attributes: " + names(data.participantAttributes.keySet())
                + "; document attributes: " + names(data.documentAttributes.keySet());
    }

    private static String names(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static AttributeColumn find(CodingData data, GroupBy by) {
        AttributeColumn p = data.participantAttributes.get(by.attribute());
        AttributeColumn d = data.documentAttributes.get(by.attribute());
        AttributeColumn found = by.scope() == AttributeScope.PARTICIPANT ? p
                : by.scope() == AttributeScope.DOCUMENT ? d
                : p != null ? p : d;
        if (found == null) {
            String where = by.scope() == null ? "" : by.scope().name().toLowerCase(Locale.ROOT) + " ";
            throw new AnalysisException("There is no " + where + "attribute '" + by.attribute() + "' (" + known(data) + ")");
        }
        return found;
    }

    private static Columns distinctValues(AttributeColumn column) {
        boolean numeric = column.type() == AttributeType.INTEGER || column.type() == AttributeType.DECIMAL;
        Comparator<String> order = numeric ? Comparator.comparing(BigDecimal::new)
                : Comparator.<String, String>comparing(v -> v.toLowerCase(Locale.ROOT)).thenComparing(v -> v);
        TreeSet<String> values = new TreeSet<>(order);
        for (String v : column.values()) {
            if (v != null) {
                values.add(v);
            }
        }
        List<String> labels = new ArrayList<>(values);
        TreeMap<String, Integer> index = new TreeMap<>(order);
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        int[] columnOf = new int[column.values().length];
        for (int i = 0; i < columnOf.length; i++) {
            String v = column.valueOf(i);
            columnOf[i] = v == null ? -1 : index.get(v);
        }
        return new Columns(column, labels, columnOf);
    }

    private static Columns banded(AttributeColumn column, List<String> bands) {
        if (column.type() != AttributeType.INTEGER && column.type() != AttributeType.DECIMAL) {
            throw new AnalysisException("Bands need a numeric attribute, but '" + column.name() + "' is "
                    + column.type().name().toLowerCase(Locale.ROOT));
        }
        List<Band> parsed = new ArrayList<>();
        for (String b : bands) {
            Band band = Band.parse(b);
            for (Band other : parsed) {
                if (band.overlaps(other)) {
                    throw new AnalysisException("The bands " + other.label() + " and " + band.label() + " overlap");
                }
            }
            parsed.add(band);
        }
        int[] columnOf = new int[column.values().length];
        for (int i = 0; i < columnOf.length; i++) {
            columnOf[i] = -1;
            String v = column.valueOf(i);
            if (v == null) {
                continue;
            }
            BigDecimal x = new BigDecimal(v);
            for (int b = 0; b < parsed.size(); b++) {
                if (parsed.get(b).contains(x)) {
                    columnOf[i] = b;
                    break;
                }
            }
        }
        return new Columns(column, parsed.stream().map(Band::label).toList(), columnOf);
    }

    /** A band of numbers: {@code LO-HI} (both included) or {@code LO+} (LO and above). */
    private record Band(String label, BigDecimal low, BigDecimal high) {
        static Band parse(String text) {
            String t = text.strip();
            try {
                if (t.endsWith("+")) {
                    return new Band(t, new BigDecimal(t.substring(0, t.length() - 1).strip()), null);
                }
                int dash = t.indexOf('-', 1);
                if (dash > 0) {
                    BigDecimal low = new BigDecimal(t.substring(0, dash).strip());
                    BigDecimal high = new BigDecimal(t.substring(dash + 1).strip());
                    if (low.compareTo(high) <= 0) {
                        return new Band(t, low, high);
                    }
                }
            } catch (NumberFormatException e) {
                // Falls through to the message below, which says what a band looks like.
            }
            throw new AnalysisException("Cannot read the band '" + text + "': write LOW-HIGH (both included,"
                    + " e.g. 18-24) or LOW+ (e.g. 30+)");
        }

        boolean contains(BigDecimal x) {
            return x.compareTo(low) >= 0 && (high == null || x.compareTo(high) <= 0);
        }

        boolean overlaps(Band o) {
            boolean thisBelow = high != null && high.compareTo(o.low) < 0;
            boolean otherBelow = o.high != null && o.high.compareTo(low) < 0;
            return !thisBelow && !otherBelow;
        }
    }
}
