package org.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Whether a project file may still be written: once a page of it is found unreadable — by a
 * read that failed, by {@link ProjectStore#damage()}, or by the full read made before the first
 * write of each opening — every write is refused, so nothing is built on damaged data.
 */
final class StoreHealth {
    private final String where;
    private final boolean checksPages;
    private volatile boolean verified;
    private List<String> found = List.of();
    private volatile DamagedStoreException damage;

    StoreHealth(String where, boolean checksPages) {
        this.where = where;
        this.checksPages = checksPages;
    }

    /** Refuses a write to a damaged file; reads the whole file through first if that was not done yet. */
    void beforeWrite(Connections connections) {
        if (damage == null && checksPages && !verified) {
            damage(connections);
        }
        if (damage != null) {
            throw damage;
        }
    }

    /**
     * Reads the whole file through, once per opening (a later call returns what the first found);
     * returns what cannot be read and remembers it.
     */
    synchronized List<String> damage(Connections connections) {
        if (!checksPages) {
            return List.of();
        }
        if (verified) {
            return found;
        }
        List<String> problems;
        try {
            Connection c = connections.take();
            try {
                problems = StorePages.damage(c);
            } finally {
                connections.give(c, false);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        found = List.copyOf(problems);
        verified = true;
        if (!problems.isEmpty()) {
            damage = new DamagedStoreException(where, problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), null);
        }
        return problems;
    }

    /** The failure as the user should hear of it: a damaged file is named and remembered as such. */
    RuntimeException noticed(RuntimeException failure) {
        if (failure instanceof DamagedStoreException || !StoreDamage.isDamage(failure)) {
            return failure;
        }
        damage = new DamagedStoreException(where, StoreDamage.reason(failure), failure);
        return damage;
    }
}
