package dev.lambdadesk.ui.signing.common;

import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.Tone;

/** How the statuses of profiles and jobs read at a glance. */
public final class StatusTones {

    private StatusTones() {
    }

    public static Tone of(SigningProfileInfo.Status status) {
        return switch (status) {
            case ACTIVE -> Tone.SUCCESS;
            case REVOKED -> Tone.DANGER;
            case CANCELED -> Tone.WARNING;
        };
    }

    public static Tone of(SigningJobInfo job) {
        if (job.revoked()) {
            return Tone.DANGER;
        }
        return switch (job.status()) {
            case SUCCEEDED -> Tone.SUCCESS;
            case FAILED -> Tone.DANGER;
            case IN_PROGRESS -> Tone.ACCENT;
        };
    }

    /** "Succeeded", or "Succeeded · revoked" for a job whose signature was revoked. */
    public static String label(SigningJobInfo job) {
        return job.revoked() ? job.status().wire() + " · revoked" : job.status().wire();
    }
}
