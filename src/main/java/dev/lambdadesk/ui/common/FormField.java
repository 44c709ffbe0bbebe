package dev.lambdadesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One field of a form, declared once: its id (the control's node id and the key of its findings), the request member
 * it edits as the API spells it ({@code MemorySize}, {@code VpcConfig.SubnetIds}, {@code FileSystemConfigs[0].Arn}),
 * its label, the value a person edits, how that value is written into the request JSON and read back, whether it
 * is secret and whether drafts keep it. Forms derive their rows, requests, imports, drafts and the mapping of
 * findings to fields from these declarations.
 *
 * @param <T> the value's type
 */
public final class FormField<T> {

    private final String id;
    private final String path;
    private final String label;
    private final Observable input;
    private final Property<T> property;
    private final Supplier<T> getter;
    private final Consumer<T> setter;
    private final FieldCodec<T> codec;
    private final T initial;
    private final List<String> claims = new ArrayList<>();
    private Supplier<T> whenAbsent;
    private ObservableBooleanValue applies = new ReadOnlyBooleanWrapper(true);
    private boolean inRequest = true;
    private boolean keptInDrafts = true;
    private boolean secret;

    private FormField(String id, String path, String label, Observable input, Supplier<T> getter,
            Consumer<T> setter, FieldCodec<T> codec, T initial) {
        this.id = Objects.requireNonNull(id, "id");
        this.path = Objects.requireNonNull(path, "path");
        this.label = Objects.requireNonNull(label, "label");
        this.input = input;
        this.property = input instanceof Property<?> ? property(input) : null;
        this.getter = getter;
        this.setter = setter;
        this.codec = codec;
        this.initial = initial;
        this.whenAbsent = codec::empty;
        claims.add(path);
    }

    @SuppressWarnings("unchecked") // only called with the Property<T> given to of(...)
    private static <T> Property<T> property(Observable input) {
        return (Property<T>) input;
    }

    /** A field editing {@code property}; a new form holds the property's current value. */
    public static <T> FormField<T> of(String id, String path, String label, Property<T> property,
            FieldCodec<T> codec) {
        return new FormField<>(id, path, label, property, property::getValue, property::setValue, codec,
                property.getValue());
    }

    /** A field whose value lives elsewhere (a table's rows): {@code input} tells its changes. */
    public static <T> FormField<T> of(String id, String path, String label, Observable input, Supplier<T> getter,
            Consumer<T> setter, FieldCodec<T> codec) {
        return new FormField<>(id, path, label, input, getter, setter, codec, codec.empty());
    }

    /** Findings at or below these paths (a structure the member sits in) land on this field too. */
    public FormField<T> alsoClaims(String... paths) {
        claims.addAll(List.of(paths));
        return this;
    }

    /** Findings at these paths land on this field, and none at its member path (a value outside the request). */
    public FormField<T> claimsOnly(String... paths) {
        claims.clear();
        claims.addAll(List.of(paths));
        return this;
    }

    /** An import that lacks the member (or has it empty) sets this value rather than the empty one. */
    public FormField<T> whenAbsent(Supplier<T> value) {
        this.whenAbsent = Objects.requireNonNull(value);
        return this;
    }

    /** While {@code condition} is false the field does not apply: it is disabled and not sent. */
    public FormField<T> appliesWhen(ObservableBooleanValue condition) {
        this.applies = Objects.requireNonNull(condition);
        return this;
    }

    /** The value is not part of the request (a name for a role made first): only drafts keep it. */
    public FormField<T> outsideRequest() {
        this.inRequest = false;
        return this;
    }

    /** Drafts leave the value out (a package's bytes). */
    public FormField<T> notInDrafts() {
        this.keptInDrafts = false;
        return this;
    }

    /** The value may hold secrets: drafts keep it only when the person allows secrets in drafts. */
    public FormField<T> secret() {
        this.secret = true;
        return this;
    }

    /** Writes the value into {@code request} at the member path, when the field applies and is part of it. */
    public void writeTo(ObjectNode request) {
        if (inRequest && applies.get()) {
            put(request, getter.get());
        }
    }

    /** Writes {@code value} at the member path; structures on the way are made only when something is written. */
    public void put(ObjectNode request, T value) {
        JsonMembers.put(request, path, (parent, member) -> codec.write(parent, member, value));
    }

    /** Takes the member out of {@code request} into the field; structures left empty are removed. */
    public void readFrom(ObjectNode request) {
        if (inRequest) {
            setter.accept(take(request));
        }
    }

    /** Removes the member from {@code request} and returns its value (the absent value when it is missing). */
    public T take(ObjectNode request) {
        T value = JsonMembers.take(request, path, codec::take, codec.empty());
        return value == null || value.equals(codec.empty()) ? whenAbsent.get() : value;
    }

    /** The member in {@code request} (a missing node when absent), read without changing the request. */
    public JsonNode in(JsonNode request) {
        return JsonMembers.at(request, path);
    }

    /** Back to the value of a new form. */
    public void reset() {
        setter.accept(initial);
    }

    /** Keeps the value beside the request in a draft ({@code form}), under the field's id. */
    public void writeDraft(ObjectNode form) {
        codec.write(form, id, getter.get());
    }

    /** Reads the value kept by {@link #writeDraft}, when the draft has it. */
    public void readDraft(JsonNode form) {
        if (form instanceof ObjectNode kept && kept.has(id)) {
            setter.accept(codec.take(kept.deepCopy(), id));
        }
    }

    public String id() {
        return id;
    }

    /** The request member the field edits, as the API spells it. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The paths whose findings land on this field. */
    public List<String> claims() {
        return List.copyOf(claims);
    }

    /** What changes when the person edits the field. */
    public Observable input() {
        return input;
    }

    /** The property a control binds to; only for fields made from one. */
    public Property<T> property() {
        if (property == null) {
            throw new IllegalStateException(id + " is edited by its own editor, not a property");
        }
        return property;
    }

    public T value() {
        return getter.get();
    }

    public void set(T value) {
        setter.accept(value);
    }

    public boolean applies() {
        return applies.get();
    }

    public boolean inRequest() {
        return inRequest;
    }

    public boolean keptInDrafts() {
        return keptInDrafts;
    }

    public boolean isSecret() {
        return secret;
    }
}
