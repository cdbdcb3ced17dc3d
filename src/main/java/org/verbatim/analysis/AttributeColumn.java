package org.verbatim.analysis;

import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;

/**
 * One attribute's values, indexed like the participants or documents of a {@link CodingData}
 * ({@code values[i]} is null when owner {@code i} has no value).
 */
record AttributeColumn(String name, AttributeScope scope, AttributeType type, String[] values) {
    String valueOf(int owner) {
        return values[owner];
    }
}
