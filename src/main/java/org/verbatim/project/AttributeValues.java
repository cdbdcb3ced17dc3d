package org.verbatim.project;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.store.Tx;

/** Sets typed attribute values, creating attributes on first use and checking values against their type. */
final class AttributeValues {
    /** The longest value the store keeps (attr_value in the schema). */
    static final int MAX_VALUE_LENGTH = 4000;
    private AttributeValues() {
    }

    /**
     * The attribute {@code name} of {@code scope}, created with {@code type} when new. When it
     * exists, a declared type different from its own replaces it if every stored value fits.
     */
    static Attribute prepare(Tx tx, AttributeScope scope, String name, AttributeType type, boolean declared) {
        var existing = tx.attributes().find(scope, name);
        if (existing.isEmpty()) {
            return tx.attributes().create(scope, name, type);
        }
        Attribute a = existing.get();
        if (declared && a.type() != type) {
            for (String v : tx.attributes().valuesOf(a)) {
                if (!type.accepts(v)) {
                    throw new ProjectException("Cannot make attribute '" + name + "' " + type.name().toLowerCase()
                            + ": it already has the value '" + v + "'");
                }
            }
            tx.attributes().changeType(a.id(), type);
            return new Attribute(a.id(), a.name(), a.scope(), type);
        }
        return a;
    }

    /** Sets one value (blank clears it), refusing a value that does not fit the attribute's type. */
    static void set(Tx tx, Attribute attribute, long ownerId, String value, String where) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            tx.attributes().setValue(attribute, ownerId, null);
            return;
        }
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new ProjectException(where + ": the value of attribute '" + attribute.name() + "' is " + v.length()
                    + " characters long; an attribute value holds at most " + MAX_VALUE_LENGTH
                    + " (keep longer notes in a memo)");
        }
        if (!attribute.type().accepts(v)) {
            throw new ProjectException(where + ": '" + v + "' is not " + article(attribute.type()) + " for attribute '"
                    + attribute.name() + "'");
        }
        tx.attributes().setValue(attribute, ownerId, v);
    }

    /**
     * Sets several values given as name to value; a new attribute takes its type from
     * {@code types}, or from its value when {@code types} does not name it.
     */
    static void setAll(Tx tx, AttributeScope scope, long ownerId, Map<String, String> values,
                       Map<String, AttributeType> types, String where) {
        for (var e : values.entrySet()) {
            AttributeType type = types.getOrDefault(e.getKey(), AttributeType.infer(List.of(e.getValue())));
            Attribute a = prepare(tx, scope, e.getKey(), type, false);
            set(tx, a, ownerId, e.getValue(), where);
        }
    }

    static String article(AttributeType type) {
        return switch (type) {
            case INTEGER -> "an integer";
            case DECIMAL -> "a decimal number";
            case DATE -> "a date (YYYY-MM-DD)";
            case BOOLEAN -> "a boolean (true/false)";
            case TEXT -> "text";
        };
    }
}
