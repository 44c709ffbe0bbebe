package dev.lambdadesk.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.Severity;
import dev.lambdadesk.validation.Violation;

/**
 * A form's findings, sorted onto its fields: the ViewModel registers each field with the request members it edits,
 * hands over the validator's {@link Violation}s after every change, and after a failed call the member paths the
 * service named. Views draw {@link #feedback(String)} beside each field and {@link #problems()} as a summary.
 * Toolkit-free (javafx.base only), so it is used and tested in plain JUnit.
 *
 * <p>Only the offline rules' errors block the form ({@link #hasErrorsProperty()}); a service error marks its field
 * until that field is edited, but the person may retry without changing anything.
 */
public final class FormValidation {

    /** The pseudo-field for findings no registered field claims. */
    public static final String FORM = "";

    private static final class Field {
        final List<String> paths = new ArrayList<>();
        final ReadOnlyObjectWrapper<FieldFeedback> feedback = new ReadOnlyObjectWrapper<>(FieldFeedback.NONE);
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Problem> serviceMarks = new LinkedHashMap<>();
    private List<Problem> ruleProblems = List.of();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper(this, "hasErrors");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "No problems");

    /** Registers a field (in form order) with the member paths it edits; findings at or below them land on it. */
    public void field(String fieldId, String... memberPaths) {
        Field field = fields.computeIfAbsent(fieldId, id -> new Field());
        field.paths.addAll(List.of(memberPaths));
    }

    /** Registers a declared field with the paths it claims. */
    public void field(FormField<?> field) {
        field(field.id(), field.claims().toArray(String[]::new));
    }

    /** Replaces the member paths of a field (a table row that was renamed, a code source that switched). */
    public void reassign(String fieldId, List<String> memberPaths) {
        Field field = fields.computeIfAbsent(fieldId, id -> new Field());
        field.paths.clear();
        field.paths.addAll(memberPaths);
    }

    /** The field whose registered path is the longest one at or above {@code memberPath}, or {@link #FORM}. */
    public String fieldFor(String memberPath) {
        String best = FORM;
        int bestLength = -1;
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            for (String path : e.getValue().paths) {
                if (path.length() > bestLength && sameOrNested(memberPath, path)) {
                    best = e.getKey();
                    bestLength = path.length();
                }
            }
        }
        return best;
    }

    /** Shows the offline rules' findings for the current content of the form, replacing the previous ones. */
    public void show(List<Violation> violations) {
        Set<Problem> found = new LinkedHashSet<>();
        for (Violation v : violations) {
            found.add(new Problem(fieldFor(v.path()), v.path(), v.message(), v.severity(), false));
        }
        ruleProblems = List.copyOf(found);
        refresh();
    }

    /**
     * Marks the fields of the members a failed call named ({@code memberPaths}, as {@code AwsProblem} gives them)
     * with {@code message}; with no member, or none the form knows, the problem is shown for the whole form.
     *
     * @return true when at least one field was marked
     */
    public boolean showServiceProblem(String message, List<String> memberPaths) {
        serviceMarks.clear();
        for (String path : memberPaths) {
            String fieldId = fieldFor(path);
            if (!fieldId.equals(FORM)) {
                serviceMarks.putIfAbsent(fieldId, new Problem(fieldId, path, message, Severity.ERROR, true));
            }
        }
        boolean marked = !serviceMarks.isEmpty();
        if (!marked) {
            serviceMarks.put(FORM, new Problem(FORM, "", message, Severity.ERROR, true));
        }
        refresh();
        return marked;
    }

    /**
     * As {@link #showServiceProblem}, for forms that show the refusal in a {@link RefusalView}: the fields the
     * service named are marked, and a refusal that names none is not repeated as a line of the problems list.
     */
    public boolean markServiceFields(String message, List<String> memberPaths) {
        serviceMarks.clear();
        for (String path : memberPaths) {
            String fieldId = fieldFor(path);
            if (!fieldId.equals(FORM)) {
                serviceMarks.putIfAbsent(fieldId, new Problem(fieldId, path, message, Severity.ERROR, true));
            }
        }
        refresh();
        return !serviceMarks.isEmpty();
    }

    /** The person changed {@code fieldId}: a service error shown on it no longer applies. */
    public void edited(String fieldId) {
        if (serviceMarks.remove(fieldId) != null) {
            refresh();
        }
    }

    /** Forgets every service error (before a new call, or when the form is reset). */
    public void clearServiceProblems() {
        if (!serviceMarks.isEmpty()) {
            serviceMarks.clear();
            refresh();
        }
    }

    /** What to show beside {@code fieldId}; registers the field if it is not known yet. */
    public ReadOnlyObjectProperty<FieldFeedback> feedback(String fieldId) {
        return fields.computeIfAbsent(fieldId, id -> new Field()).feedback.getReadOnlyProperty();
    }

    /** Every finding, in form order (fields as registered, the whole form last). */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The findings at or below {@code memberPath}, for editors that show them per row. */
    public List<Problem> problemsUnder(String memberPath) {
        return problems.stream().filter(p -> sameOrNested(p.path(), memberPath)).toList();
    }

    /** True while an offline rule reports an error: the form's action must stay disabled. */
    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public boolean hasErrors() {
        return hasErrors.get();
    }

    /** "No problems", "2 errors", "1 error, 1 warning". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void refresh() {
        List<Problem> all = new ArrayList<>(ruleProblems);
        all.addAll(serviceMarks.values());
        List<String> order = new ArrayList<>(fields.keySet());
        all.sort(Comparator.comparingInt(p -> p.fieldId().equals(FORM) ? Integer.MAX_VALUE
                : order.indexOf(p.fieldId())));
        if (!problems.equals(all)) {
            problems.setAll(all);
        }
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            e.getValue().feedback.set(feedbackOf(all, e.getKey()));
        }
        hasErrors.set(ruleProblems.stream().anyMatch(Problem::isError));
        summary.set(summaryOf(all));
    }

    private static FieldFeedback feedbackOf(List<Problem> all, String fieldId) {
        Severity severity = null;
        Set<String> messages = new LinkedHashSet<>();
        for (Problem p : all) {
            if (p.fieldId().equals(fieldId)) {
                messages.add(p.message());
                severity = severity == Severity.ERROR || p.isError() ? Severity.ERROR : Severity.WARNING;
            }
        }
        return severity == null ? FieldFeedback.NONE : new FieldFeedback(severity, String.join("\n", messages));
    }

    private static String summaryOf(List<Problem> all) {
        long errors = all.stream().filter(Problem::isError).count();
        long warnings = all.size() - errors;
        if (all.isEmpty()) {
            return "No problems";
        }
        return Counts.errorsAndWarnings(errors, warnings);
    }

    /** True when {@code path} is {@code base} or a member or element below it. */
    static boolean sameOrNested(String path, String base) {
        if (!path.startsWith(base)) {
            return false;
        }
        if (path.length() == base.length() || base.isEmpty()) {
            return true;
        }
        char next = path.charAt(base.length());
        return next == '.' || next == '[';
    }
}
