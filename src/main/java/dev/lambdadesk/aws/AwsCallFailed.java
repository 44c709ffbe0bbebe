package dev.lambdadesk.aws;

/** A service call that failed, explained for a person; thrown by gateways that keep SDK types to themselves. */
public final class AwsCallFailed extends RuntimeException {

    private final AwsProblem problem;

    public AwsCallFailed(AwsProblem problem) {
        super(problem.summary(), null, false, false);
        this.problem = problem;
    }

    public AwsProblem problem() {
        return problem;
    }

    /** The service's error code and text, e.g. {@code CodeVerificationFailedException: Lambda cannot ...}. */
    public String serviceDetail() {
        return problem.errorCode().isEmpty() ? problem.serviceText()
                : problem.errorCode() + (problem.serviceText().isEmpty() ? "" : ": " + problem.serviceText());
    }
}
