package org.verbatim.analysis;

import java.util.List;
import org.verbatim.model.AttributeScope;

/**
 * The attribute whose values are a cross-tab's columns. {@code scope} null means the
 * participant attribute of that name when there is one, else the document attribute.
 * {@code bands} (such as {@code 18-24}, {@code 25-29}, {@code 30+}) group a numeric attribute's
 * values; empty means one column per distinct value.
 */
public record GroupBy(String attribute, AttributeScope scope, List<String> bands) {
    public GroupBy {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public static GroupBy of(String attribute) {
        return new GroupBy(attribute, null, List.of());
    }
}
