package org.limber.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * How many durable writes per second this disk takes: appends 4 KiB and forces it to the device (fdatasync), in a
 * loop, one writer, like SQLite's WAL commit with synchronous=FULL. Prints FSYNC_PER_S and the latency percentiles.
 *
 * <pre>java -cp limber-benchmarks-baseline.jar org.limber.benchmarks.FsyncRate FOLDER [SECONDS]</pre>
 */
public final class FsyncRate {
    private FsyncRate() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        Path file = Files.createTempFile(folder, "fsync-rate", ".bin");
        long[] latencies = new long[1_000_000];
        int count = 0;
        ByteBuffer block = ByteBuffer.allocateDirect(4096);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end && count < latencies.length) {
                long start = System.nanoTime();
                block.clear();
                channel.write(block);
                channel.force(false);
                latencies[count++] = System.nanoTime() - start;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        System.out.printf("fsync: %d writes in %d s on %s%n", count, seconds, folder.toAbsolutePath());
        System.out.printf("FSYNC_PER_S=%.0f%n", count / (double) seconds);
        System.out.printf("FSYNC_P50_MS=%.3f%nFSYNC_P99_MS=%.3f%n", sorted[count / 2] / 1e6,
                sorted[Math.min(count - 1, (int) (count * 0.99))] / 1e6);
    }
}
