package dev.lambdadesk.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Severity;

/** Collects the findings of one validation run and renders model findings in AWS's wording. */
final class Findings {

    private final Operation operation;
    private final JsonNode request;
    private final Clock clock;
    private final List<Violation> violations = new ArrayList<>(4);
    private int capacityProvider = -1;

    Findings(Operation operation, JsonNode request, Clock clock) {
        this.operation = operation;
        this.request = request;
        this.clock = clock;
    }

    Operation operation() {
        return operation;
    }

    JsonNode request() {
        return request;
    }

    Clock clock() {
        return clock;
    }

    List<Violation> violations() {
        return violations;
    }

    /** The function runs on Lambda Managed Instances, which lifts the standard memory limit. */
    boolean onCapacityProvider() {
        if (capacityProvider < 0) {
            JsonNode cp = request == null ? null : request.get("CapacityProviderConfig");
            capacityProvider = cp != null && cp.isObject() ? 1 : 0;
        }
        return capacityProvider == 1;
    }

    void add(Violation v) {
        violations.add(v);
    }

    void error(String path, String message, AwsFinding aws) {
        violations.add(new Violation(path, message, Severity.ERROR, aws));
    }

    /**
     * An error found by a service rule but reported in the model's member order, as AWS lists its clauses: placed
     * before the first finding at any of {@code laterMembers} (top-level members that follow the rule's member).
     */
    void errorBefore(List<String> laterMembers, String path, String message, AwsFinding aws) {
        int at = violations.size();
        for (int i = 0; i < violations.size(); i++) {
            String p = violations.get(i).path();
            if (laterMembers.stream().anyMatch(m -> Requests.sameOrNested(p, m))) {
                at = i;
                break;
            }
        }
        violations.add(at, new Violation(path, message, Severity.ERROR, aws));
    }

    void warning(String path, String message) {
        violations.add(new Violation(path, message, Severity.WARNING, null));
    }

    /** Whether an error is already reported at exactly this path (so a service limit does not repeat it). */
    boolean hasErrorAt(String path) {
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            if (v.isError() && v.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** A broken model constraint: reported as AWS's ValidationException clause for the rule's placement. */
    void modelProblem(Rule rule, MemberPath path, String message, String constraint) {
        String clause = switch (rule.placement()) {
            case MEMBER -> WireText.clause(path.node(), rule.sensitive(), path.wire(), constraint);
            case LIST_ELEMENT -> containerClause(rule, path, WireText.listMember(withNotNull(rule)));
            case MAP_KEY -> containerClause(rule, path, WireText.mapKeys(rule.constraintPhrases()));
            case MAP_VALUE -> containerClause(rule, path, WireText.mapValues(withNotNull(rule)));
        };
        error(path.api(), message, AwsFinding.validation(clause));
    }

    void missing(Rule rule, MemberPath path) {
        error(path.api(), Messages.required(rule.text()), AwsFinding.validation(
                WireText.clause(null, false, path.wire(), WireText.NOT_NULL)));
    }

    /** A value of the wrong JSON type, which AWS cannot even read. */
    void typeError(Rule rule, MemberPath path) {
        JsonNode v = path.node();
        String wire;
        if (v == null || v.isNull()) {
            wire = "null can not be converted to " + rule.wireTypeName();
        } else if (v.isArray()) {
            wire = "Start of list found where not expected";
        } else if (v.isObject()) {
            wire = "Start of structure or map found where not expected.";
        } else {
            String token = v.isTextual() ? "STRING_VALUE" : v.isNumber() ? "NUMBER_VALUE" : "BOOLEAN_VALUE";
            wire = token + " can not be converted to " + rule.wireTypeName();
        }
        serializationError(rule, path, Messages.wrongType(rule.text(), rule.expectedKind(), v), wire);
    }

    void serializationError(Rule rule, MemberPath path, String message, String wire) {
        error(path.api(), message, new AwsFinding(AwsFinding.SERIALIZATION_EXCEPTION, wire));
    }

    /** A member the API does not have; AWS ignores those, so the finding has no wire wording. */
    void unknownMember(MemberPath path, String context, String suggestion) {
        String name = path.api();
        int dot = name.lastIndexOf('.');
        String member = dot < 0 ? name : name.substring(dot + 1);
        String message = suggestion != null
                ? "Unknown member '" + member + "'; did you mean '" + suggestion + "'? Member names are "
                        + "case-sensitive."
                : "'" + member + "' is not a member of " + context + "; remove it or check the spelling.";
        violations.add(new Violation(name, message, Severity.ERROR, null));
    }

    private static String containerClause(Rule rule, MemberPath path, String constraint) {
        MemberPath container = path.parent();
        return WireText.clause(container.node(), rule.sensitive(), container.wire(), constraint);
    }

    private static List<String> withNotNull(Rule rule) {
        List<String> phrases = new ArrayList<>(rule.constraintPhrases());
        phrases.add(WireText.NOT_NULL);
        return phrases;
    }
}
