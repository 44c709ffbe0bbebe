package dev.lambdadesk.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import software.amazon.awssdk.services.iam.model.Role;

import dev.lambdadesk.core.RoleInfo;

/** IAM calls for the role picker and new execution roles. Blocking: call it off the FX thread. */
public final class IamGateway {

    /** The managed policy the console gives a new function's role: write its logs to CloudWatch Logs. */
    public static final String BASIC_EXECUTION_POLICY =
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    /** Lets Lambda assume the role. */
    public static final String LAMBDA_TRUST_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private final AwsClients clients;

    public IamGateway(AwsClients clients) {
        this.clients = clients;
    }

    /**
     * Creates a role Lambda may assume with basic Lambda permissions (AWSLambdaBasicExecutionRole), as the console's
     * "Create a new role with basic Lambda permissions" does.
     */
    public RoleInfo createLambdaExecutionRole(String name) {
        String arn = clients.iam().createRole(b -> b.roleName(name).path("/service-role/")
                .assumeRolePolicyDocument(LAMBDA_TRUST_POLICY)
                .description("Created by LambdaDesk for a new function: basic Lambda permissions")).role().arn();
        clients.iam().attachRolePolicy(b -> b.roleName(name).policyArn(BASIC_EXECUTION_POLICY));
        return new RoleInfo(name, arn);
    }

    /** Every role of the account, sorted by name (Lambda's own roles first would be guesswork; keep it plain). */
    public List<RoleInfo> listRoles() {
        List<RoleInfo> out = new ArrayList<>();
        for (Role r : clients.iam().listRolesPaginator().roles()) {
            out.add(new RoleInfo(r.roleName(), r.arn()));
        }
        out.sort(Comparator.comparing(RoleInfo::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }
}
