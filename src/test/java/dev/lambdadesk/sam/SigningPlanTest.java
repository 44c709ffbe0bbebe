package dev.lambdadesk.sam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What Enforce will refuse, said offline before anything is uploaded. */
class SigningPlanTest {

    @Test
    void unsignedCodeAndLayerUnderEnforceAreNamedWithTheFix() throws Exception {
        SamApplication app = SamTemplates.offline("signed-app/template.yaml", Map.of());

        List<SigningPlan.Entry> plan = SigningPlan.of(app, SigningProfiles.parse(List.of("MyLayer=MySigningProfile")));

        assertThat(plan).singleElement().satisfies(e -> {
            assertThat(e.refusedOnDeploy()).isTrue();
            assertThat(e.unsignedParts()).containsExactly("HelloWorld");
            assertThat(e.describe()).isEqualTo("HelloWorld: HelloWorld not signed, and "
                    + "MySignedFunctionCodeSigningConfig enforces signatures: Lambda will refuse it. Add "
                    + "HelloWorld=PROFILE to --signing-profiles.");
        });
        assertThat(SigningPlan.of(app, SigningProfiles.none()).get(0).unsignedParts())
                .containsExactly("HelloWorld", "MyLayer");
    }

    @Test
    void signingEveryPartLeavesNothingToRefuse() throws Exception {
        SamApplication app = SamTemplates.offline("signed-app/template.yaml", Map.of());

        SigningPlan.Entry entry = SigningPlan.of(app, SigningProfiles.parse(List.of(
                "HelloWorld=MySigningProfile MyLayer=MySigningProfile:123456789012"))).get(0);

        assertThat(entry.refusedOnDeploy()).isFalse();
        assertThat(entry.describe()).isEqualTo("HelloWorld: signed for MySignedFunctionCodeSigningConfig (Enforce)");
    }
}
