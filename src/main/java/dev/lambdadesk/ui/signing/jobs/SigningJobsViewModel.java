package dev.lambdadesk.ui.signing.jobs;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Signing jobs section: signing code packages and the record of every signature.
 * For now it only says what will appear there.
 */
public final class SigningJobsViewModel {

    public SigningJobsViewModel(dev.lambdadesk.ui.signing.SigningContext context) {
    }

    private final ReadOnlyStringWrapper emptyStateTitle = new ReadOnlyStringWrapper("Signing jobs");
    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "Signing jobs arrive here: each job's source package, signed object, profile version and status,"
            + " and signing a package for deployment.");

    public ReadOnlyStringProperty emptyStateTitleProperty() {
        return emptyStateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }
}
