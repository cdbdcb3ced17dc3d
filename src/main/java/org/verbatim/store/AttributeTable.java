package org.verbatim.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;

/** Typed attributes and their values on participants and documents. */
public final class AttributeTable {
    private final Sql sql;

    AttributeTable(Sql sql) {
        this.sql = sql;
    }

    public List<Attribute> all(AttributeScope scope) {
        return sql.list("SELECT id, name, scope, type FROM attribute WHERE scope = ? ORDER BY id",
                rs -> new Attribute(rs.getLong(1), rs.getString(2), AttributeScope.valueOf(rs.getString(3)),
                        AttributeType.valueOf(rs.getString(4))), scope);
    }

    public Optional<Attribute> find(AttributeScope scope, String name) {
        return sql.one("SELECT id, name, scope, type FROM attribute WHERE scope = ? AND name = ?",
                rs -> new Attribute(rs.getLong(1), rs.getString(2), AttributeScope.valueOf(rs.getString(3)),
                        AttributeType.valueOf(rs.getString(4))), scope, name);
    }

    public Attribute create(AttributeScope scope, String name, AttributeType type) {
        long id = sql.insert("INSERT INTO attribute (name, scope, type) VALUES (?,?,?)", name, scope, type);
        return new Attribute(id, name, scope, type);
    }

    public void changeType(long attributeId, AttributeType type) {
        sql.update("UPDATE attribute SET type = ? WHERE id = ?", type, attributeId);
    }

    /** Sets (or with a null value, clears) one attribute value of a participant or document. */
    public void setValue(Attribute attribute, long ownerId, String value) {
        String table = table(attribute.scope());
        String owner = ownerColumn(attribute.scope());
        sql.update("DELETE FROM " + table + " WHERE " + owner + " = ? AND attribute_id = ?", ownerId, attribute.id());
        if (value != null) {
            sql.update("INSERT INTO " + table + " (" + owner + ", attribute_id, attr_value) VALUES (?,?,?)",
                    ownerId, attribute.id(), value);
        }
    }

    /** Every value of one attribute, for checking them against a new type. */
    public List<String> valuesOf(Attribute attribute) {
        return sql.list("SELECT attr_value FROM " + table(attribute.scope()) + " WHERE attribute_id = ?",
                rs -> rs.getString(1), attribute.id());
    }

    /** Attribute values of every owner in a scope: owner id to (attribute name to value), in attribute order. */
    public Map<Long, Map<String, String>> valuesByOwner(AttributeScope scope) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        sql.list("SELECT v." + ownerColumn(scope) + ", a.name, v.attr_value FROM " + table(scope)
                        + " v JOIN attribute a ON a.id = v.attribute_id ORDER BY a.id",
                rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                    return null;
                });
        return out;
    }

    /** Attribute values of one owner, attribute name to value, in attribute order. */
    public Map<String, String> valuesOf(AttributeScope scope, long ownerId) {
        Map<String, String> out = new LinkedHashMap<>();
        sql.list("SELECT a.name, v.attr_value FROM " + table(scope) + " v JOIN attribute a ON a.id = v.attribute_id"
                        + " WHERE v." + ownerColumn(scope) + " = ? ORDER BY a.id",
                rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                    return null;
                }, ownerId);
        return out;
    }

    /** The names of every attribute of participants and documents, in creation order, each once. */
    public List<String> names() {
        return sql.list("SELECT name FROM attribute GROUP BY name ORDER BY MIN(id)", rs -> rs.getString(1));
    }

    private static String table(AttributeScope scope) {
        return scope == AttributeScope.PARTICIPANT ? "participant_value" : "document_value";
    }

    private static String ownerColumn(AttributeScope scope) {
        return scope == AttributeScope.PARTICIPANT ? "participant_id" : "document_id";
    }
}
