package dev.lambdadesk.ui.statepanel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The live state panel at the bottom of the window: functions being created or updated and their state as it
 * changes. For now it only says what will appear there.
 */
public final class StatePanelViewModel {

    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "Functions you create or update appear here with their live state.");

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }
}
