package dev.lambdadesk.validation;

/** The single error a service answers for a request with findings: its code, HTTP status and message. */
public record AwsError(String errorCode, int httpStatus, String message) {
}
