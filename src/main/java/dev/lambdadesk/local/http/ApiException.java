package dev.lambdadesk.local.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer in protocol-neutral form. {@code members} are the body members a JSON protocol sends besides
 * {@code __type} (with the model's casing, e.g. {@code Type} + {@code message}); XML protocols use code and message.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Map<String, Object> members;

    public ApiException(int status, String code, String message, Map<String, Object> members) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, messageOnly(message));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> members() {
        return members;
    }

    private static Map<String, Object> messageOnly(String message) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("message", message);
        return members;
    }
}
