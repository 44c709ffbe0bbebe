package dev.lambdadesk.ui.signing.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.SignerGateway;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.common.DetailRow;

/** The profile list: filters, details, cancel and revoke against the local endpoint. */
class SigningProfilesViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private SignerGateway signer;
    private SigningProfilesViewModel profiles;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        signer = local.session().signer();
        signer.putProfile(profile("Active_one", SigningPlatformInfo.LAMBDA));
        signer.putProfile(profile("Images", "Notation-OCI-SHA384-ECDSA"));
        signer.putProfile(profile("Old_one", SigningPlatformInfo.LAMBDA));
        signer.cancelProfile("Old_one");
        SigningProfileInfo bad = signer.putProfile(profile("Leaked", SigningPlatformInfo.LAMBDA));
        signer.revokeProfile(JsonNodeFactory.instance.objectNode().put("profileName", "Leaked")
                .put("profileVersion", bad.version()).put("reason", "Leaked key")
                .put("effectiveTime", Instant.now().minusSeconds(5).toString()));
        profiles = new SigningProfilesViewModel(fx.context);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void canceledProfilesAreShownOnlyOnRequest() {
        assertThat(names()).containsExactly("Active_one", "Images", "Leaked");
        profiles.showCanceledProperty().set(true);
        assertThat(names()).containsExactly("Active_one", "Images", "Leaked", "Old_one");
    }

    @Test
    void statusAndPlatformFiltersNarrowTheList() {
        profiles.statusFilterProperty().set(SigningProfilesViewModel.StatusFilter.REVOKED);
        assertThat(names()).containsExactly("Leaked");
        profiles.statusFilterProperty().set(SigningProfilesViewModel.StatusFilter.CANCELED);
        assertThat(names()).containsExactly("Old_one");

        profiles.statusFilterProperty().set(SigningProfilesViewModel.StatusFilter.ANY);
        assertThat(profiles.platformChoices()).contains(SigningProfilesViewModel.ANY_PLATFORM,
                "Notation-OCI-SHA384-ECDSA");
        profiles.platformFilterProperty().set("Notation-OCI-SHA384-ECDSA");
        assertThat(names()).containsExactly("Images");
        assertThat(profiles.platformLabel("Notation-OCI-SHA384-ECDSA")).isEqualTo("Notation for container registries");
    }

    @Test
    void theSelectedProfileShowsItsCopyableVersionArnAndRevocation() {
        profiles.selectedProperty().set(profiles.profiles().get(2));

        assertThat(profiles.details().profileProperty().get().name()).isEqualTo("Leaked");
        assertThat(profiles.details().rows()).filteredOn(DetailRow::copyable).extracting(DetailRow::id)
                .contains("arn", "version-arn");
        assertThat(profiles.details().rows()).extracting(DetailRow::id).contains("revoked-from", "status-reason");
        assertThat(profiles.details().rows()).filteredOn(r -> r.id().equals("status-reason"))
                .extracting(DetailRow::value).containsExactly("Leaked key");
    }

    @Test
    void cancelingSaysWhatItMeansAndLeavesTheProfileListedAsCanceled() {
        profiles.selectedProperty().set(profiles.profiles().get(0));
        assertThat(profiles.cancelDisabled().get()).isFalse();
        assertThat(profiles.cancelConsequences()).contains("no new signing jobs").contains("stay valid")
                .contains("cannot be used for a new profile");

        profiles.cancelSelected();

        assertThat(signer.profile("Active_one").status()).isEqualTo(SigningProfileInfo.Status.CANCELED);
        assertThat(names()).doesNotContain("Active_one");
        assertThat(profiles.noticeProperty().get()).contains("Canceled Active_one");
    }

    @Test
    void onlyActiveProfilesCanBeCanceled() {
        profiles.selectedProperty().set(profiles.profiles().get(2));
        assertThat(profiles.cancelDisabled().get()).isTrue();
    }

    @Test
    void aRevocationFromTheListRefreshesIt() {
        profiles.selectedProperty().set(profiles.profiles().get(0));
        RevokeProfileViewModel revoke = profiles.revokeSelected();
        revoke.reasonProperty().set("Rotation");
        revoke.confirmationProperty().set("Active_one");
        revoke.revoke();

        assertThat(profiles.selectedProperty().get().status()).isEqualTo(SigningProfileInfo.Status.REVOKED);
        assertThat(profiles.noticeProperty().get()).contains("Revoked Active_one");
    }

    @Test
    void aCreatedProfileIsListedAndSelected() {
        profiles.newProfile();
        assertThat(profiles.pageProperty().get()).isEqualTo(SigningProfilesViewModel.Page.CREATE);
        profiles.form().nameProperty().set("Fresh");
        profiles.form().create();

        assertThat(profiles.pageProperty().get()).isEqualTo(SigningProfilesViewModel.Page.LIST);
        assertThat(profiles.selectedProperty().get().name()).isEqualTo("Fresh");
        assertThat(profiles.statusProperty().get()).isEqualTo("4 of 5 profiles");
    }

    private List<String> names() {
        return profiles.profiles().stream().map(SigningProfileInfo::name).toList();
    }

    private static ObjectNode profile(String name, String platform) {
        return JsonNodeFactory.instance.objectNode().put("profileName", name).put("platformId", platform);
    }
}
