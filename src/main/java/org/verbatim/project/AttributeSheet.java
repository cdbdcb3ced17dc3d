package org.verbatim.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.exchange.CsvTable;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeType;
import org.verbatim.model.ParticipantRole;

/**
 * An attribute CSV ({@code participants.csv}, {@code documents.csv}): a key column, an optional
 * {@code name} column, and one column per attribute whose type is declared or inferred from
 * all of its values. Everything is checked before anything is written.
 */
final class AttributeSheet {
    /** The column of a participants sheet that sets each participant's role; it is kept as an attribute too. */
    static final String ROLE_COLUMN = "role";
    private final CsvTable table;
    private final int keyColumn;
    private final int nameColumn;
    private final Map<String, Integer> attributeColumns = new LinkedHashMap<>();
    private final Map<String, AttributeType> types = new LinkedHashMap<>();
    private final Map<String, Integer> rowByKey = new HashMap<>();

    private AttributeSheet(CsvTable table, int keyColumn, int nameColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.nameColumn = nameColumn;
    }

    /**
     * Reads and checks the sheet. {@code keyNames} are accepted names of the key column (the
     * first is used in messages); {@code declared} overrides inferred types by attribute name.
     */
    static AttributeSheet read(Path file, List<String> keyNames, Map<String, AttributeType> declared) {
        CsvTable table = Sheets.read(file);
        int key = table.column(keyNames.toArray(String[]::new));
        if (key < 0) {
            throw new ProjectException(file.getFileName() + ": no '" + keyNames.get(0) + "' column in the header ("
                    + String.join(", ", table.header()) + ")");
        }
        boolean participants = keyNames.contains("id");
        int name = participants ? table.column("name") : -1;
        AttributeSheet sheet = new AttributeSheet(table, key, name);
        for (int c = 0; c < table.header().size(); c++) {
            String column = table.header().get(c);
            if (c == key || c == name || column.isEmpty()) {
                continue;
            }
            if (sheet.attributeColumns.put(column, c) != null) {
                throw new ProjectException(file.getFileName() + ": the column '" + column + "' appears twice");
            }
        }
        for (String d : declared.keySet()) {
            if (!sheet.attributeColumns.containsKey(d)) {
                throw new ProjectException(file.getFileName() + ": a type is declared for '" + d
                        + "' but the file has no such column");
            }
        }
        for (var e : sheet.attributeColumns.entrySet()) {
            List<String> values = new ArrayList<>();
            for (List<String> row : table.rows()) {
                values.add(row.get(e.getValue()));
            }
            AttributeType type = declared.getOrDefault(e.getKey(), AttributeType.infer(values));
            for (int r = 0; r < values.size(); r++) {
                String v = values.get(r);
                if (!v.isEmpty() && !type.accepts(v)) {
                    throw new ProjectException(table.where(r) + ": '" + v + "' in column '" + e.getKey() + "' is not "
                            + AttributeValues.article(type));
                }
            }
            sheet.types.put(e.getKey(), type);
        }
        if (participants) {
            sheet.checkRoles();
        }
        Map<String, String> keysSeen = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String k = table.rows().get(r).get(key);
            if (k.isEmpty()) {
                throw new ProjectException(table.where(r) + ": the '" + table.header().get(key) + "' cell is empty");
            }
            String lookup = participants ? k : Sheets.documentName(k, table.where(r));
            String earlier = participants ? keysSeen.putIfAbsent(k.toLowerCase(Locale.ROOT), k) : null;
            if (sheet.rowByKey.put(lookup, r) != null || earlier != null) {
                throw new ProjectException(table.where(r) + ": '" + k + "' appears twice"
                        + (earlier != null && !earlier.equals(k) ? " (as '" + earlier + "'; ids do not differ by case)" : ""));
            }
        }
        return sheet;
    }

    /**
     * Refuses the sheet, naming file and line, when a value does not fit the type its attribute
     * already has in the project ({@code existing}: attributes by name).
     */
    void checkAgainst(Map<String, Attribute> existing) {
        for (int r = 0; r < table.rows().size(); r++) {
            for (var e : attributeColumns.entrySet()) {
                Attribute a = existing.get(e.getKey());
                String v = table.rows().get(r).get(e.getValue());
                if (a != null && !v.isEmpty() && !a.type().accepts(v)) {
                    throw new ProjectException(table.where(r) + ": '" + v + "' is not " + AttributeValues.article(a.type())
                            + " for attribute '" + a.name() + "'");
                }
            }
        }
    }

    /** A {@code role} column must name a role in every filled cell: it sets who counts as a respondent. */
    private void checkRoles() {
        Integer c = attributeColumns.get(ROLE_COLUMN);
        if (c == null) {
            return;
        }
        for (int r = 0; r < table.rows().size(); r++) {
            String v = table.rows().get(r).get(c);
            if (!v.isBlank()) {
                try {
                    ParticipantRole.parse(v);
                } catch (IllegalArgumentException e) {
                    throw new ProjectException(table.where(r) + ": " + e.getMessage());
                }
            }
        }
    }

    /** The role in the {@code role} column of the row with this key, or null when there is none. */
    ParticipantRole roleFor(String key) {
        Integer c = attributeColumns.get(ROLE_COLUMN);
        Integer r = rowByKey.get(key);
        if (c == null || r == null || table.rows().get(r).get(c).isBlank()) {
            return null;
        }
        return ParticipantRole.parse(table.rows().get(r).get(c));
    }

    Map<String, AttributeType> types() {
        return types;
    }

    List<String> keys() {
        return new ArrayList<>(rowByKey.keySet());
    }

    /** The participant name in row of {@code key}, or null when there is no name column or cell. */
    String nameFor(String key) {
        Integer r = rowByKey.get(key);
        if (r == null || nameColumn < 0) {
            return null;
        }
        String n = table.rows().get(r).get(nameColumn);
        return n.isEmpty() ? null : n;
    }

    /** Attribute values of the row with this key (file names are matched by their last part). */
    Map<String, String> valuesFor(String key) {
        Integer r = rowByKey.get(key);
        if (r == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : attributeColumns.entrySet()) {
            out.put(e.getKey(), table.rows().get(r).get(e.getValue()));
        }
        return out;
    }

    String where(String key) {
        return table.where(rowByKey.get(key));
    }
}
