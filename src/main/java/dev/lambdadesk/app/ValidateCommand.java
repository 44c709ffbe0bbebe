package dev.lambdadesk.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** {@code validate}: offline validation of a request written as AWS CLI input JSON. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates a request file (AWS CLI input JSON) offline against the API's rules.")
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
