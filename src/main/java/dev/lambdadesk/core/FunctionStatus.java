package dev.lambdadesk.core;

import java.util.Objects;

/**
 * What a state watcher observes of a function at one moment: its state and last update, with the reasons.
 * Reason fields are empty strings when the service sent none.
 */
public record FunctionStatus(String functionName, String functionArn, FunctionState state, String stateReason,
                             String stateReasonCode, UpdateStatus lastUpdateStatus, String lastUpdateStatusReason,
                             String lastUpdateStatusReasonCode, String revisionId) {

    public FunctionStatus {
        Objects.requireNonNull(functionName, "functionName");
        functionArn = Objects.requireNonNullElse(functionArn, "");
        state = Objects.requireNonNullElse(state, FunctionState.UNKNOWN);
        stateReason = Objects.requireNonNullElse(stateReason, "");
        stateReasonCode = Objects.requireNonNullElse(stateReasonCode, "");
        lastUpdateStatus = Objects.requireNonNullElse(lastUpdateStatus, UpdateStatus.NONE);
        lastUpdateStatusReason = Objects.requireNonNullElse(lastUpdateStatusReason, "");
        lastUpdateStatusReasonCode = Objects.requireNonNullElse(lastUpdateStatusReasonCode, "");
        revisionId = Objects.requireNonNullElse(revisionId, "");
    }

    /** True when nothing more will change: the state is settled and no update is in progress. */
    public boolean isSettled() {
        return state.isSettled() && lastUpdateStatus != UpdateStatus.IN_PROGRESS;
    }

    /** True when the observable part differs (the revision alone does not count as a change a person sees). */
    public boolean differsVisiblyFrom(FunctionStatus other) {
        return other == null || state != other.state || !stateReason.equals(other.stateReason)
                || !stateReasonCode.equals(other.stateReasonCode) || lastUpdateStatus != other.lastUpdateStatus
                || !lastUpdateStatusReason.equals(other.lastUpdateStatusReason)
                || !lastUpdateStatusReasonCode.equals(other.lastUpdateStatusReasonCode);
    }
}
