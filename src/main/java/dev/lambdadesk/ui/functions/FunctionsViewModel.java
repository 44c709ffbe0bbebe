package dev.lambdadesk.ui.functions;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Functions section: the account's functions and creating new ones.
 * For now it only says what will appear there.
 */
public final class FunctionsViewModel {

    private final ReadOnlyStringWrapper emptyStateTitle = new ReadOnlyStringWrapper("Function explorer");
    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "The function explorer arrives here: every function in the account, its state, runtime and code "
            + "signing. Creating a function starts here too.");

    public ReadOnlyStringProperty emptyStateTitleProperty() {
        return emptyStateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }
}
