package dev.lambdadesk.ui.signing.configs;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Code signing configs section: which publishers a function trusts and what happens to unsigned code.
 * For now it only says what will appear there.
 */
public final class CodeSigningConfigsViewModel {

    public CodeSigningConfigsViewModel(dev.lambdadesk.ui.signing.SigningContext context) {
    }

    private final ReadOnlyStringWrapper emptyStateTitle = new ReadOnlyStringWrapper("Code signing configurations");
    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "Code signing configurations arrive here: each one's policy (Warn or Enforce), the signing "
            + "profiles it trusts and the functions that use it.");

    public ReadOnlyStringProperty emptyStateTitleProperty() {
        return emptyStateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }
}
