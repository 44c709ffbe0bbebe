package dev.lambdadesk.ui.signing.profiles;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Signing profiles section: the AWS Signer profiles that sign code packages.
 * For now it only says what will appear there.
 */
public final class SigningProfilesViewModel {

    private final ReadOnlyStringWrapper emptyStateTitle = new ReadOnlyStringWrapper("Signing profiles");
    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "Signing profiles arrive here: each profile's platform, status, validity and versions, with "
            + "creating, canceling and revoking.");

    public ReadOnlyStringProperty emptyStateTitleProperty() {
        return emptyStateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }
}
