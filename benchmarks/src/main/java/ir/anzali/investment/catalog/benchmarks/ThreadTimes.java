package ir.anzali.investment.catalog.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The processor time of this JVM's threads so far, by what they do — the JIT compiler's threads, the
 * collector's, the thread {@code main} and the rest — read from Linux's {@code /proc/self/task}, since
 * the platform's thread bean does not see the JVM's own threads. A thread that has ended is counted
 * in the process's total only ({@code /proc/self/stat}), under the rest. Figures in seconds, to the
 * kernel's clock tick (usually 10 ms).
 *
 * @param compiler the JIT compiler's threads ({@code C1 CompilerThread…}, {@code C2 CompilerThread…})
 * @param collector the collector's threads ({@code GC Thread#…}, {@code G1 …}) and the {@code VM Thread}
 * @param main      the thread {@code main}, named {@code java} for the system, with the launcher's thread that waits
 *                  for it
 * @param total     the whole process
 */
record ThreadTimes(double compiler, double collector, double main, double total) {

    /** The kernel's clock ticks a second, which {@code /proc} counts in. */
    private static final double TICKS = 100.0;

    /**
     * The times now, or null where there is no {@code /proc} to read them from.
     *
     * @return the times, or null
     */
    static ThreadTimes now() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return null;
        }
        double compiler = 0;
        double collector = 0;
        double main = 0;
        try (Stream<Path> each = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) each::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                double seconds = seconds(stat);
                if (name.contains("CompilerThre")) {
                    compiler += seconds;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    collector += seconds;
                } else if (name.equals("java")) {
                    main += seconds;
                }
            }
            return new ThreadTimes(compiler, collector, main, seconds(Files.readString(Path.of("/proc/self/stat"))));
        } catch (IOException e) {
            return null;
        }
    }

    /** User and system time of a {@code stat} line: its 14th and 15th fields. */
    private static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "JVM processor time %.2f s: JIT compiler %.2f s, collector %.2f s, main %.2f s,"
                + " the rest %.2f s", total, compiler, collector, main, total - compiler - collector - main);
    }
}
