package dev.lambdadesk.ui.shell;

import dev.lambdadesk.ui.common.Tone;

/** Where the app stands with the endpoint it talks to, as the header's connection indicator shows it. */
public enum ConnectionState {
    NOT_CONNECTED("not connected", Tone.NEUTRAL, "LambdaDesk is not connected to an endpoint."),
    CONNECTING("connecting", Tone.ACCENT, "Reaching the endpoint."),
    CONNECTED("connected", Tone.SUCCESS, "Requests go to this endpoint."),
    UNREACHABLE("unreachable", Tone.DANGER,
            "The endpoint does not answer. Check the network and the endpoint address."),
    CREDENTIALS_EXPIRED("credentials expired", Tone.WARNING,
            "The credentials have expired. Sign in again (for SSO: aws sso login), then reconnect."),
    NO_CREDENTIALS("no credentials", Tone.WARNING,
            "No credentials were found for this profile. Add keys or sign in, then reconnect."),
    CREDENTIALS_REFUSED("credentials refused", Tone.DANGER,
            "The endpoint does not accept these credentials. Check the profile's keys or pick another connection."),
    ACCESS_DENIED("access denied", Tone.DANGER,
            "The endpoint accepted the credentials but refused the request. Check the permissions of this identity.");

    private final String words;
    private final Tone tone;
    private final String explanation;

    ConnectionState(String words, Tone tone, String explanation) {
        this.words = words;
        this.tone = tone;
        this.explanation = explanation;
    }

    /** The state in a few lower-case words, as it reads after the endpoint's name. */
    public String words() {
        return words;
    }

    public Tone tone() {
        return tone;
    }

    /** One sentence on what the state means and what to do about it. */
    public String explanation() {
        return explanation;
    }
}
