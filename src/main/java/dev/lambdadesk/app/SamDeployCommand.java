package dev.lambdadesk.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "deploy", mixinStandardHelpOptions = true)
final class SamDeployCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
