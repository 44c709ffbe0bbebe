package dev.lambdadesk.ui.statepanel;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.ToneStyles;

/** One watched function: state badge, reasons, a strip of timestamped changes, elapsed time and stop/dismiss. */
final class WatchRowView extends HBox {

    /** Timeline entries shown in the strip; all of them are in the strip's tooltip. */
    private static final int SHOWN_ENTRIES = 5;

    private final WatchRow row;
    /** The newest chips that fit; older ones leave the strip rather than be cut mid-word at its edge. */
    private final HBox strip = new HBox() {
        @Override
        protected void layoutChildren() {
            double room = getWidth() - snappedLeftInset() - snappedRightInset();
            double used = 0;
            for (int i = getChildren().size() - 1; i >= 0; i--) {
                Node chip = getChildren().get(i);
                used += chip.prefWidth(-1) + (used == 0 ? 0 : getSpacing());
                chip.setVisible(used <= room);
                chip.setManaged(used <= room);
            }
            super.layoutChildren();
        }
    };

    WatchRowView(WatchRow row, Runnable dismiss) {
        this.row = row;
        String id = "watch-" + row.functionName();
        setId(id);
        getStyleClass().add("watch-row");
        setAlignment(Pos.CENTER_LEFT);

        Label badge = new Label();
        badge.setId(id + "-badge");
        badge.getStyleClass().add("state-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.textProperty().bind(row.badgeProperty());
        ToneStyles.bind(badge, row.toneProperty());

        Label name = new Label(row.functionName());
        name.getStyleClass().add("watch-name");
        name.setMinWidth(Region.USE_PREF_SIZE); // the function's name gives way last; the action is cut first
        name.setTooltip(new Tooltip(row.functionName()));
        Label action = new Label(row.action());
        action.getStyleClass().add("watch-action");
        action.setMinWidth(0);
        action.setTooltip(new Tooltip(row.action()));
        Label reason = muted(id + "-reason");
        reason.textProperty().bind(Bindings.createStringBinding(() -> join(row.reasonProperty().get(),
                row.lastUpdateProperty().get()), row.reasonProperty(), row.lastUpdateProperty()));
        VBox text = new VBox(new HBox(6, name, action), reason);
        text.getStyleClass().add("watch-text");
        text.setMinWidth(180);
        text.setPrefWidth(240); // leaves the timeline room for its newest change at 1024 px

        strip.getStyleClass().add("watch-timeline");
        strip.setMinWidth(0); // its tooltip has every entry
        strip.setId(id + "-timeline");
        row.timeline().addListener((ListChangeListener<TimelineEntry>) change -> showTimeline());
        showTimeline();
        HBox.setHgrow(strip, Priority.ALWAYS);

        Label elapsed = muted(id + "-elapsed");
        elapsed.textProperty().bind(row.elapsedProperty());
        Label activity = muted(id + "-activity");
        activity.textProperty().bind(row.activityProperty());
        FontIcon trouble = new FontIcon("fth-wifi-off");
        trouble.getStyleClass().add("watch-trouble");
        trouble.visibleProperty().bind(row.reconnectingProperty());
        trouble.managedProperty().bind(row.reconnectingProperty());
        VBox timing = new VBox(elapsed, new HBox(4, trouble, activity));
        timing.getStyleClass().add("watch-timing");
        timing.setMinWidth(150);

        getChildren().addAll(badge, text, strip, timing, stopOrDismiss(id, dismiss));
    }

    private Region stopOrDismiss(String id, Runnable dismiss) {
        Button stop = iconButton(id + "-cancel", "fth-square", "Stop watching " + row.functionName());
        stop.setOnAction(event -> row.cancel());
        Button close = iconButton(id + "-dismiss", "fth-x", "Remove " + row.functionName() + " from the panel");
        close.setOnAction(event -> dismiss.run());
        stop.visibleProperty().bind(row.finishedProperty().not());
        stop.managedProperty().bind(stop.visibleProperty());
        close.visibleProperty().bind(row.finishedProperty());
        close.managedProperty().bind(close.visibleProperty());
        return new HBox(stop, close);
    }

    private void showTimeline() {
        var entries = row.timeline();
        strip.getChildren().clear();
        int from = Math.max(0, entries.size() - SHOWN_ENTRIES);
        if (from > 0) {
            strip.getChildren().add(new Label("…"));
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry e = entries.get(i);
            all.append(e.time()).append("  ").append(e.text()).append('\n');
            if (i >= from) {
                strip.getChildren().add(chip(e));
            }
        }
        Tooltip.install(strip, new Tooltip(all.toString().strip()));
    }

    private static Label chip(TimelineEntry entry) {
        Label chip = new Label(entry.time() + " " + entry.word());
        chip.getStyleClass().add("timeline-chip");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        ToneStyles.apply(chip, entry.tone());
        chip.setTooltip(new Tooltip(entry.time() + "  " + entry.text()));
        return chip;
    }

    private static Button iconButton(String id, String icon, String text) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        return b;
    }

    private static Label muted(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("watch-muted");
        return label;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " · " + b;
    }
}
