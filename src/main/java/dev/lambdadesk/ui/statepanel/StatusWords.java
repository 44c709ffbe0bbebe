package dev.lambdadesk.ui.statepanel;

import java.time.Duration;

import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.UpdateStatus;
import dev.lambdadesk.ui.common.Tone;

/** How the panel words and colours a function's status. */
final class StatusWords {

    private StatusWords() {
    }

    static Tone toneOf(FunctionStatus status) {
        if (status.lastUpdateStatus() == UpdateStatus.IN_PROGRESS && status.state() == FunctionState.ACTIVE) {
            return Tone.WARNING;
        }
        return switch (status.state()) {
            case PENDING -> Tone.WARNING;
            case ACTIVE -> status.lastUpdateStatus() == UpdateStatus.FAILED ? Tone.DANGER : Tone.SUCCESS;
            case FAILED -> Tone.DANGER;
            default -> Tone.NEUTRAL;
        };
    }

    static String badgeOf(FunctionStatus status) {
        if (status.lastUpdateStatus() == UpdateStatus.IN_PROGRESS && status.state() == FunctionState.ACTIVE) {
            return "Updating";
        }
        return status.state().wireName();
    }

    /** "Creating: The function is being created." or an empty string when the service gave no reason. */
    static String reasonOf(FunctionStatus status) {
        return joined(status.stateReasonCode(), status.stateReason());
    }

    /** "Last update InProgress: The function is being updated." or an empty string before any update. */
    static String lastUpdateOf(FunctionStatus status) {
        if (status.lastUpdateStatus() == UpdateStatus.NONE) {
            return "";
        }
        String reason = joined(status.lastUpdateStatusReasonCode(), status.lastUpdateStatusReason());
        return "Last update " + status.lastUpdateStatus().wireName() + (reason.isEmpty() ? "" : ": " + reason);
    }

    /** The timeline's line for a newly seen status. */
    static String changeOf(FunctionStatus status) {
        StringBuilder out = new StringBuilder(status.state().wireName());
        String reason = reasonOf(status);
        if (!reason.isEmpty()) {
            out.append(" — ").append(reason);
        }
        String update = lastUpdateOf(status);
        if (!update.isEmpty()) {
            out.append(" · ").append(update);
        }
        return out.toString();
    }

    /** "4 s", "2 min 05 s", "1 h 03 min". */
    static String durationOf(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format("%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    private static String joined(String code, String reason) {
        if (code.isEmpty()) {
            return reason;
        }
        return reason.isEmpty() ? code : code + ": " + reason;
    }
}
