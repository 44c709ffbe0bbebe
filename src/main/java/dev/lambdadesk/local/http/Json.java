package dev.lambdadesk.local.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON settings the endpoint uses for wire bodies and stored records. */
public final class Json {

    /** Room for a base64 ZipFile in the largest body Lambda accepts (Jackson's default stops at 20 MB). */
    private static final int MAX_STRING_LENGTH = 100_000_000;

    private Json() {
    }

    public static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
                // Requests run on virtual threads, where Jackson's default per-thread buffer reuse never reuses.
                .recyclerPool(JsonRecyclerPools.newConcurrentDequePool())
                .build();
        return JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }
}
