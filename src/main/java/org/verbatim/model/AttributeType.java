package org.verbatim.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The type of an attribute's values; values are stored as text and checked against it. */
public enum AttributeType {
    TEXT, INTEGER, DECIMAL, DATE, BOOLEAN;

    /** Whether {@code value} (already trimmed, non-empty) is a valid value of this type. */
    public boolean accepts(String value) {
        try {
            switch (this) {
                case INTEGER -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case DATE -> LocalDate.parse(value);
                case BOOLEAN -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (!v.equals("true") && !v.equals("false") && !v.equals("yes") && !v.equals("no")) {
                        return false;
                    }
                }
                case TEXT -> { }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    /** The narrowest type that accepts every one of {@code values}; TEXT when there are none. */
    public static AttributeType infer(Iterable<String> values) {
        for (AttributeType candidate : new AttributeType[] {INTEGER, DECIMAL, DATE, BOOLEAN}) {
            boolean any = false;
            boolean all = true;
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                any = true;
                if (!candidate.accepts(v.trim())) {
                    all = false;
                    break;
                }
            }
            if (any && all) {
                return candidate;
            }
        }
        return TEXT;
    }

    /** Parses a type name as users write it ({@code int}, {@code integer}, {@code number}...). */
    public static AttributeType parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text", "string" -> TEXT;
            case "int", "integer" -> INTEGER;
            case "decimal", "float", "number" -> DECIMAL;
            case "date" -> DATE;
            case "bool", "boolean" -> BOOLEAN;
            default -> throw new IllegalArgumentException(
                    "Unknown attribute type '" + name + "' (use text, integer, decimal, date or boolean)");
        };
    }
}
