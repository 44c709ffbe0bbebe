package dev.lambdadesk.ui.connection;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.sso.DeviceSignIn;
import dev.lambdadesk.aws.sso.SignInException;
import dev.lambdadesk.aws.sso.SsoSession;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * Signing an IAM Identity Center profile in from the picker: the device code and the address to confirm it at
 * (both copyable; the browser opens when it can), then the outcome. The token goes to the AWS CLI's cache, so the
 * profile's connection (and {@code aws}) use it.
 */
public final class SignInViewModel {

    private static final Logger LOG = Logger.getLogger(SignInViewModel.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ProfileSource profiles;
    private final DeviceSignIn signIn;
    private final Predicate<URI> browser;
    private final UiExecutor executor;
    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);
    private RunningWork work;
    private long generation;

    /** @param browser opens an address in the person's browser, off the FX thread; false when it cannot */
    SignInViewModel(ProfileSource profiles, DeviceSignIn signIn, Predicate<URI> browser, UiExecutor executor,
                    ZoneId zone) {
        this.profiles = profiles;
        this.signIn = signIn;
        this.browser = browser;
        this.executor = executor;
        this.zone = zone;
    }

    /** Signs {@code profileName} in; {@code then} runs once the token is in the cache. */
    void start(String profileName, Runnable then) {
        cancel();
        long mine = ++generation;
        running.set(true);
        code.set("");
        address.set("");
        show("Asking IAM Identity Center for a sign-in code…", Tone.ACCENT);
        work = executor.run(() -> {
            SsoSession session = profiles.ssoSession(profileName).orElseThrow(() -> new SignInException(
                    SignInException.Reason.REFUSED, "Profile '" + profileName + "' names no complete IAM Identity "
                    + "Center sign-in (sso_start_url and sso_region, or an sso-session with them).", null));
            return signIn.signIn(session, prompt -> {
                boolean opened = browser.test(prompt.addressToOpen());
                executor.post(() -> {
                    if (mine == generation) {
                        prompted(prompt, opened);
                    }
                });
            });
        }, done -> {
            running.set(false);
            code.set("");
            show("Signed in until " + TIME.format(done.expiresAt().atZone(zone)) + ".", Tone.SUCCESS);
            then.run();
        }, failure -> {
            running.set(false);
            code.set("");
            address.set("");
            if (failure instanceof SignInException e) {
                LOG.log(Level.INFO, "Sign-in of " + profileName + " did not finish: " + e.getMessage(), e.getCause());
                show(e.getMessage(), Tone.DANGER);
            } else if (!(failure instanceof InterruptedException)) {
                LOG.log(Level.WARNING, "Sign-in of " + profileName + " failed", failure);
                show("The sign-in failed; details are in the log.", Tone.DANGER);
            }
        });
    }

    /** Stops a sign-in that waits for the person (the picker closes, or another profile is chosen). */
    void cancel() {
        if (running.get()) {
            generation++;
            if (work != null) {
                work.cancel();
            }
            running.set(false);
            code.set("");
            address.set("");
            show("", Tone.NEUTRAL);
        }
    }

    private void prompted(DeviceSignIn.Prompt prompt, boolean opened) {
        code.set(prompt.userCode());
        address.set(prompt.addressToOpen().toString());
        show((opened ? "Your browser opened the sign-in page. " : "Open this address in a browser. ")
                + "Check that it shows the code below, then allow access. The code is good until "
                + TIME.format(prompt.expiresAt().atZone(zone)) + ".", Tone.ACCENT);
    }

    private void show(String text, Tone t) {
        message.set(text);
        tone.set(t);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The code to confirm in the browser, while one is waiting. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** Where to confirm it, while a code is waiting. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** What the sign-in is doing or how it ended; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
