package org.sonobill.server.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The CPU a load test costs: this JVM (the server and the virtual users), the embedded PostgreSQL (its postmaster and
 * backends, found by the data directory's {@code postmaster.pid}), and the whole machine's load, so a report shows
 * what the figures cost and whether other processes took cores meanwhile (a shared machine). Where the platform does
 * not tell, the figure is -1.
 */
final class CpuMeter {
    private final com.sun.management.OperatingSystemMXBean os;
    private final ProcessHandle postgres;
    private double machineLoadSum;
    private int machineLoadSamples;

    CpuMeter(Path postgresDataDirectory) {
        this.os = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean o
                ? o : null;
        this.postgres = postgresDataDirectory == null ? null : postmaster(postgresDataDirectory).orElse(null);
    }

    /** CPU used so far, in nanoseconds. */
    record Sample(long wall, long jvm, long postgres) {
    }

    Sample sample() {
        long jvm = os == null ? -1 : os.getProcessCpuTime();
        long pg = -1;
        if (postgres != null) {
            pg = cpu(postgres);
            for (ProcessHandle child : postgres.descendants().toList()) {
                pg += Math.max(0, cpu(child));
            }
        }
        return new Sample(System.nanoTime(), jvm, pg);
    }

    /** Starts the machine's load figure: the load noted next is of the time since this call. */
    void startMachineLoad() {
        if (os != null) {
            os.getCpuLoad();
        }
    }

    /** Notes the machine's CPU load since the last call (0..1 of all cores); called once a second while measuring. */
    void noteMachineLoad() {
        double load = os == null ? -1 : os.getCpuLoad();
        if (load >= 0) {
            machineLoadSum += load;
            machineLoadSamples++;
        }
    }

    /** The mean machine load of the notes (0..1 of all cores), or -1. */
    double machineLoad() {
        return machineLoadSamples == 0 ? -1 : machineLoadSum / machineLoadSamples;
    }

    private static long cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    /** The embedded PostgreSQL's postmaster, by its data directory's postmaster.pid (none when it is not running). */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
