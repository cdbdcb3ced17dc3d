package org.verbatim.search;

import java.util.Set;

/**
 * Turns a code path written in a query ({@code code:"China/Partner"}) into the ids of that
 * code and its sub-codes. The index keeps code ids, so renaming or moving a code does not
 * touch it; the path is resolved each time a query names it.
 */
@FunctionalInterface
public interface CodeResolver {
    /**
     * The ids of the code at {@code path} and of every code below it.
     *
     * @throws InvalidQueryException when there is no such code
     */
    Set<Long> subtree(String path);
}
