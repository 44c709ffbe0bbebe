package dev.lambdadesk.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code local-endpoint}: the embedded AWS-compatible endpoint, headless. */
@Command(name = "local-endpoint", mixinStandardHelpOptions = true,
        description = "Runs the local AWS-compatible endpoint (Lambda, Signer, S3, IAM) headless on 127.0.0.1.")
final class LocalEndpointCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
