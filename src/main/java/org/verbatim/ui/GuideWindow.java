package org.verbatim.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help ▸ User guide: the user guide that ships inside the application (docs/user-guide.md and
 * its screenshots, copied into the jar under {@code /help}), shown in a window of its own with
 * its sections listed beside it, so it works offline and wherever the application is installed.
 */
final class GuideWindow {
    static final String GUIDE = "/help/user-guide.md";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\(([^)]+)\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]+\\)");

    private final VBox page = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(page);
    private final ListView<Label> sections = new ListView<>();
    private final Stage stage = new Stage();

    private GuideWindow(Window owner, String markdown) {
        page.setPadding(new Insets(12, 18, 18, 18));
        page.setId("guide-page");
        page.getStyleClass().add("guide");
        scroll.setFitToWidth(true);
        sections.setId("guide-sections");
        sections.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Label item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.getStyleClass().contains("guide-h3") ? "   " : "")
                        + item.getText());
            }
        });
        sections.getSelectionModel().selectedItemProperty().addListener((o, a, heading) -> {
            if (heading != null) {
                double y = heading.getBoundsInParent().getMinY();
                scroll.setVvalue(y / Math.max(1, page.getHeight() - scroll.getViewportBounds().getHeight()));
            }
        });
        render(markdown);
        SplitPane split = new SplitPane(sections, scroll);
        split.setDividerPositions(0.3);
        Scene scene = new Scene(split, 1000, 660);
        // The application's theme is already set (for all windows); only Verbatim's own styles are added.
        scene.getStylesheets().add(Ui.class.getResource("verbatim.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Verbatim user guide");
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /** Opens the guide; a window saying where to find it when the guide is missing from the build. */
    static GuideWindow show(Window owner) {
        GuideWindow window = new GuideWindow(owner, read());
        window.stage.show();
        return window;
    }

    Stage stage() {
        return stage;
    }

    private static String read() {
        try (InputStream in = GuideWindow.class.getResourceAsStream(GUIDE)) {
            if (in == null) {
                return "# User guide\n\nThe user guide is not part of this build: see docs/user-guide.md in the sources.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "# User guide\n\nThe user guide could not be read: " + e.getMessage();
        }
    }

    /** A small Markdown subset, as the guide uses it: headings, paragraphs, lists, tables, code blocks, images. */
    private void render(String markdown) {
        List<String> paragraph = new ArrayList<>();
        boolean code = false;
        StringBuilder block = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                if (code) {
                    add(label(block.toString().stripTrailing(), "guide-code"));
                    block.setLength(0);
                } else {
                    flush(paragraph);
                }
                code = !code;
                continue;
            }
            if (code) {
                block.append(line).append('\n');
                continue;
            }
            Matcher image = IMAGE.matcher(line.strip());
            if (line.isBlank()) {
                flush(paragraph);
            } else if (line.startsWith("#")) {
                flush(paragraph);
                int level = line.indexOf(' ');
                Label heading = label(line.substring(level + 1), level <= 1 ? "guide-h1" : level == 2 ? "guide-h2"
                        : "guide-h3");
                add(heading);
                if (level >= 2 && level <= 3) {
                    sections.getItems().add(heading);
                }
            } else if (image.matches()) {
                flush(paragraph);
                add(image(image.group(2), image.group(1)));
            } else if (line.startsWith("|")) {
                flush(paragraph);
                if (!line.matches("[|\\s:-]+")) {
                    add(label(inline(String.join("   ·   ", cells(line))), "guide-row"));
                }
            } else if (line.matches("\\s*([-*]|\\d+\\.) .*")) {
                // A list item runs on over the lines that follow it, up to a blank line or the next item.
                flush(paragraph);
                paragraph.add((line.startsWith(" ") ? "      " : "") + line.strip().replaceFirst("^[-*] ", "•  "));
            } else {
                paragraph.add(line.strip());
            }
        }
        flush(paragraph);
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.strip().replaceAll("^\\||\\|$", "").split("\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private void flush(List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            add(label(inline(String.join(" ", paragraph)), "guide-text"));
            paragraph.clear();
        }
    }

    /** Links keep their words, emphasis and code marks go. */
    private static String inline(String text) {
        return LINK.matcher(text).replaceAll("$1").replace("**", "").replace("`", "")
                .replaceAll("(^|[\\s(])\\*([^*\\s][^*]*)\\*", "$1$2");
    }

    private void add(Node node) {
        page.getChildren().add(node);
    }

    private Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node image(String path, String alt) {
        InputStream in = GuideWindow.class.getResourceAsStream("/help/" + path);
        if (in == null) {
            return label("[" + alt + "]", "guide-text");
        }
        ImageView view = new ImageView(new Image(in));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(900, view.getImage().getWidth()));
        // Scaled down with the window, never up past the screenshot's own size.
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.min(
                view.getImage().getWidth(), Math.max(200, scroll.getViewportBounds().getWidth() - 40)),
                scroll.viewportBoundsProperty()));
        return view;
    }
}
