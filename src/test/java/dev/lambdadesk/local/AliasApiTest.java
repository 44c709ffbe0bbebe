package dev.lambdadesk.local;

import static dev.lambdadesk.local.ControlPlaneFixture.functionWithVersions;
import static dev.lambdadesk.local.RecordedAnswers.assertRefusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.model.AliasConfiguration;
import software.amazon.awssdk.services.lambda.model.CreateAliasResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetAliasResponse;
import software.amazon.awssdk.services.lambda.model.PreconditionFailedException;
import software.amazon.awssdk.services.lambda.model.UpdateAliasResponse;

/** Aliases through the real Lambda SDK client, with AWS's recorded refusals. */
class AliasApiTest {

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aliasLifecycleWithWeightedRouting() {
        String name = functionWithVersions(fixture, "alias", 2);
        CreateAliasResponse created = fixture.lambda.createAlias(r -> r.functionName(name).name("live")
                .functionVersion("1").description("custom-alias")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.2))));

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.aliasArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + name + ":live");
        assertThat(created.functionVersion()).isEqualTo("1");
        assertThat(created.routingConfig().additionalVersionWeights()).containsExactly(Map.entry("2", 0.2));
        GetAliasResponse got = fixture.lambda.getAlias(r -> r.functionName(name).name("live"));
        assertThat(got.revisionId()).isEqualTo(created.revisionId());

        UpdateAliasResponse updated = fixture.lambda.updateAlias(r -> r.functionName(name).name("live")
                .functionVersion("2").routingConfig(c -> c.additionalVersionWeights(Map.of())));
        assertThat(updated.functionVersion()).isEqualTo("2");
        assertThat(updated.routingConfig()).isNull();
        assertThat(updated.description()).isEqualTo("custom-alias");
        assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());

        fixture.lambda.createAlias(r -> r.functionName(name).name("first").functionVersion("1"));
        fixture.lambda.createAlias(r -> r.functionName(name).name("latest").functionVersion("$LATEST"));
        assertThat(fixture.lambda.listAliases(r -> r.functionName(name)).aliases())
                .extracting(AliasConfiguration::name).containsExactly("first", "latest", "live");
        assertThat(fixture.lambda.listAliases(r -> r.functionName(name).functionVersion("1")).aliases())
                .extracting(AliasConfiguration::name).containsExactly("first");
        assertThat(fixture.lambda.listAliases(r -> r.functionName(name).maxItems(2)).nextMarker()).isNotNull();
        assertThat(fixture.lambda.listAliasesPaginator(r -> r.functionName(name).maxItems(1)).aliases())
                .hasSize(3);

        FunctionConfiguration viaAlias = fixture.lambda.getFunction(r -> r.functionName(name).qualifier("first"))
                .configuration();
        assertThat(viaAlias.version()).isEqualTo("1");
        assertThat(viaAlias.functionArn()).isEqualTo(created.aliasArn().replace(":live", ":first"));
        assertRefusal(() -> fixture.lambda.getFunction(r -> r.functionName(name).qualifier("aliasdoesnotexist")),
                "get_function_alias_notfound_exc", name);

        fixture.lambda.deleteAlias(r -> r.functionName(name).name("first"));
        fixture.lambda.deleteAlias(r -> r.functionName(name).name("first"));
        assertThat(fixture.lambda.listAliases(r -> r.functionName(name)).aliases()).hasSize(2);
    }

    @Test
    void refusesBadRoutingAndMissingVersionsAsAwsDoes() {
        String name = functionWithVersions(fixture, "routing", 2);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.5, "3", 0.2)))),
                "routing_config_exc_toomany", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 2.0)))), "routing_config_exc_toohigh", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("1", 0.5)))),
                "routing_config_exc_sameversion", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("10")),
                "target_version_doesnotexist", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("$LATEST")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.5)))),
                "target_version_exc_version_latest", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("a").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("$LATEST", 0.5)))),
                "routing_config_exc_version_latest", name);
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("2024").functionVersion("1")),
                "create_alias_number_exception", name);

        fixture.lambda.createAlias(r -> r.functionName(name).name("custom").functionVersion("1")
                .routingConfig(c -> c.additionalVersionWeights(Map.of("2", 0.5))));
        assertRefusal(() -> fixture.lambda.createAlias(r -> r.functionName(name).name("custom").functionVersion("1")),
                "routing_config_exc_already_exist", name);
        assertRefusal(() -> fixture.lambda.getAlias(r -> r.functionName(name).name("non-existent")),
                "alias_does_not_exist_esc", name);
        assertRefusal(() -> fixture.lambda.updateAlias(r -> r.functionName(name).name("non-existent")),
                "update_alias_response", name);
    }

    @Test
    void updateWithAStaleRevisionIdIsRefused() {
        String name = functionWithVersions(fixture, "revision", 1);
        fixture.lambda.createAlias(r -> r.functionName(name).name("rev").functionVersion("1"));
        assertThatThrownBy(() -> fixture.lambda.updateAlias(r -> r.functionName(name).name("rev")
                .revisionId("wrong"))).isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
}
