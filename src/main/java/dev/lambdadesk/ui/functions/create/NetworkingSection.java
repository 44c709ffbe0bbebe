package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/** VPC access: subnets and security groups (typed as lists) and IPv6 for dual-stack subnets. */
public final class NetworkingSection extends FormSection {

    private static final String VPC = "VpcConfig";

    final FormField<String> subnets = field(FormField.of("subnets", VPC + ".SubnetIds", "Subnets",
            text(""), FieldCodec.list()).alsoClaims(VPC));
    final FormField<String> securityGroups = field(FormField.of("security-groups", VPC + ".SecurityGroupIds",
            "Security groups", text(""), FieldCodec.list()));
    final FormField<Boolean> ipv6 = field(FormField.of("ipv6-dual-stack", VPC + ".Ipv6AllowedForDualStack",
            "IPv6", flag(false), FieldCodec.flag()));

    /** Subnet IDs, separated by commas or spaces. */
    public StringProperty subnetsProperty() {
        return textOf(subnets);
    }

    /** Security group IDs, separated by commas or spaces. */
    public StringProperty securityGroupsProperty() {
        return textOf(securityGroups);
    }

    public BooleanProperty ipv6Property() {
        return flagOf(ipv6);
    }
}
