package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap in use by another JVM after full garbage collections, read with {@code jcmd}. */
final class HeapReader {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;

    HeapReader(long pid) {
        this.pid = pid;
    }

    /**
     * Bytes in use after full GCs: the least of three, a second apart, after a pause for background work (blob
     * writes, a compaction) to finish.
     */
    long usedAfterGc() throws IOException, InterruptedException {
        Thread.sleep(2000);
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd("GC.run");
            String info = jcmd("GC.heap_info");
            Matcher used = USED.matcher(info);
            if (!used.find()) {
                throw new IOException("Unexpected GC.heap_info output: " + info);
            }
            least = Math.min(least, Long.parseLong(used.group(1)) * 1024);
            Thread.sleep(1000);
        }
        return least;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed: " + output);
        }
        return output;
    }
}
