package dev.lambdadesk.aws;

import java.util.List;

/**
 * A failed call explained for a person.
 *
 * @param kind        what sort of failure it is, so callers can react (mark a field, show "reconnecting", retry)
 * @param errorCode   the service's error code, or an empty string for client-side failures
 * @param summary     one sentence in plain words: what went wrong and what to do
 * @param serviceText the service's own message (or the SDK's, for failures on this side), for the details line
 *                    shown on demand and the log; never the summary (may be empty)
 * @param memberPaths the request members the service named, spelled as the API spells them (e.g. MemorySize)
 */
public record AwsProblem(Kind kind, String errorCode, String summary, String serviceText, List<String> memberPaths) {

    /** The families of failure a person reacts to differently. */
    public enum Kind {
        INVALID_REQUEST, NOT_FOUND, CONFLICT, CODE_SIGNING, ACCESS_DENIED, EXPIRED_CREDENTIALS, BAD_CREDENTIALS,
        /** No credentials were found at all (no such profile, no keys in it, not signed in): nothing was refused. */
        NO_CREDENTIALS,
        THROTTLED, UNREACHABLE, SERVICE_ERROR, OTHER;

        /** True for failures that may go away by themselves, so a watcher keeps going with back-off. */
        public boolean isTransient() {
            return this == THROTTLED || this == UNREACHABLE || this == SERVICE_ERROR;
        }
    }

    public AwsProblem {
        memberPaths = List.copyOf(memberPaths);
    }

    /** The service's code and text (or the SDK's), for a "details" line a person opens on demand. */
    public String details() {
        if (errorCode.isEmpty()) {
            return serviceText;
        }
        return serviceText.isEmpty() ? errorCode : errorCode + ": " + serviceText;
    }
}
