package dev.lambdadesk.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import software.amazon.awssdk.services.iam.model.Role;

import dev.lambdadesk.core.RoleInfo;

/** IAM calls for the role picker. Blocking: call it off the FX thread. */
public final class IamGateway {

    private final AwsClients clients;

    public IamGateway(AwsClients clients) {
        this.clients = clients;
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
