package dev.lambdadesk.local.lambda;

import java.util.List;
import java.util.NavigableMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.Paging;

/** Marker paging for the control-plane listings. */
final class ControlPaging {

    private ControlPaging() {
    }

    static <T> Paging.Page<T> page(NavigableMap<String, T> rows, ApiRequest request, int size) {
        try {
            return Paging.page(rows, request.query("Marker"), size);
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
    }

    /** {@code {member: [items...], NextMarker?}} */
    static ObjectNode answer(ObjectMapper mapper, String member, List<? extends JsonNode> items, String nextMarker) {
        ObjectNode answer = mapper.createObjectNode();
        answer.putArray(member).addAll(items);
        if (nextMarker != null) {
            answer.put("NextMarker", nextMarker);
        }
        return answer;
    }
}
