package dev.lambdadesk.local;

import java.util.UUID;

import software.amazon.awssdk.core.SdkBytes;

/** Functions with published versions for the control-plane tests. */
final class ControlPlaneFixture {

    private ControlPlaneFixture() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates {@code name} and publishes {@code versions} versions of it with different code. */
    static String functionWithVersions(LocalEndpointFixture fixture, String prefix, int versions) {
        String name = unique(prefix);
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());
        for (int v = 1; v <= versions; v++) {
            if (v > 1) {
                String body = "'v" + v + "'";
                fixture.lambda.updateFunctionCode(r -> r.functionName(name)
                        .zipFile(SdkBytes.fromByteArray(TestZips.handler(body))));
            }
            fixture.lambda.publishVersion(r -> r.functionName(name));
        }
        return name;
    }
}
