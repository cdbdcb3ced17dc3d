package org.verbatim.ui;

import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;

/**
 * The workspace's Agreement tab and its Analyse menu item: the view computes only while the
 * tab is selected, and a passage chosen in it opens in the transcript.
 */
final class AgreementTab {
    private final AgreementViewModel model;
    private final AgreementPane pane;
    private final Tab tab;

    AgreementTab(Session session, AgreementPane.Opener opener) {
        model = new AgreementViewModel(session);
        pane = new AgreementPane(model, opener);
        tab = new Tab("Agreement", pane.root());
        tab.setGraphic(Ui.icon("mdi2a-account-multiple-check-outline"));
        tab.setClosable(false);
        tab.setId("tab-agreement");
        model.showing().bind(tab.selectedProperty());
    }

    /** Analyse ▸ Coder agreement (Ctrl+Shift+A) brings the tab forward. */
    MenuItem menuItem(TabPane centre) {
        MenuItem item = Ui.item("Coder agreement", "mdi2a-account-multiple-check-outline",
                () -> centre.getSelectionModel().select(tab));
        item.setId("menu-agreement");
        item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+A"));
        return item;
    }

    Tab tab() {
        return tab;
    }

    AgreementViewModel model() {
        return model;
    }

    AgreementPane pane() {
        return pane;
    }
}
