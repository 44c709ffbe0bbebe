package dev.lambdadesk.ui.functions.explorer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.TextCell;

/**
 * The explorer table's columns. Cells do little per update, as the table updates every visible cell on each
 * keystroke of the filter: plain values, a number for memory (so it sorts as one), and a state cell that follows
 * what the listing learns through one listener per cell rather than a binding per row.
 */
final class FunctionTableColumns {

    private FunctionTableColumns() {
    }

    static List<TableColumn<FunctionSummary, ?>> all(FunctionListing listing) {
        return List.of(
                column("Name", "name", 150, FunctionSummary::name),
                column("Runtime", "runtime", 98, f -> f.runtime().isEmpty() ? "—" : f.runtime()),
                column("Type", "package", 56, FunctionSummary::packageType),
                memory(),
                column("Modified", "modified", 146, f -> shortTime(f.lastModified())),
                state(listing),
                column("Signed", "signed", 72, f -> f.signed() ? "Yes" : "No"));
    }

    private static <T> TableColumn<FunctionSummary, T> column(String title, String id, double width,
            Function<FunctionSummary, T> value) {
        TableColumn<FunctionSummary, T> column = new TableColumn<>(title);
        column.setId("column-" + id);
        column.setPrefWidth(width); // the table keeps each title whole (TableWithDetails); cells ellipsize
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TextCell<>());
        return column;
    }

    /** Memory as a number, so it sorts as one; shown as "1,024 MB". */
    private static TableColumn<FunctionSummary, Integer> memory() {
        TableColumn<FunctionSummary, Integer> column = column("Memory", "memory", 80, FunctionSummary::memorySize);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer megabytes, boolean empty) {
                super.updateItem(megabytes, empty);
                setText(empty || megabytes == null ? null : String.format(Locale.ROOT, "%,d MB", megabytes));
            }
        });
        return column;
    }

    /** ListFunctions does not report State: a row on screen asks for its own, and shows it once read. */
    private static TableColumn<FunctionSummary, FunctionSummary> state(FunctionListing listing) {
        TableColumn<FunctionSummary, FunctionSummary> column = column("State", "state", 80, f -> f);
        column.setComparator(Comparator.comparing(listing::stateOf));
        column.setMinWidth(76); // "Pending", "Inactive" whole
        column.setCellFactory(c -> new StateCell(listing));
        return column;
    }

    /** "2026-05-03T10:11:12.345+0000" reads as "2026-05-03 10:11" (UTC, as Lambda reports it). */
    private static String shortTime(String lastModified) {
        if (lastModified.length() >= 16 && lastModified.charAt(10) == 'T') {
            return lastModified.substring(0, 10) + " " + lastModified.substring(11, 16);
        }
        return lastModified;
    }

    /** A state cell: the row's state once known; a row shown without one asks the listing to read it. */
    private static final class StateCell extends TableCell<FunctionSummary, FunctionSummary> {
        private final FunctionListing listing;

        StateCell(FunctionListing listing) {
            this.listing = listing;
        }

        @Override
        protected void updateItem(FunctionSummary function, boolean empty) {
            super.updateItem(function, empty);
            if (empty || function == null) {
                setText(null);
                return;
            }
            setText(listing.stateOf(function));
            listing.wantState(function);
        }
    }
}
