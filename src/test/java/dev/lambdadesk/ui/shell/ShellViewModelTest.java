package dev.lambdadesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.ui.common.Tone;

class ShellViewModelTest {

    private final ShellViewModel shell = new ShellViewModel();

    @Test
    void opensOnFunctionsWithThePanelOpenAndTheLightTheme() {
        assertThat(shell.selectedSectionProperty().get()).isEqualTo(Section.FUNCTIONS);
        assertThat(shell.sectionTitleProperty().get()).isEqualTo("Functions");
        assertThat(shell.statePanelExpandedProperty().get()).isTrue();
        assertThat(shell.darkThemeProperty().get()).isFalse();
        assertThat(shell.connectionToneProperty().get()).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void selectingASectionChangesTheHeaderTitle() {
        List<Section> shown = new ArrayList<>();
        shell.selectedSectionProperty().addListener((observable, old, now) -> shown.add(now));

        shell.select(Section.SIGNING_PROFILES);
        shell.select(Section.CODE_SIGNING_CONFIGS);

        assertThat(shown).containsExactly(Section.SIGNING_PROFILES, Section.CODE_SIGNING_CONFIGS);
        assertThat(shell.sectionTitleProperty().get()).isEqualTo("Code signing configs");
    }

    @Test
    void aSidebarWithNothingSelectedKeepsTheCurrentSection() {
        shell.select(Section.SIGNING_JOBS);

        shell.select(null);

        assertThat(shell.selectedSectionProperty().get()).isEqualTo(Section.SIGNING_JOBS);
    }

    @Test
    void sectionsAreNumberedInSidebarOrderForTheirShortcuts() {
        assertThat(Section.values()).extracting(Section::shortcutNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(Section.values()).extracting(Section::id).containsExactly("functions", "csc", "profiles", "jobs",
                "layers", "sam");
    }

    @Test
    void aConnectedEndpointReadsAsItsNameWithASuccessTone() {
        shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTED, "Local endpoint · us-east-1"));

        assertThat(shell.connectionSummaryProperty().get()).isEqualTo("Local endpoint · us-east-1");
        assertThat(shell.connectionToneProperty().get()).isEqualTo(Tone.SUCCESS);
        assertThat(shell.connectionDetailProperty().get()).isEqualTo("Requests go to this endpoint.");
    }

    @Test
    void everyOtherStateIsSpelledOutBesideTheEndpoint() {
        String dev = "Profile dev · eu-west-1";
        assertThat(summaryOf(ConnectionState.CONNECTING, dev)).isEqualTo("Connecting to Profile dev · eu-west-1…");
        assertThat(summaryOf(ConnectionState.UNREACHABLE, dev)).isEqualTo("Profile dev · eu-west-1 — unreachable");
        assertThat(summaryOf(ConnectionState.CREDENTIALS_EXPIRED, dev))
                .isEqualTo("Profile dev · eu-west-1 — credentials expired");
        assertThat(summaryOf(ConnectionState.ACCESS_DENIED, dev))
                .isEqualTo("Profile dev · eu-west-1 — access denied");
        assertThat(summaryOf(ConnectionState.NOT_CONNECTED, dev))
                .isEqualTo("Profile dev · eu-west-1 — not connected");
    }

    @Test
    void problemsReadAsWarningsOrDangerAndWaitingAsAccent() {
        assertThat(toneOf(ConnectionState.CONNECTING)).isEqualTo(Tone.ACCENT);
        assertThat(toneOf(ConnectionState.UNREACHABLE)).isEqualTo(Tone.DANGER);
        assertThat(toneOf(ConnectionState.ACCESS_DENIED)).isEqualTo(Tone.DANGER);
        assertThat(toneOf(ConnectionState.CREDENTIALS_EXPIRED)).isEqualTo(Tone.WARNING);
    }

    @Test
    void aSpecificDetailReplacesTheStandardExplanation() {
        shell.showConnection(new ConnectionStatus(ConnectionState.CREDENTIALS_EXPIRED, "Profile sso-dev · us-west-2",
                "The SSO session ended. Run aws sso login --profile sso-dev, then reconnect."));

        assertThat(shell.connectionDetailProperty().get()).startsWith("The SSO session ended.");
        assertThatNullPointerException().isThrownBy(() -> shell.showConnection(null));
    }

    @Test
    void theStatePanelAndTheThemeToggle() {
        shell.toggleStatePanel();
        shell.toggleTheme();

        assertThat(shell.statePanelExpandedProperty().get()).isFalse();
        assertThat(shell.darkThemeProperty().get()).isTrue();
        assertThat(shell.themeToggleTextProperty().get()).isEqualTo("Switch to the light theme");

        shell.toggleTheme();
        assertThat(shell.themeToggleTextProperty().get()).isEqualTo("Switch to the dark theme");
    }

    @Test
    void noticesAreShownOnceEachUntilDismissed() {
        shell.showNotice("The settings file was damaged and was set aside.");
        shell.showNotice("The settings file was damaged and was set aside.");
        shell.showNotice("There is no profile named 'prod'.");
        shell.showNotice(" ");

        assertThat(shell.notices()).containsExactly("The settings file was damaged and was set aside.",
                "There is no profile named 'prod'.");
        assertThatThrownBy(() -> shell.notices().clear()).isInstanceOf(UnsupportedOperationException.class);

        shell.dismissNotices();
        assertThat(shell.notices()).isEmpty();
    }

    @Test
    void askingForTheConnectionPickerTellsWhoeverOpensIt() {
        List<String> opened = new ArrayList<>();
        shell.onConnectionPickerRequested(() -> opened.add("picker"));

        shell.requestConnectionPicker();
        shell.requestConnectionPicker();

        assertThat(opened).hasSize(2);
    }

    private String summaryOf(ConnectionState state, String target) {
        shell.showConnection(ConnectionStatus.of(state, target));
        return shell.connectionSummaryProperty().get();
    }

    private Tone toneOf(ConnectionState state) {
        shell.showConnection(ConnectionStatus.of(state, "Local endpoint · us-east-1"));
        return shell.connectionToneProperty().get();
    }
}
