package org.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every few milliseconds on a daemon thread and remembers the highest. */
final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
    private volatile long peakLive;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                peakLive = Math.max(peakLive, liveAfterLastCollection());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    /**
     * The most the heap held right after a collection: what was still reachable, without the
     * garbage a large heap lets pile up between collections.
     */
    long peakLiveBytes() {
        return Math.max(peakLive, liveAfterLastCollection());
    }

    private static long liveAfterLastCollection() {
        long live = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            var after = pool.getCollectionUsage();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null) {
                live += after.getUsed();
            }
        }
        return live;
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
