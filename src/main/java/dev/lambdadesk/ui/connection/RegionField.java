package dev.lambdadesk.ui.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import dev.lambdadesk.aws.AwsProfiles;

/**
 * The picker's type-ahead region: the text typed, the known regions that contain it (all of them while the text
 * is empty or already a known region), and why the text cannot be used. A region this SDK does not know yet is
 * accepted when it has the form of a region name.
 */
final class RegionField {

    private final List<String> known;
    private final StringProperty text = new SimpleStringProperty(this, "region", "");
    private final FilteredList<String> matching;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "regionProblem", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "regionEditable", true);
    /** Regions typed for choices while the picker is open, so going back to one finds it again. */
    private final Map<ConnectionChoice, String> typed = new HashMap<>();

    /** The commercial regions (and {@code current} first, when it is from another partition), set to current. */
    static RegionField startingAt(String current) {
        List<String> all = new ArrayList<>(AwsProfiles.commercialRegions());
        if (!all.contains(current)) {
            all.add(0, current);
        }
        RegionField field = new RegionField(all);
        field.text.set(current);
        return field;
    }

    private RegionField(List<String> known) {
        this.known = List.copyOf(known);
        matching = new FilteredList<>(FXCollections.observableArrayList(this.known));
        text.addListener((observable, old, now) -> matching.setPredicate(region -> matches(region, now)));
        problem.bind(Bindings.createStringBinding(() -> AwsProfiles.regionProblem(text.get()).orElse(""), text));
    }

    private boolean matches(String region, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || known.contains(t) || region.contains(t);
    }

    /**
     * Another choice was made: what was typed for the old one is kept; the new one shows what was typed for it, else
     * {@code own} region. The local endpoint's region is not the person's to change.
     */
    void choiceChanged(ConnectionChoice old, ConnectionChoice now, Function<ConnectionChoice, String> own) {
        if (old != null && old.takesRegion()) {
            typed.put(old, value());
        }
        if (now != null) {
            String again = typed.get(now);
            text.set(again != null ? again : own.apply(now));
        }
        editable.set(now == null || now.takesRegion());
    }

    /** The region as typed or picked. */
    StringProperty text() {
        return text;
    }

    List<String> all() {
        return known;
    }

    /** The known regions that match what is typed. */
    ObservableList<String> matching() {
        return FXCollections.unmodifiableObservableList(matching);
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** False while the local endpoint is chosen: it keeps its own region. */
    BooleanProperty editable() {
        return editable;
    }

    /** The region to connect with: the text without surrounding spaces. */
    String value() {
        return text.get() == null ? "" : text.get().strip();
    }
}
