package dev.lambdadesk.core;

import java.util.Optional;

/**
 * Which signing jobs to list (ListSigningJobs filters); empty members do not filter.
 *
 * @param revoked only revoked signatures (true) or only valid ones (false)
 */
public record SigningJobQuery(Optional<SigningJobInfo.Status> status, Optional<String> platformId,
                              Optional<Boolean> revoked) {

    /** Every job. */
    public static final SigningJobQuery ALL = new SigningJobQuery(Optional.empty(), Optional.empty(), Optional.empty());
}
