package dev.lambdadesk.ui.signing.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.signing.common.Times;

/** The Revoke dialog: reason and time rules, the typed name, and the revocation itself. */
class RevokeProfileViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private RevokeProfileViewModel revoke;
    private SigningProfileInfo profile;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        profile = local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release_1").put("platformId", SigningPlatformInfo.LAMBDA));
        revoke = new RevokeProfileViewModel(fx.context, profile);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void startsAtTheCurrentVersionAndNowAndSaysItIsIrreversible() {
        assertThat(revoke.profileVersionProperty().get()).isEqualTo(profile.version());
        assertThat(new Times(fx.clock).parse(revoke.effectiveTimeProperty().get())).isPresent();
        assertThat(revoke.consequences()).contains("irreversible").contains(profile.version());
        assertThat(revoke.confirmationPrompt()).isEqualTo("Type Release_1 to confirm");
    }

    @Test
    void theActionWaitsForAReasonAndTheTypedName() {
        assertThat(feedback("revoke-reason").isError()).isTrue();
        assertThat(revoke.revokeDisabledProperty().get()).isTrue();

        revoke.reasonProperty().set("The key was exposed in a build log");
        assertThat(feedback("revoke-reason").isEmpty()).isTrue();
        assertThat(revoke.revokeDisabledProperty().get()).isTrue();

        revoke.confirmationProperty().set("release_1");
        assertThat(revoke.revokeDisabledProperty().get()).isTrue();
        revoke.confirmationProperty().set("Release_1");
        assertThat(revoke.revokeDisabledProperty().get()).isFalse();
    }

    @Test
    void aReasonLongerThan500CharactersIsRefusedLive() {
        revoke.reasonProperty().set("x".repeat(501));
        assertThat(feedback("revoke-reason").isError()).isTrue();
        revoke.reasonProperty().set("x".repeat(500));
        assertThat(feedback("revoke-reason").isEmpty()).isTrue();
    }

    @Test
    void anEffectiveTimeInTheFutureOrNotATimeIsRefusedLive() {
        Times times = new Times(fx.clock);
        revoke.effectiveTimeProperty().set(times.show(fx.clock.instant().plus(Duration.ofHours(2))));
        assertThat(feedback("revoke-effective-time").isError()).isTrue();
        assertThat(feedback("revoke-effective-time").message()).contains("future");

        revoke.effectiveTimeProperty().set("yesterday-ish");
        assertThat(feedback("revoke-effective-time").isError()).isTrue();

        revoke.effectiveTimeProperty().set(times.show(fx.clock.instant().minus(Duration.ofDays(3))));
        assertThat(feedback("revoke-effective-time").isEmpty()).isTrue();
    }

    @Test
    void revokingMarksTheProfileRevokedFromTheGivenTime() {
        List<String> revoked = new ArrayList<>();
        revoke.onRevoked(revoked::add);
        revoke.reasonProperty().set("Compromised");
        revoke.effectiveTimeProperty().set(new Times(fx.clock).show(fx.clock.instant().minus(Duration.ofDays(1))));
        revoke.confirmationProperty().set("Release_1");

        revoke.revoke();

        assertThat(revoked).containsExactly("Release_1");
        assertThat(revoke.doneProperty().get()).isTrue();
        SigningProfileInfo after = local.session().signer().profile("Release_1");
        assertThat(after.status()).isEqualTo(SigningProfileInfo.Status.REVOKED);
        assertThat(after.statusReason()).isEqualTo("Compromised");
        assertThat(after.revocation().orElseThrow().effectiveFrom())
                .isBefore(fx.clock.instant().minus(Duration.ofHours(23)));
    }

    @Test
    void aRefusalOfTheServiceIsShownAndTheDialogStaysOpen() {
        revoke.profileVersionProperty().set("AAAAAAAAAA");
        revoke.reasonProperty().set("Compromised");
        revoke.confirmationProperty().set("Release_1");

        revoke.revoke();

        assertThat(revoke.problemProperty().get()).contains("has no version AAAAAAAAAA");
        assertThat(revoke.doneProperty().get()).isFalse();
        assertThat(revoke.revokeDisabledProperty().get()).isFalse();
    }

    private FieldFeedback feedback(String fieldId) {
        return revoke.validation().feedback(fieldId).get();
    }
}
