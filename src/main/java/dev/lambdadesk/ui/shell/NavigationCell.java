package dev.lambdadesk.ui.shell;

import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

import org.kordamp.ikonli.javafx.FontIcon;

/** One sidebar entry: the section's icon and title, with the id {@code nav-<section id>} so tests can find it. */
final class NavigationCell extends ListCell<Section> {

    NavigationCell() {
        getStyleClass().add("navigation-cell");
    }

    @Override
    protected void updateItem(Section section, boolean empty) {
        super.updateItem(section, empty);
        if (empty || section == null) {
            setId(null);
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setId("nav-" + section.id());
        setText(section.title());
        setGraphic(new FontIcon(section.iconLiteral()));
        setTooltip(new Tooltip(section.title() + " (" + SectionShortcuts.keysFor(section).getDisplayText() + ")"));
    }
}
