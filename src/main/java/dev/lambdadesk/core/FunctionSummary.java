package dev.lambdadesk.core;

/**
 * One row of the function explorer, as ListFunctions reports it.
 *
 * @param signed true when the deployed code carries a signature (a signing profile version is recorded)
 */
public record FunctionSummary(String name, String arn, String runtime, String packageType, int memorySize,
                              String lastModified, boolean signed) {
}
