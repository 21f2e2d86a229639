package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.Notes;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reader of CSV files (CSV format §2–§4), behind the same interface as every other format: the
 * encoding and the delimiter told from the bytes unless given, and noted for the report
 * ({@link Notes}); the records cut into chunks of whole lines on the reading thread
 * ({@link Chunker}) and each chunk parsed by the worker that converts it ({@link ChunkParser}), so
 * that the importer's one path for records keeps the speed of parsing in parallel; on one thread the
 * records are parsed straight from the reading buffer ({@link Lines#parseNext}). A file read twice
 * by an all-or-nothing import shows its chunks to the {@link Fingerprints} of the first reading.
 * Stateless and thread-safe; its documents and records are used by one thread, its batches are
 * converted on any.
 */
public final class CsvRecordReader implements RecordReader {

    /** The reader; it holds nothing. */
    public static final CsvRecordReader INSTANCE = new CsvRecordReader();

    /** About how many bytes of whole records a chunk holds. */
    private static final int CHUNK_BYTES = 64 * 1024;
    /**
     * A record may run to this many bytes per character of the record limit, plus the slack, before
     * reading stops, whatever it holds: UTF-8 takes at most three bytes per character, so a record
     * stopped there is surely over the limit.
     */
    private static final long GUARD_BYTES_PER_CHAR = 3;
    private static final long GUARD_SLACK = 64 * 1024;

    private CsvRecordReader() {
    }

    /** Claims what is read as CSV: text, by first bytes that are no other format the library knows. */
    @Override
    public boolean reads(byte[] head, int length) {
        return FileFormat.ofHead(head, length) == FileFormat.CSV;
    }

    /** Opens a CSV file, telling its encoding and delimiter from its bytes; needs no temporary files. */
    @Override
    public Document open(Path file, Limits limits, Path temporary) throws IOException {
        return open(Source.of(file), null, null, limits, null);
    }

    /**
     * Opens a CSV file or stream: detects its encoding unless given, then its delimiter unless given.
     * Bytes invalid in the encoding before the delimiter is told, or text that a single-byte encoding
     * given would garble ({@link Utf8Input#misread()}), are the failure of its records' first reading,
     * so that the document's notes still say the encoding.
     *
     * @param source       the file or stream
     * @param encoding     the encoding, or null to detect it
     * @param delimiter    the delimiter, or null to detect it
     * @param limits       the limits of a record
     * @param fingerprints the fingerprints each chunk is shown to, or null
     * @return the document, which the caller closes
     * @throws IOException when the bytes cannot be read
     */
    public static Document open(Source source, @Nullable Charset encoding, @Nullable Character delimiter,
            Limits limits, @Nullable Fingerprints fingerprints) throws IOException {
        Utf8Input input = Utf8Input.open(source, encoding);
        try {
            Charset read = input.encoding();
            Charset instead = !input.guessed() ? null
                    : read.equals(EncodingDetector.WINDOWS_1252) ? EncodingDetector.WINDOWS_1256
                    : EncodingDetector.WINDOWS_1252;
            Character told = delimiter;
            RecordException failure = null;
            GivenEncoding.Misread misread = input.misread();
            if (misread != null) {
                failure = new RecordException(RecordException.Reason.MISREAD, misread.line(), misread.seems().name(),
                        misread.word());
            } else if (told == null) {
                try {
                    told = DelimiterDetector.detect(input.bytes(), limits.maxRecordChars());
                } catch (EncodingException e) {
                    failure = new RecordException(RecordException.Reason.UNDECODABLE, e.line(), e.encoding());
                }
            }
            return new Text(source, input, new Notes(read, instead, told), failure, limits, fingerprints);
        } catch (IOException | RuntimeException | Error e) {
            input.close();
            throw e;
        }
    }

    /** The failure of the reader's interface that a failure of the chunk parser is. */
    static RecordException failure(CsvFailure f) {
        String detail = f.getMessage();
        return switch (f.reason()) {
            case ENCODING -> new RecordException(RecordException.Reason.UNDECODABLE, f.line(), detail);
            case UNCLOSED_QUOTE -> new RecordException(RecordException.Reason.UNCLOSED_QUOTE, f.line(), null);
            case STRAY_QUOTE -> new RecordException(RecordException.Reason.STRAY_QUOTE, f.line(), null);
            case RECORD_TOO_LARGE -> new RecordException(RecordException.Reason.RECORD_TOO_LARGE, f.line(), null);
            case QUOTE_PAST_LIMIT -> new RecordException(RecordException.Reason.RECORD_TOO_LARGE, f.line(), detail);
            case CELL_TOO_LARGE -> new RecordException(RecordException.Reason.CELL_TOO_LARGE, f.line(), detail);
            case TOO_MANY_COLUMNS -> new RecordException(RecordException.Reason.TOO_MANY_COLUMNS, f.line(), detail);
        };
    }

    /** An open CSV file: one sheet without a name. */
    private static final class Text implements Document {
        private final Source source;
        private final Notes notes;
        private final @Nullable RecordException failure;
        private final Limits limits;
        private final @Nullable Fingerprints fingerprints;
        private Utf8Input input;
        private boolean read;

        Text(Source source, Utf8Input input, Notes notes, @Nullable RecordException failure, Limits limits,
                @Nullable Fingerprints fingerprints) {
            this.source = source;
            this.input = input;
            this.notes = notes;
            this.failure = failure;
            this.limits = limits;
            this.fingerprints = fingerprints;
        }

        @Override
        public List<String> sheets() {
            return List.of("");
        }

        @Override
        public Notes notes() {
            return notes;
        }

        /** The records from the first line; a file, not a stream, may be read again. */
        @Override
        public Records records(String sheet) throws IOException {
            if (read) {
                Charset known = notes.encoding();
                Utf8Input again = known == null ? Utf8Input.open(source, null) : Utf8Input.openAs(source, known);
                input.close();
                input = again;
            }
            read = true;
            RecordException stop = failure;
            Character delimiter = notes.delimiter();
            if (stop != null || delimiter == null) {
                return new Records() {
                    @Override
                    public RawRecord next() throws RecordException {
                        throw stop != null ? stop : new RecordException(RecordException.Reason.UNREADABLE, 0, null);
                    }

                    @Override
                    public void close() {
                        // Nothing was opened.
                    }
                };
            }
            Delimiter bytes = Delimiter.of(delimiter);
            long guard = GUARD_BYTES_PER_CHAR * limits.maxRecordChars() + GUARD_SLACK;
            ChunkParser parser = new ChunkParser(bytes, limits);
            return new Lines(new Chunker(input.bytes(), bytes, guard, fingerprints, parser), parser, input);
        }

        @Override
        public void close() throws IOException {
            input.close();
        }
    }

    /**
     * The records of a CSV file: one at a time for its header, cut from a chunk of one record; then in
     * chunks of whole lines, parsed by the worker that converts them. A failure to cut ends them.
     */
    static final class Lines implements Records {
        private final Chunker chunker;
        private final ChunkParser parser;
        private final Utf8Input input;
        private final ArrayDeque<CellRecord> pending = new ArrayDeque<>();
        private @Nullable RecordException failure;

        Lines(Chunker chunker, ChunkParser parser, Utf8Input input) {
            this.chunker = chunker;
            this.parser = parser;
            this.input = input;
        }

        @Override
        public @Nullable RawRecord next() throws RecordException, IOException {
            while (pending.isEmpty()) {
                RecordException stop = failure;
                if (stop != null) {
                    throw stop;
                }
                Chunker.Chunk chunk = cut(1);
                if (chunk == null) {
                    return null;
                }
                ChunkParser.Parsed parsed = parser.parse(chunk);
                for (ChunkParser.Record r : parsed.records()) {
                    pending.add(CellRecord.ofText(r.line(), r.cells()));
                }
                CsvFailure cut = parsed.failure();
                if (cut != null) {
                    failure = failure(cut);
                }
            }
            CellRecord r = pending.remove();
            return () -> r;
        }

        @Override
        public @Nullable RawBatch nextBatch(int records, long bytes) throws RecordException, IOException {
            if (!pending.isEmpty()) {
                List<CellRecord> held = new ArrayList<>(pending);
                pending.clear();
                RecordException after = failure;
                return each -> {
                    held.forEach(each);
                    if (after != null) {
                        throw after;
                    }
                };
            }
            RecordException stop = failure;
            if (stop != null) {
                throw stop;
            }
            Chunker.Chunk chunk = cut(CHUNK_BYTES);
            return chunk == null ? null : new Chunk(parser, chunk);
        }

        /**
         * Whether {@link #parseNext} may be used: the chunks of a file read twice by an all-or-nothing
         * import are shown to its fingerprints, and are cut as they are read.
         */
        boolean parsesInPlace() {
            return chunker.parsesInPlace();
        }

        /**
         * Parses the records of the next chunk straight from the reading buffer ({@link Chunker#parseNext}),
         * for a run on one thread, where the records of a chunk are converted as soon as it is cut:
         * the same records, failures and lines as {@link #nextBatch} and {@link Chunk#records}.
         *
         * @param each receives the records, in order
         * @return false after the last record
         * @throws RecordException the failure that stops the reading, after the records before it
         * @throws IOException     when the bytes cannot be read
         */
        boolean parseNext(ChunkParser.Sink each) throws RecordException, IOException {
            if (!pending.isEmpty()) {
                RecordException after = failure;
                while (!pending.isEmpty()) {
                    CellRecord r = pending.remove();
                    each.accept(r.line(), r.texts(), 0);
                }
                if (after != null) {
                    throw after;
                }
                return true;
            }
            RecordException stop = failure;
            if (stop != null) {
                throw stop;
            }
            try {
                return chunker.parseNext(CHUNK_BYTES, each);
            } catch (CsvFailure f) {
                RecordException failed = failure(f);
                failure = failed;
                throw failed;
            }
        }

        @Override
        public long bytesRead() {
            return input.bytesRead();
        }

        private Chunker.@Nullable Chunk cut(int bytes) throws RecordException, IOException {
            try {
                return chunker.next(bytes);
            } catch (CsvFailure f) {
                RecordException stop = failure(f);
                failure = stop;
                throw stop;
            }
        }

        @Override
        public void close() {
            // The input is closed with the document.
        }
    }

    /**
     * A chunk of whole lines, parsed when converted. The importer takes its records as parsed
     * ({@link #records(ChunkParser.Sink)}), without a {@link CellRecord} and two copies of its cells each.
     */
    record Chunk(ChunkParser parser, Chunker.Chunk lines) implements RawBatch {

        @Override
        public void convert(Consumer<? super CellRecord> each) throws RecordException {
            records((line, cells, normal) -> each.accept(CellRecord.ofText(line, cells)));
        }

        /**
         * Parses the chunk, handing each record to {@code each} in order.
         *
         * @param each receives the records before a failure
         * @throws RecordException the failure that stops the chunk, after the records before it
         */
        void records(ChunkParser.Sink each) throws RecordException {
            try {
                parser.parse(lines, each);
            } catch (CsvFailure stop) {
                throw failure(stop);
            }
        }

        @Override
        public long bytes() {
            return lines.bytes().length;
        }
    }
}
