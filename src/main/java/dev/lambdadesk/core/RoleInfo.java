package dev.lambdadesk.core;

/** An IAM role offered as an execution role. */
public record RoleInfo(String name, String arn) {
}
