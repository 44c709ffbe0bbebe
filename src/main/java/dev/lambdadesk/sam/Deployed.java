package dev.lambdadesk.sam;

/**
 * One resource after a deployment or deletion: its logical id, type, ARN and what happened to it.
 */
public record Deployed(String logicalId, String type, String arn, Outcome outcome) {

    /** What a deployment did to a resource. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, DELETED, KEPT;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code HelloWorld  AWS::Serverless::Function  arn:...  created}. */
    @Override
    public String toString() {
        return logicalId + "  " + type + "  " + arn + "  " + outcome.word();
    }
}
