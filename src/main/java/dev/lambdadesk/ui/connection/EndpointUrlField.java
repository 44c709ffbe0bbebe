package dev.lambdadesk.ui.connection;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.aws.EndpointUrls;

/** The picker's optional endpoint URL: the text, whether the chosen connection takes one, and what is wrong with it. */
final class EndpointUrlField {

    final StringProperty text = new SimpleStringProperty(this, "endpointUrl", "");
    final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper(this, "endpointUrlApplies");
    final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "endpointUrlProblem", "");

    EndpointUrlField(String initial) {
        text.set(initial);
        problem.bind(Bindings.createStringBinding(() -> applies.get() && !text.get().isBlank()
                ? EndpointUrls.problem(text.get()).orElse("") : "", text, applies));
    }

    /** The URL to send to, when the chosen connection takes one and one is typed. */
    Optional<String> value() {
        String url = applies.get() ? text.get().strip() : "";
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
