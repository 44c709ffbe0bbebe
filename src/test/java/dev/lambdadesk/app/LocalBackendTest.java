package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

class LocalBackendTest {

    @TempDir
    Path dataDir;

    @Test
    void startsItsOwnEndpointWhenNoneRuns() throws Exception {
        try (LocalBackend backend = new LocalBackend(dataDir)) {
            Session.Connection c = backend.start("us-east-1");
            try {
                assertThat(c.clients().lambda().listFunctions().functions()).isEmpty();
            } finally {
                c.clients().close();
            }
        }
        assertThat(LocalEndpoint.runningOn(dataDir)).as("the advertisement goes with the endpoint").isEmpty();
    }

    @Test
    void usesTheEndpointAlreadyRunningOnTheSameDataDirectory() throws Exception {
        try (LocalEndpoint running = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0));
             LocalBackend backend = new LocalBackend(dataDir)) {
            Session.Connection c = backend.start("us-east-1");
            try {
                assertThat(c.clients().endpoint()).contains(running.endpointUri());
                c.clients().lambda().createCodeSigningConfig(b -> b.allowedPublishers(p -> p.signingProfileVersionArns(
                        "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/AbCdEfGh12")));
                assertThat(c.clients().lambda().listCodeSigningConfigs(b -> { }).codeSigningConfigs()).hasSize(1);
            } finally {
                c.clients().close();
            }
        }
    }
}
