package dev.lambdadesk.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Region;

/**
 * A table beside the selected row's details, split so that both stay whole: every column at least as wide as its
 * title (cells ellipsize instead, with the whole value in a tooltip), the table as wide as its columns would like
 * when the window allows, and the details pane between a width where values stay readable and one past which more
 * width helps nobody.
 */
public final class TableWithDetails {

    /** Narrower than this, the details' names and values crowd each other. */
    public static final double DETAILS_MIN = DetailsGrid.MIN_WIDTH;
    /** Wider than this, the details gain nothing the table could not use better. */
    public static final double DETAILS_MAX = 460;
    /** Room for a column's sort arrow, so sorting by it does not cut its title. */
    private static final double SORT_ARROW = 14;
    private static final String TITLE_WIDTH = "lambdadesk.titleWidth";
    private static final String OWN_MIN = "lambdadesk.ownMinWidth";
    /** The table's border and its vertical scroll bar. */
    private static final double TABLE_FRAME = 12;

    private TableWithDetails() {
    }

    /** The split of {@code tablePane} (holding {@code table}) and {@code details}. */
    public static SplitPane split(TableView<?> table, Region tablePane, Region details) {
        details.setMinWidth(DETAILS_MIN);
        details.setMaxWidth(DETAILS_MAX);
        SplitPane split = new SplitPane(tablePane, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        DoubleProperty needed = new SimpleDoubleProperty(); // what the columns' titles need, once known
        keepTitlesWhole(table, needed);
        InvalidationListener place = o -> place(split, table, needed.get());
        split.widthProperty().addListener(place);
        needed.addListener(place);
        return split;
    }

    /** What the table's columns would like (their preferred widths), so the table gives way last. */
    private static double columnsWidth(TableView<?> table) {
        return TABLE_FRAME + table.getColumns().stream().filter(TableColumn::isVisible)
                .mapToDouble(TableColumn::getPrefWidth).sum();
    }

    /** Gives the table the width its columns would like and the details the rest, within the details' bounds. */
    private static void place(SplitPane split, TableView<?> tableView, double needed) {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        double divider = 8;
        double table = Math.max(needed, columnsWidth(tableView));
        double details = Math.clamp(width - table - divider, DETAILS_MIN, DETAILS_MAX);
        split.setDividerPositions(Math.max(0.1, (width - details - divider / 2) / width));
    }

    /**
     * Once the table is laid out (its titles have their font), raises each column's minimum width to what its
     * title needs, and {@code needed} to the sum; columns the table resizes then never cut their titles. The table
     * itself keeps no minimum: in a window narrower than the columns need, it scrolls sideways rather than push
     * the window's content past its edge.
     */
    private static void keepTitlesWhole(TableView<?> table, DoubleProperty needed) {
        InvalidationListener fit = new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (table.getWidth() <= 0 || table.lookup(".column-header") == null) {
                    return;
                }
                table.widthProperty().removeListener(this);
                fitTitles(table, needed);
            }
        };
        table.widthProperty().addListener(fit);
    }

    private static void fitTitles(TableView<?> table, DoubleProperty needed) {
        table.applyCss();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label title) {
                var properties = header.getTableColumn().getProperties();
                properties.putIfAbsent(OWN_MIN, header.getTableColumn().getMinWidth());
                properties.put(TITLE_WIDTH, Math.ceil(title.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset()));
            }
        }
        fitSorted(table, needed);
        table.getSortOrder().addListener((InvalidationListener) o -> fitSorted(table, needed));
    }

    /** Each column's minimum: its title's width, and room for the arrow while the table is sorted by it. */
    private static void fitSorted(TableView<?> table, DoubleProperty needed) {
        double sum = TABLE_FRAME;
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getProperties().get(TITLE_WIDTH) instanceof Double title
                    && column.getProperties().get(OWN_MIN) instanceof Double own) {
                double arrow = table.getSortOrder().contains(column) ? SORT_ARROW : 0;
                column.setMinWidth(Math.max(own, title + arrow));
            }
            sum += column.isVisible() ? column.getMinWidth() : 0;
        }
        needed.set(sum);
    }
}
