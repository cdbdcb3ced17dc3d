package org.verbatim.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A code in a codebook file, with its sub-codes. Null fields are left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodebookEntry(String name, String color, String description, String shortcut,
                            List<CodebookEntry> children) {
    public CodebookEntry {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
