package org.verbatim.ui;

import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.DocumentSummary;

/**
 * Where the user was in a project, kept per project in the preferences and restored when the
 * project is opened again: the document on screen, and each comparison view's code, attribute,
 * unit and filter (Cross-tab, Charts and Compare each their own).
 */
final class ProjectPlaces {
    static final String DOCUMENT = "document";

    private final PreferencesStore preferences;
    private final String project;

    private ProjectPlaces(PreferencesStore preferences, String project) {
        this.preferences = preferences;
        this.project = project;
    }

    /** Restores the places of {@code project} (its folder) in the opened workspace, and remembers them from now on. */
    static void follow(PreferencesStore preferences, String project, WorkspaceView workspace) {
        ProjectPlaces places = new ProjectPlaces(preferences, project);
        places.document(workspace);
        for (Map.Entry<String, ComparisonChoices> view : Map.of("crosstab", workspace.crossTab().choices(),
                "charts", workspace.charts().choices(), "compare", workspace.compare().choices()).entrySet()) {
            places.choices(view.getKey(), view.getValue());
        }
    }

    private String get(String key) {
        return preferences.get().place(project, key);
    }

    private void set(String key, String value) {
        preferences.update(p -> p.withPlace(project, key, value));
    }

    /** The document last on screen opens once the documents are listed (if it is still there). */
    private void document(WorkspaceView workspace) {
        String saved = get(DOCUMENT);
        Long last = saved != null ? Long.valueOf(saved)
                : project.equals(preferences.get().lastProject()) ? preferences.get().lastDocument() : null;
        ObservableList<DocumentSummary> documents = workspace.documents().documents();
        if (last != null) {
            documents.addListener(new ListChangeListener<DocumentSummary>() {
                @Override
                public void onChanged(Change<? extends DocumentSummary> c) {
                    documents.removeListener(this);
                    if (documents.stream().anyMatch(d -> d.id() == last)) {
                        workspace.transcript().open(last);
                    }
                }
            });
        }
        workspace.transcript().document().addListener((o, before, shown) -> {
            if (shown != null) {
                long id = shown.document().id();
                preferences.update(p -> p.withLastDocument(id).withPlace(project, DOCUMENT, String.valueOf(id)));
            }
        });
    }

    private void choices(String view, ComparisonChoices choices) {
        restore(view + ".attribute", choices.attribute());
        restore(view + ".where", choices.where());
        String unit = get(view + ".unit");
        if (unit != null) {
            try {
                choices.unit().set(Unit.valueOf(unit));
            } catch (IllegalArgumentException unknown) {
                // Written by another version: the default stands.
            }
        }
        choices.unit().addListener((o, a, now) -> set(view + ".unit", now == null ? null : now.name()));
        // The code is chosen again once the project offers it (a code deleted since is not).
        String code = get(view + ".code");
        if (code != null && !code.equals(choices.root().get())) {
            ObservableList<String> codes = choices.codes();
            codes.addListener(new ListChangeListener<String>() {
                @Override
                public void onChanged(Change<? extends String> c) {
                    if (codes.size() > 1) {
                        codes.removeListener(this);
                        if (codes.contains(code)) {
                            choices.root().set(code);
                        }
                    }
                }
            });
        }
        choices.root().addListener((o, a, now) -> set(view + ".code", now));
    }

    private void restore(String key, StringProperty property) {
        String saved = get(key);
        if (saved != null) {
            property.set(saved);
        }
        property.addListener((o, a, now) -> set(key, now));
    }
}
