package dev.lambdadesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's memory as the operating system sees it (/proc/self/status) and as the heap does. */
final class Memory {

    private Memory() {
    }

    static long residentMb() {
        return statusKb("VmRSS:") / 1024;
    }

    static long peakResidentMb() {
        return statusKb("VmHWM:") / 1024;
    }

    static long heapUsedMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static long statusKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field))
                    .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
