package dev.lambdadesk.sam;

/**
 * Something of the template LambdaDesk does not deploy (another resource type, a function's Events, a property
 * with no Lambda API member); it stays in a packaged template as written.
 *
 * @param logicalId the resource
 * @param type      its type
 * @param property  the property, or empty for the whole resource
 * @param reason    why it is not deployed
 */
public record NotDeployed(String logicalId, String type, String property, String reason) {

    @Override
    public String toString() {
        return logicalId + (property.isEmpty() ? "" : "." + property) + " (" + type + "): not deployed by "
                + "LambdaDesk; " + reason;
    }
}
