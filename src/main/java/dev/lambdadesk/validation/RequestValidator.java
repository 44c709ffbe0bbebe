package dev.lambdadesk.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import dev.lambdadesk.core.Operation;

/**
 * Validates a request, written with the API's member names and nesting (AWS CLI input JSON), against the
 * service's rules. Thread-safe; build one and share it.
 */
public final class RequestValidator {

    /** The rule trees are compiled once per process; they are immutable. */
    private static final class Compiled {
        static final Map<Operation, OperationRules> RULES = OperationRules.compileAll();
    }

    /** Members whose rules read another top-level member: a change there re-checks the dependent member. */
    private static final Map<String, List<String>> DEPENDENTS = Map.of("CapacityProviderConfig",
            List.of("MemorySize"));

    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");

    /** Lambda's limit on a function's environment variables, measured by {@link #environmentBytes}. */
    public static final int ENVIRONMENT_MAX_BYTES = EnvironmentLimits.MAX_BYTES;

    private final Clock clock;

    private RequestValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Compiles the rule trees on a background thread now, so that building a validator costs nothing and its first
     * use does not wait for them (a server calls this first thing at start-up, before its other start-up work).
     */
    public static void compileInBackground() {
        Thread.ofPlatform().daemon().name("validator-compile").start(() -> Objects.requireNonNull(Compiled.RULES));
    }

    /** The compiled rules, compiled on first use (or by {@link #compileInBackground()}). */
    private static OperationRules rulesOf(Operation operation) {
        return Compiled.RULES.get(Objects.requireNonNull(operation, "operation"));
    }

    /** The rule set for every supported operation. */
    public static RequestValidator standard() {
        return standard(Clock.systemUTC());
    }

    /** The rule set for every supported operation, reading "now" (for time limits) from {@code clock}. */
    public static RequestValidator standard(Clock clock) {
        return new RequestValidator(clock);
    }

    /**
     * How Lambda measures environment variables against {@link #ENVIRONMENT_MAX_BYTES}: the {@code Variables}
     * object as compact JSON, in UTF-8 bytes. The same measure the size rule uses, for live size meters.
     */
    public static int environmentBytes(JsonNode variables) {
        return EnvironmentLimits.measure(variables);
    }

    /** All findings for {@code request}; empty when the request is valid. Never throws on bad input. */
    public List<Violation> validate(Operation operation, JsonNode request) {
        OperationRules opRules = rulesOf(operation);
        JsonNode body = request == null || request.isMissingNode() ? NullNode.getInstance() : request;
        Findings out = new Findings(operation, body, clock);
        opRules.request().check(body, MemberPath.root(body), out);
        if (body.isObject()) {
            for (RequestRule rule : opRules.rules()) {
                rule.check(body, out);
            }
        }
        return List.copyOf(out.violations());
    }

    /**
     * The findings at {@code memberPath} (and below it) plus those of every cross-field rule that reads it: what
     * changes when a person edits that one member. Paths are spelled as in {@link Violation#path()}.
     */
    public List<Violation> validate(Operation operation, JsonNode request, String memberPath) {
        OperationRules opRules = rulesOf(operation);
        if (request == null || !request.isObject() || memberPath == null || memberPath.isEmpty()) {
            return validate(operation, request);
        }
        List<String> watched = new ArrayList<>();
        watched.add(memberPath);
        watched.addAll(DEPENDENTS.getOrDefault(topMember(memberPath), List.of()));
        List<RequestRule> touching = opRules.rules().stream()
                .filter(r -> watched.stream().anyMatch(r::touches)).toList();
        Set<String> checked = new LinkedHashSet<>();
        watched.forEach(p -> checked.add(topMember(p)));
        touching.forEach(r -> r.reads().forEach(p -> checked.add(topMember(p))));

        Findings out = new Findings(operation, request, clock);
        MemberPath root = MemberPath.root(request);
        for (String member : checked) {
            opRules.request().checkMember(member, request.get(member), root, out);
        }
        int modelFindings = out.violations().size();
        touching.forEach(r -> r.check(request, out));
        List<Violation> result = new ArrayList<>();
        for (int i = 0; i < out.violations().size(); i++) {
            Violation v = out.violations().get(i);
            if (i >= modelFindings || watched.stream().anyMatch(w -> Requests.sameOrNested(v.path(), w))) {
                result.add(v);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The limits of a member in words, for a tooltip: "128–10240 MB (up to 32768 MB with a capacity provider)",
     * "Required. 1–64 characters ...". Empty for a member without limits or a path the operation lacks.
     */
    public Optional<String> describe(Operation operation, String memberPath) {
        OperationRules opRules = rulesOf(operation);
        String normalized = normalize(opRules, memberPath);
        Rule rule = normalized == null ? null : opRules.byPath().get(normalized);
        if (rule == null) {
            return Optional.empty();
        }
        String limit = rule.text().limit() != null ? rule.text().limit() : rule.limits();
        if (!isRequired(opRules, normalized)) {
            return Optional.ofNullable(limit);
        }
        return Optional.of(limit == null ? "Required" : "Required. " + limit);
    }

    /** What a person calls a member ("Memory", "Execution role"), or empty for a path the operation lacks. */
    public Optional<String> label(Operation operation, String memberPath) {
        OperationRules opRules = rulesOf(operation);
        String normalized = normalize(opRules, memberPath);
        Rule rule = normalized == null ? null : opRules.byPath().get(normalized);
        return rule == null ? Optional.empty() : Optional.of(rule.text().label());
    }

    /**
     * Every member path the operation's rules check, as findings spell them ({@code Layers[]} for any element,
     * {@code Environment.Variables{key}} for any key), so a form can prove each one lands on a field.
     */
    public Set<String> memberPaths(Operation operation) {
        return Set.copyOf(rulesOf(operation).byPath().keySet());
    }

    /** {@code Layers[2]} becomes {@code Layers[]}; a map entry {@code Tags.team} stands for its map, {@code Tags}. */
    private static String normalize(OperationRules opRules, String memberPath) {
        if (memberPath == null) {
            return null;
        }
        String path = LIST_INDEX.matcher(memberPath).replaceAll("[]");
        if (opRules.byPath().containsKey(path)) {
            return path;
        }
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            if (opRules.byPath().get(path.substring(0, dot)) instanceof MapRule) {
                return path.substring(0, dot);
            }
        }
        return null;
    }

    private static boolean isRequired(OperationRules opRules, String normalized) {
        int dot = normalized.lastIndexOf('.');
        String parent = dot < 0 ? "" : normalized.substring(0, dot);
        String name = normalized.substring(dot + 1);
        if (opRules.byPath().get(parent) instanceof StructureRule s) {
            StructureRule.Member m = s.member(name);
            return m != null && m.required();
        }
        return false;
    }

    private static String topMember(String memberPath) {
        int end = memberPath.length();
        int dot = memberPath.indexOf('.');
        int bracket = memberPath.indexOf('[');
        if (dot >= 0) {
            end = dot;
        }
        if (bracket >= 0 && bracket < end) {
            end = bracket;
        }
        return memberPath.substring(0, end);
    }
}
