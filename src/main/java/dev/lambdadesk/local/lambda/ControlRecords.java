package dev.lambdadesk.local.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.store.RecordType;
import dev.lambdadesk.local.store.Transaction;

/**
 * The control-plane records kept beside a function: aliases, reserved concurrency, resource policies, function URL
 * configs, event invoke configs and provisioned concurrency configs. Every key starts with the function's version
 * prefix ({@code region:name:}) followed by the qualifier, so a function's records are one key range.
 */
final class ControlRecords {

    static final RecordType<AliasRecord> ALIASES = RecordType.of("lambda.alias", AliasRecord.class);
    static final RecordType<Integer> CONCURRENCY = RecordType.of("lambda.concurrency", Integer.class);
    static final RecordType<PolicyRecord> POLICIES = RecordType.of("lambda.policy", PolicyRecord.class);
    static final RecordType<ObjectNode> URL_CONFIGS = RecordType.of("lambda.url-config", ObjectNode.class);
    static final RecordType<ObjectNode> EVENT_INVOKE_CONFIGS =
            RecordType.of("lambda.event-invoke-config", ObjectNode.class);
    static final RecordType<ObjectNode> PROVISIONED = RecordType.of("lambda.provisioned-concurrency", ObjectNode.class);

    /** The records keyed by qualifier ($LATEST, a version number or an alias name). */
    private static final RecordType<?>[] PER_QUALIFIER = {ALIASES, POLICIES, URL_CONFIGS, EVENT_INVOKE_CONFIGS,
        PROVISIONED};

    private ControlRecords() {
    }

    /** The key of a function's record for {@code qualifier} (null and "" mean the unqualified function). */
    static String key(String region, String function, String qualifier) {
        return LambdaRecords.versionPrefix(region, function) + (qualifier == null ? "" : qualifier);
    }

    static String functionKey(String region, String function) {
        return LambdaRecords.functionKey(region, function);
    }

    /** Removes everything kept beside a function that is being deleted, in the same transaction. */
    static void deleteFunction(LambdaContext ctx, Transaction tx, String region, String function) {
        tx.delete(CONCURRENCY, functionKey(region, function));
        String prefix = LambdaRecords.versionPrefix(region, function);
        for (RecordType<?> type : PER_QUALIFIER) {
            ctx.store.table(type).withPrefix(prefix).keySet().forEach(key -> tx.delete(type, key));
        }
    }

    /** Removes what is kept for one version or alias that is being deleted. */
    static void deleteQualifier(Transaction tx, String region, String function, String qualifier) {
        String key = key(region, function, qualifier);
        for (RecordType<?> type : PER_QUALIFIER) {
            if (type != ALIASES) {
                tx.delete(type, key);
            }
        }
    }
}
