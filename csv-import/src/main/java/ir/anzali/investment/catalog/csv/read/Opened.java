package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.csv.internal.Interrupts;
import ir.anzali.investment.catalog.csv.internal.Source;
import ir.anzali.investment.catalog.csv.internal.WorkbookReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ImportSource} made ready to read: whether it is a CSV file or a workbook, told by its first
 * bytes, not its name; and for a stream that must be read twice or is a workbook (which is read by
 * random access), a copy in a temporary file readable by its owner only, deleted on close.
 */
final class Opened implements Closeable {

    private final String name;
    private final @Nullable Path path;
    private final boolean spooled;
    private final @Nullable Source stream;
    private final boolean workbook;

    private Opened(String name, @Nullable Path path, boolean spooled, @Nullable Source stream, boolean workbook) {
        this.name = name;
        this.path = path;
        this.spooled = spooled;
        this.stream = stream;
        this.workbook = workbook;
    }

    /**
     * Makes a file ready to read.
     *
     * @param file  the file
     * @param twice whether it will be read twice, so that a stream must be copied to a file
     * @return the file, to be closed
     * @throws IOException when the file cannot be read or a stream cannot be copied
     */
    static Opened of(ImportSource file, boolean twice) throws IOException {
        Path path = file.path();
        if (path != null) {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(path)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return new Opened(file.name(), path, false, null, WorkbookReader.looksLikeWorkbook(head, n));
        }
        BufferedInputStream in = new BufferedInputStream(file.source().open());
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        boolean workbook = WorkbookReader.looksLikeWorkbook(head, head.length);
        if (!workbook && !twice) {
            return new Opened(file.name(), null, false, Source.of(in, file.name()), false);
        }
        Path copy = Files.createTempFile("catalog-upload-", workbook ? ".xlsx" : ".csv");
        try (in) {
            Interrupts.copy(in, copy);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        return new Opened(file.name(), copy, true, null, workbook);
    }

    /** The name its report gives it. */
    String name() {
        return name;
    }

    /** Whether it is a workbook rather than a CSV file. */
    boolean workbook() {
        return workbook;
    }

    /** The file on disk, or null for a stream read once. */
    @Nullable Path path() {
        return path;
    }

    /** Its bytes, as a CSV file's are read. */
    Source source() {
        return stream != null ? stream : Source.of(java.util.Objects.requireNonNull(path), name);
    }

    @Override
    public void close() throws IOException {
        if (spooled && path != null) {
            Files.deleteIfExists(path);
        }
    }
}
