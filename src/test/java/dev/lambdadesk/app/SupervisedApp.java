package dev.lambdadesk.app;

/** A launcher watching a long-running child, as {@code java -jar} watches the app's JVM, for LauncherTest. */
final class SupervisedApp {

    private SupervisedApp() {
    }

    public static void main(String[] args) throws Exception {
        ProcessBuilder child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Sleeper.class.getName());
        System.exit(Math.max(0, Launcher.supervise(child, app -> {
            System.out.println("supervising " + app.pid());
            System.out.flush();
            return null;
        })));
    }

    /** Sleeps until killed. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
