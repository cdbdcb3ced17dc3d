package org.verbatim.ui;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application remembers per user between runs: the window's size and split
 * positions, recent projects (newest first), the project open last and the document open in
 * it (both reopened next time), the coder's name, the theme and the transcript's font size;
 * per project ({@link #places}), where the user was: the document on screen and the choices of
 * the comparison views, restored when the project is opened again.
 * Saved by {@link PreferencesStore}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preferences(double width, double height, boolean maximized, List<Double> dividers,
                          List<String> recentProjects, String lastProject, String coder, String theme,
                          double fontSize, Long lastDocument, Map<String, Map<String, String>> places) {
    static final int RECENT_LIMIT = 8;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    public Preferences {
        dividers = dividers == null ? List.of(0.22, 0.71) : List.copyOf(dividers);
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        theme = DARK.equals(theme) ? DARK : LIGHT;
        fontSize = fontSize < 9 || fontSize > 40 ? 14 : fontSize;
        width = width < 400 ? 1280 : width;
        height = height < 300 ? 760 : height;
        places = places == null ? Map.of() : Map.copyOf(places);
    }

    /** The preferences of a first start. */
    public static Preferences defaults() {
        return new Preferences(1280, 760, false, null, null, null, System.getProperty("user.name", "coder"), LIGHT, 14, null, null);
    }

    /** {@code project} becomes the most recent and the one to reopen next time. */
    public Preferences opened(String project) {
        List<String> recent = new ArrayList<>(recentProjects);
        recent.remove(project);
        recent.add(0, project);
        List<String> kept = recent.subList(0, Math.min(RECENT_LIMIT, recent.size()));
        Map<String, Map<String, String>> keptPlaces = new HashMap<>(places);
        keptPlaces.keySet().retainAll(kept);
        return new Preferences(width, height, maximized, dividers, kept, project, coder, theme, fontSize,
                project.equals(lastProject) ? lastDocument : null, keptPlaces);
    }

    /** No project to reopen next time (the user went back to the start screen). */
    public Preferences closed() {
        return new Preferences(width, height, maximized, dividers, recentProjects, null, coder, theme, fontSize, null, places);
    }

    public Preferences withWindow(double newWidth, double newHeight, boolean isMaximized) {
        return new Preferences(newWidth, newHeight, isMaximized, dividers, recentProjects, lastProject, coder, theme, fontSize, lastDocument, places);
    }

    public Preferences withDividers(List<Double> positions) {
        return new Preferences(width, height, maximized, positions, recentProjects, lastProject, coder, theme, fontSize, lastDocument, places);
    }

    public Preferences withCoder(String name) {
        return new Preferences(width, height, maximized, dividers, recentProjects, lastProject, name, theme, fontSize, lastDocument, places);
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(width, height, maximized, dividers, recentProjects, lastProject, coder, newTheme, fontSize, lastDocument, places);
    }

    public Preferences withFontSize(double size) {
        return new Preferences(width, height, maximized, dividers, recentProjects, lastProject, coder, theme, size, lastDocument, places);
    }

    /** The document on screen in the last project, reopened with the project next time. */
    public Preferences withLastDocument(Long documentId) {
        return new Preferences(width, height, maximized, dividers, recentProjects, lastProject, coder, theme, fontSize, documentId, places);
    }

    /** What is remembered about {@code project} (its folder) under {@code key}, or null. */
    public String place(String project, String key) {
        return places.getOrDefault(project, Map.of()).get(key);
    }

    /** Remembers {@code value} under {@code key} for {@code project}; null forgets it. */
    public Preferences withPlace(String project, String key, String value) {
        Map<String, Map<String, String>> all = new HashMap<>(places);
        Map<String, String> of = new HashMap<>(all.getOrDefault(project, Map.of()));
        if (value == null) {
            of.remove(key);
        } else {
            of.put(key, value);
        }
        all.put(project, of);
        return new Preferences(width, height, maximized, dividers, recentProjects, lastProject, coder, theme, fontSize,
                lastDocument, all);
    }
}
