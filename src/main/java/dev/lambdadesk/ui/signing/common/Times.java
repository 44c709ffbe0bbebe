package dev.lambdadesk.ui.signing.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times as the code signing screens show and read them: "2026-03-01 12:00" in the person's time zone. */
public final class Times {

    /** The pattern typed into time fields. */
    public static final String INPUT_PATTERN = "yyyy-MM-dd HH:mm";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public Times(Clock clock) {
        this.zone = clock.getZone();
    }

    public String show(Instant at) {
        return SHOWN.withZone(zone).format(at);
    }

    /** "—" when there is no time. */
    public String show(Optional<Instant> at) {
        return at.map(this::show).orElse("—");
    }

    /** A typed "yyyy-MM-dd HH:mm[:ss]" in the person's zone, or empty when it is not one. */
    public Optional<Instant> parse(String text) {
        String t = text == null ? "" : text.trim();
        for (String pattern : new String[] {"yyyy-MM-dd HH:mm:ss", INPUT_PATTERN}) {
            try {
                return Optional.of(LocalDateTime.parse(t, DateTimeFormatter.ofPattern(pattern))
                        .atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    public ZoneId zone() {
        return zone;
    }
}
