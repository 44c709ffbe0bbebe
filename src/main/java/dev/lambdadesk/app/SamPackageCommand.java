package dev.lambdadesk.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "package", mixinStandardHelpOptions = true)
final class SamPackageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
