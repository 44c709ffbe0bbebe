package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/** VPC access: subnets and security groups (typed as lists) and IPv6 for dual-stack subnets. */
public final class NetworkingSection extends FormSection {

    private final StringProperty subnets = input("subnets", new SimpleStringProperty(this, "subnets", ""));
    private final StringProperty securityGroups = input("security-groups",
            new SimpleStringProperty(this, "securityGroups", ""));
    private final BooleanProperty ipv6 = input("ipv6-dual-stack", new SimpleBooleanProperty(this, "ipv6", false));

    @Override
    void registerFields(FormValidation validation) {
        validation.field("subnets", "VpcConfig.SubnetIds", "VpcConfig");
        validation.field("security-groups", "VpcConfig.SecurityGroupIds");
        validation.field("ipv6-dual-stack", "VpcConfig.Ipv6AllowedForDualStack");
    }

    @Override
    void writeTo(ObjectNode request) {
        ObjectNode vpc = request.objectNode();
        JsonFields.list(vpc, "SubnetIds", subnets.get());
        JsonFields.list(vpc, "SecurityGroupIds", securityGroups.get());
        if (ipv6.get()) {
            vpc.put("Ipv6AllowedForDualStack", true);
        }
        if (!vpc.isEmpty()) {
            request.set("VpcConfig", vpc);
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        ObjectNode vpc = JsonFields.takeObject(request, "VpcConfig");
        subnets.set(JsonFields.takeList(vpc, "SubnetIds"));
        securityGroups.set(JsonFields.takeList(vpc, "SecurityGroupIds"));
        JsonNode dual = vpc.remove("Ipv6AllowedForDualStack");
        ipv6.set(dual != null && dual.asBoolean(false));
        JsonFields.putBack(request, "VpcConfig", vpc);
    }

    @Override
    void reset() {
        subnets.set("");
        securityGroups.set("");
        ipv6.set(false);
    }

    /** Subnet IDs, separated by commas or spaces. */
    public StringProperty subnetsProperty() {
        return subnets;
    }

    /** Security group IDs, separated by commas or spaces. */
    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }

    public BooleanProperty ipv6Property() {
        return ipv6;
    }
}
