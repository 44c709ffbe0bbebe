package dev.lambdadesk.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a timestamp the way the AWS CLI accepts one: epoch seconds (number or text) or ISO-8601 text. */
final class Timestamps {

    private static final BigDecimal EARLIEST = BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    private static final BigDecimal LATEST = BigDecimal.valueOf(Instant.MAX.getEpochSecond() - 1);

    private Timestamps() {
    }

    static Optional<Instant> parse(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return epochSeconds(value.decimalValue());
        }
        if (!value.isTextual()) {
            return Optional.empty();
        }
        String text = value.textValue().trim();
        try {
            return epochSeconds(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return isoDateTime(text);
        }
    }

    private static Optional<Instant> epochSeconds(BigDecimal seconds) {
        if (seconds.compareTo(EARLIEST) < 0 || seconds.compareTo(LATEST) > 0) {
            return Optional.empty();
        }
        long whole = seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }

    private static Optional<Instant> isoDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the forms without an offset, which the AWS CLI reads as UTC
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // try a plain date
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
