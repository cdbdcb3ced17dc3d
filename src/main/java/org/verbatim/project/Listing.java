package org.verbatim.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listing any face can show: rows of named values, which may nest (a map of attributes, a
 * list of participants). JSON keeps the nesting; a text table and CSV flatten it, one column
 * per nested key ({@code attributes.format} when the row has a {@code format} of its own),
 * lists joined with {@code "; "}. CSV cells are made safe for spreadsheets.
 */
public final class Listing {
    /** Made on first use: a table or CSV listing never pays for setting up Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final List<Map<String, Object>> rows;

    public Listing(List<Map<String, Object>> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Any value as indented JSON. */
    public static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    public String json() {
        return json(rows);
    }

    /** The flattened columns, in first-seen order. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            columns.addAll(flatten(row).keySet());
        }
        return new ArrayList<>(columns);
    }

    /** The flattened rows as text cells, in {@link #columns()} order. */
    public List<List<String>> cells() {
        List<String> columns = columns();
        List<List<String>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> flat = flatten(row);
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(flat.getOrDefault(c, ""));
            }
            out.add(cells);
        }
        return out;
    }

    public void csv(OutputStream out, boolean excelBom) {
        org.verbatim.exchange.CsvTableWriter.write(out, columns(), cells(), excelBom);
    }

    public String csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(out, false);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** An aligned plain-text table; long cells are cut to {@code maxWidth} characters. */
    public String table(int maxWidth) {
        List<String> columns = columns();
        List<List<String>> cells = cells();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : cells) {
                widths[i] = Math.max(widths[i], Math.min(maxWidth, oneLine(row.get(i)).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, columns, widths);
        for (List<String> row : cells) {
            appendRow(sb, row, widths);
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = oneLine(cells.get(i));
            if (c.length() > widths[i]) {
                c = c.substring(0, Math.max(0, widths[i] - 1)) + "…";
            }
            line.append(c).append(" ".repeat(widths[i] - c.length()));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ');
    }

    private static Map<String, String> flatten(Map<String, Object> row) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (var e : row.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> nested) {
                // A nested key that is a column already (a document attribute called "format" beside
                // the document's file format) gets its parent's name in front rather than replacing it.
                nested.forEach((k, v) -> {
                    String key = String.valueOf(k);
                    flat.put(row.containsKey(key) || flat.containsKey(key) ? e.getKey() + "." + key : key, text(v));
                });
            } else {
                flat.put(e.getKey(), text(e.getValue()));
            }
        }
        return flat;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(x -> parts.add(text(x)));
            return String.join("; ", parts);
        }
        return String.valueOf(v);
    }
}
