package dev.lambdadesk.app;

/** A launcher watching a long-running child, as {@code java -jar} watches the app's JVM, for LauncherTest. */
final class SupervisedApp {

    private SupervisedApp() {
    }

    public static void main(String[] args) throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), Sleeper.class.getName()).start();
        System.out.println("supervising " + child.pid());
        System.out.flush();
        System.exit(Math.max(0, Launcher.supervise(child, null)));
    }

    /** Sleeps until killed. */
    static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(120_000);
        }
    }
}
