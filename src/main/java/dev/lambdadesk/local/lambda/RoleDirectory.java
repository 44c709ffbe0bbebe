package dev.lambdadesk.local.lambda;

/** Answers whether Lambda may assume a role (it exists and its trust policy allows lambda.amazonaws.com). */
@FunctionalInterface
public interface RoleDirectory {
    boolean lambdaCanAssume(String roleArn);
}
