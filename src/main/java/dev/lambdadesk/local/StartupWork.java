package dev.lambdadesk.local;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import dev.lambdadesk.local.http.Json;
import dev.lambdadesk.local.http.NamespacedXml;
import dev.lambdadesk.validation.RequestValidator;

/**
 * Start-up work taken off the critical path: while the endpoint opens its state and builds its services, background
 * threads compile the validation rules and initialize what the services use at construction or on their first
 * request (the XML and JSON mappers, SHA-256, the random source behind request ids). What they initialize is then
 * ready when the main thread gets there; nothing they build is kept.
 */
final class StartupWork {

    private StartupWork() {
    }

    static void beginInBackground() {
        RequestValidator.compileInBackground();
        Thread.ofPlatform().daemon().name("endpoint-warm-up").start(() -> {
            NamespacedXml.mapper("urn:warm-up");
            Json.newMapper().createObjectNode();
            UUID.randomUUID();
            try {
                MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
