package dev.lambdadesk.local.iam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.RecordType;
import dev.lambdadesk.local.store.Table;

/** The account's roles, kept in the store; seeded once with {@code lambda-basic-execution}. */
public final class IamRoles {

    public static final String ACCOUNT = "000000000000";
    public static final String SEEDED_ROLE = "lambda-basic-execution";
    static final String LAMBDA_TRUST_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    /** Marks that the seed roles were created, so they are created only on the very first start. */
    record Seeded(String at) {
    }

    private static final RecordType<RoleRecord> ROLES = RecordType.of("iam.role", RoleRecord.class);
    private static final RecordType<Seeded> SEEDS = RecordType.of("iam.seeded", Seeded.class);
    private static final String ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final DurableStore store;
    private final Table<RoleRecord> roles;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IamRoles(DurableStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.roles = store.table(ROLES);
        this.mapper = mapper;
        this.clock = clock;
        seed();
    }

    /** Whether Lambda may assume the role: it exists and trusts {@code lambda.amazonaws.com}. */
    public boolean lambdaCanAssume(String roleArn) {
        int slash = roleArn.lastIndexOf('/');
        return slash >= 0 && find(roleArn.substring(slash + 1))
                .filter(role -> role.arn().equals(roleArn))
                .filter(role -> TrustPolicy.allowsService(mapper, role.assumeRolePolicyDocument(),
                        "lambda.amazonaws.com"))
                .isPresent();
    }

    Optional<RoleRecord> find(String roleName) {
        return roles.get(key(roleName));
    }

    Table<RoleRecord> table() {
        return roles;
    }

    /** Creates a role, or throws EntityAlreadyExists. */
    RoleRecord create(String name, String path, String policy, String description, int maxSessionDuration,
                      Map<String, String> tags) {
        RoleRecord role = new RoleRecord(name, newRoleId(), path, "arn:aws:iam::" + ACCOUNT + ":role" + path + name,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), policy, description, maxSessionDuration,
                tags, List.of());
        return store.write(tx -> {
            if (tx.get(ROLES, key(name)).isPresent()) {
                throw IamError.ENTITY_ALREADY_EXISTS.withMessage("Role with name " + name + " already exists.");
            }
            tx.put(ROLES, key(name), role);
            return role;
        });
    }

    /** Replaces a role's attached policies with what {@code change} makes of them; NoSuchEntity when it is gone. */
    RoleRecord changePolicies(String roleName, java.util.function.UnaryOperator<List<String>> change) {
        return store.write(tx -> {
            RoleRecord role = tx.get(ROLES, key(roleName)).orElseThrow(() -> noSuchRole(roleName));
            RoleRecord changed = role.withAttachedPolicies(change.apply(role.attachedPolicies()));
            tx.put(ROLES, key(roleName), changed);
            return changed;
        });
    }

    /** Deletes a role; DeleteConflict while managed policies are attached, as IAM answers. */
    void delete(String roleName) {
        store.write(tx -> {
            RoleRecord role = tx.get(ROLES, key(roleName)).orElseThrow(() -> noSuchRole(roleName));
            if (!role.attachedPolicies().isEmpty()) {
                throw IamError.DELETE_CONFLICT.withMessage("Cannot delete entity, must detach all policies first.");
            }
            tx.delete(ROLES, key(roleName));
            return null;
        });
    }

    static dev.lambdadesk.local.http.ApiException noSuchRole(String roleName) {
        return IamError.NO_SUCH_ENTITY.withMessage("The role with name " + roleName + " cannot be found.");
    }

    /** The role as IAM's XML shows it (the trust policy URL-encoded, as IAM returns it). */
    static IamXml.Role toXml(RoleRecord role, boolean withTags) {
        List<IamXml.Tag> tags = withTags && !role.tags().isEmpty()
                ? role.tags().entrySet().stream().map(t -> new IamXml.Tag(t.getKey(), t.getValue())).toList() : null;
        return new IamXml.Role(role.path(), role.roleName(), role.roleId(), role.arn(), role.createDate(),
                URLEncoder.encode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8).replace("+", "%20"),
                role.description(), role.maxSessionDuration(), tags);
    }

    private void seed() {
        store.write(tx -> {
            if (tx.get(SEEDS, SEEDED_ROLE).isEmpty()) {
                String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
                tx.put(ROLES, key(SEEDED_ROLE), new RoleRecord(SEEDED_ROLE, newRoleId(), "/",
                        "arn:aws:iam::" + ACCOUNT + ":role/" + SEEDED_ROLE, now, LAMBDA_TRUST_POLICY,
                        "Lets Lambda functions run and write logs.", 3600, Map.of(), List.of()));
                tx.put(SEEDS, SEEDED_ROLE, new Seeded(now));
            }
            return null;
        });
    }

    private String newRoleId() {
        StringBuilder id = new StringBuilder("AROA");
        for (int i = 0; i < 17; i++) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return id.toString();
    }

    private static String key(String roleName) {
        return roleName.toLowerCase(Locale.ROOT);
    }
}
