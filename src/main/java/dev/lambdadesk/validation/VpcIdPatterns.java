package dev.lambdadesk.validation;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Subnet and security group ids have the forms AWS checks today ({@code subnet-…}, {@code sg-…}), though the
 * published model gives them no pattern; AWS reports the whole list in one clause.
 */
final class VpcIdPatterns implements RequestRule {

    private record Ids(String member, String wire, String pattern, String label, String example) {
    }

    private static final List<Ids> IDS = List.of(
            new Ids("SubnetIds", "vpcConfig.subnetIds", "subnet-[0-9a-z]*", "Subnet ID", "subnet-0abc1234"),
            new Ids("SecurityGroupIds", "vpcConfig.securityGroupIds", "sg-[0-9a-zA-Z]*", "Security group ID",
                    "sg-0abc1234"));
    private static final int MAX_LENGTH = 1024;

    @Override
    public List<String> reads() {
        return List.of("VpcConfig");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        for (Ids ids : IDS) {
            JsonNode list = Requests.at(request, "VpcConfig", ids.member());
            if (list == null || !list.isArray()) {
                continue;
            }
            Pattern pattern = Pattern.compile(ids.pattern());
            for (int i = 0; i < list.size(); i++) {
                String id = list.get(i).asText();
                if (list.get(i).isTextual() && (id.length() > MAX_LENGTH || !pattern.matcher(id).matches())) {
                    String path = "VpcConfig." + ids.member() + "[" + i + "]";
                    out.error(path, ids.label() + " '" + id + "' is not an id of that kind; it looks like "
                            + ids.example() + ".", AwsFinding.validation(WireText.clause(list, false, ids.wire(),
                            WireText.listMember(List.of(WireText.lengthAtMost(MAX_LENGTH),
                                    "Member must have length greater than or equal to 0",
                                    WireText.pattern(ids.pattern()))))));
                    break;
                }
            }
        }
    }
}
