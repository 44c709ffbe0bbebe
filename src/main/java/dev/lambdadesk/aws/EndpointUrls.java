package dev.lambdadesk.aws;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The rule for an endpoint URL a person types (LocalStack, a sandbox): an absolute http or https URL with a host. */
public final class EndpointUrls {

    private EndpointUrls() {
    }

    /** Why {@code text} cannot be used as an endpoint URL, or empty when it can. Blank text is a problem too. */
    public static Optional<String> problem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of("Enter the endpoint URL, for example http://localhost:4566.");
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            return Optional.of("This is not a URL (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "); for example http://localhost:4566.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("The endpoint URL must start with http:// or https://, for example http://localhost:4566.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("The endpoint URL needs a host name, for example http://localhost:4566.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return Optional.of("The endpoint URL is only scheme, host, port and path: remove the "
                    + (uri.getRawUserInfo() != null ? "user name" : uri.getRawQuery() != null ? "query" : "fragment")
                    + ".");
        }
        return Optional.empty();
    }

    /** The URL as the clients use it (surrounding spaces removed); check {@link #problem} first. */
    public static URI parse(String text) {
        Optional<String> p = problem(text);
        if (p.isPresent()) {
            throw new IllegalArgumentException(p.get());
        }
        return URI.create(text.strip());
    }
}
