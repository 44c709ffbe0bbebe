package dev.lambdadesk.local.http;

import java.net.URI;
import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.local.sigv4.UrlPresigner;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.validation.RequestValidator;

/**
 * What every service module is given.
 *
 * @param store     the durable state (each module declares its own record types)
 * @param blobs     content-addressed large bytes (code packages, objects)
 * @param mapper    the JSON mapper for bodies and records
 * @param clock     the endpoint's clock (tests move it)
 * @param presigner signs URLs to the endpoint itself
 * @param endpoint  the endpoint's base URI, e.g. {@code http://127.0.0.1:4599}
 */
public record ServiceEnvironment(DurableStore store, BlobStore blobs, ObjectMapper mapper, Clock clock,
                                 UrlPresigner presigner, URI endpoint) {

    /** The shared request rules, reading "now" from the endpoint's clock like every other time check. */
    public RequestValidator validator() {
        return RequestValidator.standard(clock);
    }
}
