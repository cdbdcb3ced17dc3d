package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Code;

/**
 * A snapshot of the codebook as a tree, answering paths and sub-trees. Paths are typed with
 * {@code /} between names ({@code The West/EU}) and shown with {@code " / "}.
 */
public final class CodeTree {
    public static final String SEPARATOR = " / ";
    private final Map<Long, Code> byId = new LinkedHashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();

    public CodeTree(List<Code> codes) {
        for (Code c : codes) {
            byId.put(c.id(), c);
            children.computeIfAbsent(c.parentId() == null ? 0L : c.parentId(), k -> new ArrayList<>()).add(c);
        }
    }

    /** Splits a typed path into its names, refusing empty parts. */
    public static List<String> parse(String path) {
        if (path == null || path.isBlank()) {
            throw new ProjectException("A code path is empty");
        }
        List<String> names = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                throw new ProjectException("The code path '" + path + "' has an empty part");
            }
            names.add(name);
        }
        return names;
    }

    public Optional<Code> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The code at a typed path, if it exists. */
    public Optional<Code> find(String path) {
        Long parent = null;
        Code found = null;
        for (String name : parse(path)) {
            found = null;
            for (Code c : childrenOf(parent)) {
                if (c.name().equals(name)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            parent = found.id();
        }
        return Optional.ofNullable(found);
    }

    /** The code at a typed path, or an error naming the path. */
    public Code require(String path) {
        return find(path).orElseThrow(() -> new ProjectException("There is no code '" + String.join(SEPARATOR, parse(path))
                + "' in the codebook (see: verbatim codes)"));
    }

    public List<Code> childrenOf(Long parentId) {
        return children.getOrDefault(parentId == null ? 0L : parentId, List.of());
    }

    /** The display path of a code, e.g. {@code The West / EU}. */
    public String path(long id) {
        List<String> names = new ArrayList<>();
        for (Code c = byId.get(id); c != null; c = c.parentId() == null ? null : byId.get(c.parentId())) {
            names.add(0, c.name());
        }
        return String.join(SEPARATOR, names);
    }

    public int depth(long id) {
        int d = 0;
        for (Code c = byId.get(id); c != null && c.parentId() != null; c = byId.get(c.parentId())) {
            d++;
        }
        return d;
    }

    /** The code and all codes below it, parents before children. */
    public List<Code> subtree(long id) {
        List<Code> out = new ArrayList<>();
        collect(byId.get(id), out);
        return out;
    }

    /** Every code, depth first, parents before children, siblings in creation order. */
    public List<Code> depthFirst() {
        List<Code> out = new ArrayList<>();
        for (Code root : childrenOf(null)) {
            collect(root, out);
        }
        return out;
    }

    private void collect(Code c, List<Code> out) {
        if (c == null) {
            return;
        }
        out.add(c);
        for (Code child : childrenOf(c.id())) {
            collect(child, out);
        }
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
