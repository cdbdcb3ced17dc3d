package org.verbatim.project;

import java.util.List;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.store.Tx;

/** One attribute value edited by hand, as in the window's tables. */
final class AttributeEdits {
    private AttributeEdits() {
    }

    static void set(Tx tx, AttributeScope scope, long ownerId, String attribute, String value, String where) {
        if (attribute == null || attribute.isBlank()) {
            throw new ProjectException(where + ": an attribute needs a name");
        }
        String name = attribute.strip();
        var existing = tx.attributes().find(scope, name);
        if (existing.isEmpty() && (value == null || value.isBlank())) {
            return;
        }
        var a = existing.orElseGet(() -> AttributeValues.prepare(tx, scope, name, AttributeType.infer(List.of(value)),
                false));
        AttributeValues.set(tx, a, ownerId, value, where);
    }
}
