package dev.lambdadesk.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "delete", mixinStandardHelpOptions = true)
final class SamDeleteCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
