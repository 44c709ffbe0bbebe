package dev.lambdadesk.ui.common;

import java.util.List;
import java.util.Objects;

import dev.lambdadesk.aws.AwsProblem;

/**
 * A call the service (or the connection) refused, in a person's words: which check failed, what it means, what to
 * do; the service's own code and text are kept for whoever asks for them. Every screen shows refusals through
 * {@link RefusalView}.
 *
 * @param title       which check failed ("Unsigned package", "Access denied")
 * @param explanation what happened, in plain words
 * @param remedy      what to do about it (may be empty when the explanation says it)
 * @param errorCode   the service's error code, or empty for failures on this side
 * @param serviceText the service's own message, or empty
 * @param memberPaths the request members the service named (e.g. MemorySize)
 */
public record Refusal(AwsProblem.Kind kind, String title, String explanation, String remedy, String errorCode,
                      String serviceText, List<String> memberPaths) {

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(explanation, "explanation");
        remedy = Objects.requireNonNullElse(remedy, "");
        errorCode = Objects.requireNonNullElse(errorCode, "");
        serviceText = Objects.requireNonNullElse(serviceText, "");
        memberPaths = List.copyOf(memberPaths);
    }

    /** The refusal for a failed call as the connection's explainer understood it. */
    public static Refusal of(AwsProblem problem) {
        return new Refusal(problem.kind(), titleOf(problem.kind()), problem.summary(), "", problem.errorCode(),
                problem.serviceText(), problem.memberPaths());
    }

    /** The same refusal told more precisely: a diagnosis that knows which check failed and why. */
    public Refusal diagnosed(String checkTitle, String why, String whatToDo) {
        return new Refusal(kind, checkTitle, why, whatToDo, errorCode, serviceText, memberPaths);
    }

    /** One line: what happened and what to do. */
    public String summary() {
        return remedy.isEmpty() ? explanation : explanation + " " + remedy;
    }

    /** The service's words, "Code: text", for the details a person may open; empty when it said nothing. */
    public String serviceDetail() {
        if (errorCode.isEmpty()) {
            return serviceText;
        }
        return serviceText.isEmpty() ? errorCode : errorCode + ": " + serviceText;
    }

    private static String titleOf(AwsProblem.Kind kind) {
        return switch (kind) {
            case INVALID_REQUEST -> "The service refused the request";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not possible right now";
            case CODE_SIGNING -> "Code signing check failed";
            case ACCESS_DENIED -> "Access denied";
            case EXPIRED_CREDENTIALS -> "Session expired";
            case BAD_CREDENTIALS -> "Credentials refused";
            case NO_CREDENTIALS -> "No credentials";
            case THROTTLED -> "Too many requests";
            case UNREACHABLE -> "Cannot reach the service";
            case SERVICE_ERROR -> "The service had a problem";
            case OTHER -> "The call failed";
        };
    }
}
