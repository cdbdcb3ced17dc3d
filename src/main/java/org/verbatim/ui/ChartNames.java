package org.verbatim.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Short, distinct names for codes on a chart's axis: a long name (every in-vivo code) is cut
 * at a word before {@link #LONGEST} characters and ends in "…", so the axis labels never eat the
 * plot; the full path is in each bar's tooltip.
 */
final class ChartNames {
    /** The longest name an axis shows whole. */
    static final int LONGEST = 18;

    private final Map<String, String> shortByPath = new HashMap<>();
    private final Map<String, String> pathByShort = new HashMap<>();

    /** Names for the codes at these paths (their last names, shortened), distinct from each other. */
    ChartNames(List<String> paths) {
        for (String path : paths) {
            String name = shorten(AnalysisRows.leaf(path));
            String unique = name;
            for (int n = 2; pathByShort.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            shortByPath.put(path, unique);
            pathByShort.put(unique, path);
        }
    }

    /** The axis name of a code. */
    String of(String path) {
        return shortByPath.get(path);
    }

    /** The full path behind an axis name. */
    String path(String shortName) {
        return pathByShort.getOrDefault(shortName, shortName);
    }

    static String shorten(String name) {
        if (name.length() <= LONGEST) {
            return name;
        }
        int cut = name.lastIndexOf(' ', LONGEST - 1);
        return name.substring(0, cut > LONGEST / 2 ? cut : LONGEST - 1).strip() + "…";
    }
}
