package ir.anzali.investment.catalog.csv.internal;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.Problem;
import ir.anzali.investment.catalog.csv.spi.CellValue;
import ir.anzali.investment.catalog.csv.spi.CellRecord;
import ir.anzali.investment.catalog.csv.spi.RecordException;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import ir.anzali.investment.catalog.internal.CodeMatcher;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.spi.Notes;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One pass over one file, whatever its format: opens its records with the reader of its format — a
 * CSV file with {@link CsvRecordReader}, a workbook or a format another jar adds with the
 * {@link RecordReader} that claims it — finds the sheet of a kind, reads its header, and sends every
 * record down the one path of rows ({@link Pipeline}, {@link Tally}), with the sheet and cell named in
 * each problem (a format without sheets names neither, as a CSV file) and the file's notes — the
 * encoding read, the delimiter — in the report. The records of a reader that is not the library's
 * own are checked against the limits again here. Memory stays bounded: records are read and handed
 * on a batch at a time. Not thread-safe.
 */
public final class ImportRun {

    /** Rows a worker maps at a time, when a reader hands them out one by one. */
    private static final int BATCH = 512;
    /** The most bytes of rows a batch holds, so that a sheet of huge rows keeps few of them in flight. */
    private static final long BATCH_BYTES = 4L << 20;

    /** How a format's records are taken and its failures said. */
    public enum Format {
        /**
         * CSV: a record's cells as they are, fewer or more than the header's an error of the row;
         * failures are {@code malformed-csv}; the size limit checked as bytes are read.
         */
        CSV(ErrorCode.MALFORMED_CSV, "unreadable-file", "empty-file"),
        /**
         * An {@code .xlsx} workbook: records cut or padded to the header, a value past it an error of
         * its cell; failures are {@code malformed-workbook}; the size limit checked before reading.
         */
        WORKBOOK(ErrorCode.MALFORMED_WORKBOOK, "malformed-workbook", "empty-sheet"),
        /**
         * A format another jar reads: records taken as a workbook's; failures are
         * {@code unreadable-file}, said of a file rather than of a workbook.
         */
        OTHER(ErrorCode.UNREADABLE_FILE, "unreadable-file", "empty-sheet");

        private final ErrorCode code;
        /** The start of the keys of the messages of its failures. */
        private final String keys;
        private final String empty;

        Format(ErrorCode code, String keys, String empty) {
            this.code = code;
            this.keys = keys;
            this.empty = empty;
        }
    }

    private ImportRun() {
    }

    /**
     * The sheet of a kind: the one named for it in English or Persian ({@code opportunities},
     * {@code فرصت‌ها}), in any case and spelling of its letters; otherwise the first sheet not named
     * for the other kind.
     *
     * @param sheets the sheets, in order
     * @param kind   the kind
     * @return the sheet, or empty when none fits
     */
    public static Optional<String> sheetOf(List<String> sheets, Kind kind) {
        Optional<String> named = sheets.stream().filter(s -> namedFor(s, kind)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Kind other = kind == Kind.OPPORTUNITIES ? Kind.INCENTIVES : Kind.OPPORTUNITIES;
        return sheets.stream().filter(s -> !namedFor(s, other)).findFirst();
    }

    /**
     * Tells whether a sheet is named for a kind.
     *
     * @param sheet the sheet's name
     * @param kind  the kind
     * @return true for {@code opportunities}, {@code فرصت‌ها} and their variants
     */
    public static boolean namedFor(String sheet, Kind kind) {
        String key = CodeMatcher.key(sheet);
        return key.equals(CodeMatcher.key(kind.reportName())) || key.equals(CodeMatcher.key(kind.persianName()));
    }

    /**
     * Reads a CSV file or stream, recording the fingerprints of its chunks, or comparing with those
     * recorded by an earlier reading before the rows of each chunk are handed out.
     *
     * @param source       the file
     * @param kind         what it holds
     * @param settings     how to read it: its encoding and delimiter, or null to tell them
     * @param context      what rows are checked against
     * @param accepted     receives each accepted row, in file order
     * @param fingerprints the fingerprints, or null for none
     * @param <T>          the domain type of the rows
     * @return the report
     * @throws java.io.InterruptedIOException when the thread is interrupted; the interrupt flag is
     *         kept, the workers have ended
     * @throws IOException when the file cannot be opened or read, or differs from the one fingerprinted
     */
    public static <T> ImportReport readCsv(Source source, Kind kind, Settings settings, Context context,
            Consumer<? super T> accepted, @Nullable Fingerprints fingerprints) throws IOException {
        try (RecordReader.Document text = CsvRecordReader.open(source, settings.encoding(), settings.delimiter(),
                settings.limits(), fingerprints)) {
            return read(text, Format.CSV, source.name(), source.size(), kind, settings, context, accepted);
        }
    }

    /**
     * Reads the sheet of a kind from a file of a record reader's format.
     *
     * @param reader   the reader of its format
     * @param format   how its records are taken: {@link Format#WORKBOOK} for a workbook, which a file
     *                 that cannot be read is said not to be, or {@link Format#OTHER}
     * @param file     the file
     * @param name     the file's name for the report
     * @param kind     what to read
     * @param settings how to read it
     * @param context  what rows are checked against
     * @param accepted receives each accepted row, in sheet order
     * @param <T>      the domain type of the rows
     * @return the report
     * @throws java.io.InterruptedIOException when the thread is interrupted; the interrupt flag is
     *         kept, the workers have ended
     * @throws IOException when the file cannot be read (not for bad content)
     */
    public static <T> ImportReport read(RecordReader reader, Format format, Path file, String name, Kind kind,
            Settings settings, Context context, Consumer<? super T> accepted) throws IOException {
        Tally<T> unnamed = new Tally<>(name, null, kind, settings, context, accepted);
        try {
            unnamed.checkBytes(Files.size(file));
        } catch (Tally.LimitReached e) {
            unnamed.addError(e.problem());
            return unnamed.report(null, null);
        }
        RecordReader.Document document;
        try {
            document = reader.open(file, settings.limits(), settings.temporary());
        } catch (RecordException e) {
            unnamed.addError(failure(unnamed, e, settings, format, null));
            return unnamed.report(null, null);
        }
        try (document) {
            return read(document, format, name, -1, kind, settings, context, accepted);
        }
    }

    /** Reads the sheet of a kind from an open document; its size for progress, or -1. */
    private static <T> ImportReport read(RecordReader.Document document, Format format, String name, long size,
            Kind kind, Settings settings, Context context, Consumer<? super T> accepted) throws IOException {
        Tally<T> unnamed = new Tally<>(name, null, kind, settings, context, accepted);
        Messages messages = unnamed.messages();
        List<String> named = document.sheets().stream().filter(s -> namedFor(s, kind)).toList();
        if (named.size() > 1) {
            unnamed.addError(unnamed.fileProblem(null, format.code, messages.get(
                    format.keys + ".two-sheets", "kind", kind.reportName(), "value", named.get(0),
                    "other", named.get(1))));
            return unnamed.report(null, null);
        }
        Optional<String> sheet = sheetOf(document.sheets(), kind);
        if (sheet.isEmpty()) {
            unnamed.addError(unnamed.fileProblem(null, format.code, messages.get(
                    format.keys + ".no-sheet", "value", kind.reportName(), "persian", kind.persianName())));
            return unnamed.report(null, null);
        }
        String shown = sheet.get().isEmpty() ? null : sheet.get();
        try (Tally<T> tally = new Tally<>(name, shown, kind, settings, context, accepted)) {
            Notes notes = document.notes();
            Charset encoding = notes.encoding();
            Charset instead = notes.instead();
            tally.readIn(encoding);
            if (encoding != null && instead != null) {
                tally.addWarning(tally.fileProblem(null, ErrorCode.ENCODING_GUESS, messages.get("encoding-guess",
                        "encoding", encoding.name(), "other", instead.name())));
            }
            Run<T> run = new Run<>(tally, format, settings, name, notes.delimiter());
            long read = -1;
            try (ReadingHelper helper = new ReadingHelper(settings);
                    RecordReader.Records rows = document.records(sheet.get(), helper.executor())) {
                try {
                    run.readRows(rows, size);
                } finally {
                    read = rows.bytesRead();
                }
            } catch (RecordException e) {
                tally.addError(failure(tally, e, settings, format, encoding));
            } catch (Tally.LimitReached e) {
                tally.addError(e.problem());
            }
            settings.progress().progress(name, tally.rowsRead(), read, read < 0 ? -1 : size);
            Notes after = document.notes();
            // A file without a line has no delimiter to tell: the one detection falls back to is not reported.
            return tally.report(after.encoding() == null ? null : after.encoding().name(),
                    after.delimiter() == null || run.empty ? null : String.valueOf(after.delimiter()));
        }
    }

    /**
     * The report of a workbook when no workbook reader is installed.
     *
     * @param name     the file's name for the report
     * @param kind     what was to be read
     * @param settings how it was to be read
     * @param context  what rows would be checked against
     * @return a report with one {@code malformed-workbook} error that says what to do
     */
    public static ImportReport unreadable(String name, Kind kind, Settings settings, Context context) {
        Tally<Object> tally = new Tally<>(name, null, kind, settings, context, x -> { });
        tally.addError(tally.fileProblem(null, ErrorCode.MALFORMED_WORKBOOK,
                tally.messages().get("malformed-workbook.no-reader")));
        return tally.report(null, null);
    }

    /**
     * Tells whether a workbook holds a sheet named for a kind.
     *
     * @param reader   the workbook reader
     * @param file     the workbook
     * @param kind     the kind
     * @param settings how it is read
     * @return true when a sheet is named for the kind; false also for a workbook that cannot be read,
     *         which the reading of its other sheet reports
     * @throws IOException when the file cannot be read
     */
    public static boolean holdsSheetFor(RecordReader reader, Path file, Kind kind, Settings settings)
            throws IOException {
        return sheetFor(reader, file, kind, settings).isPresent();
    }

    /**
     * The report of a workbook's opportunities, with an {@code ignored-sheet} warning when the workbook
     * also holds an incentives sheet, which was not read because incentives files were given with it.
     *
     * @param report     the report of the workbook's opportunities
     * @param reader     the workbook reader
     * @param file       the workbook
     * @param incentives the names of the incentives files read instead, not empty
     * @param settings   how it is read
     * @return the report, with the warning first when the workbook holds such a sheet
     * @throws IOException when the file cannot be read
     */
    public static ImportReport ignoringIncentivesSheet(ImportReport report, RecordReader reader, Path file,
            List<String> incentives, Settings settings) throws IOException {
        Optional<String> sheet = sheetFor(reader, file, Kind.INCENTIVES, settings);
        if (sheet.isEmpty()) {
            return report;
        }
        Messages m = Messages.of(settings.locale());
        Problem warning = new Problem(null, null, null, sheet.get(), ErrorCode.IGNORED_SHEET,
                m.get("ignored-sheet", "value", sheet.get(), "files", String.join(m.comma(), incentives)), null, null);
        List<Problem> warnings = new ArrayList<>(report.warnings().size() + 1);
        warnings.add(warning);
        warnings.addAll(report.warnings());
        return new ImportReport(report.file(), report.kind(), report.encoding(), report.delimiter(), report.columns(),
                report.rowsRead(), report.accepted(), report.rejected(), report.skipped(), report.errorCount(),
                report.errors(), warnings, report.sheet(), report.cells());
    }

    /** The sheet of a workbook named for a kind; empty also for a workbook that cannot be read. */
    private static Optional<String> sheetFor(RecordReader reader, Path file, Kind kind, Settings settings)
            throws IOException {
        try (RecordReader.Document book = reader.open(file, settings.limits(), settings.temporary())) {
            return book.sheets().stream().filter(s -> namedFor(s, kind)).findFirst();
        } catch (RecordException e) {
            return Optional.empty();
        }
    }

    /** The reading of one sheet's records: its header, then its rows down the pipeline. */
    private static final class Run<T> {
        private final Tally<T> tally;
        private final Format format;
        private final Settings settings;
        private final String name;
        private final @Nullable Character delimiter;
        /** Whether the sheet or file holds no line but blank ones. */
        private boolean empty;

        Run(Tally<T> tally, Format format, Settings settings, String name, @Nullable Character delimiter) {
            this.tally = tally;
            this.format = format;
            this.settings = settings;
            this.name = name;
            this.delimiter = delimiter;
        }

        void readRows(RecordReader.Records rows, long size) throws RecordException, IOException {
            CellRecord first = convert(rows.next());
            while (first != null && Row.blank(first.texts())) {
                first = convert(rows.next());
            }
            if (first == null) {
                empty = true;
                tally.addError(tally.fileProblem(null, ErrorCode.EMPTY_FILE, tally.messages().get(format.empty)));
                return;
            }
            String[] cells = first.texts();
            Header header = tally.header(format == Format.CSV ? cells : withoutTrailingBlanks(cells), first.line());
            if (header == null) {
                return;
            }
            Pipeline.run(new Batches(rows, header), tally, settings, name, rows::bytesRead, size);
        }

        /**
         * The rows of a sheet in batches, read on the reading thread; a row that cannot be read ends
         * them, after the rows read before it.
         */
        private final class Batches implements Pipeline.Feed<T, RecordException> {
            private final RecordReader.Records rows;
            private final Header header;
            /** The records of a chunk parsed in place, until they are mapped. */
            private final ChunkParser.Held held = new ChunkParser.Held();
            private boolean ended;

            Batches(RecordReader.Records rows, Header header) {
                this.rows = rows;
                this.header = header;
            }

            @Override
            public Pipeline.@Nullable Batch<T, RecordException> next() throws IOException {
                if (ended) {
                    return null;
                }
                if (settings.oneThread() && rows instanceof CsvRecordReader.Lines lines && lines.parsesInPlace()) {
                    return parsedInPlace(lines);
                }
                RecordReader.RawBatch batch;
                try {
                    batch = rows.nextBatch(BATCH, BATCH_BYTES);
                } catch (RecordException e) {
                    ended = true;
                    return () -> new Pipeline.Done<>(List.of(), e);
                }
                if (batch == null) {
                    ended = true;
                    return null;
                }
                return () -> convert(batch);
            }

            /**
             * The rows of the next chunk of a CSV file read on one thread, parsed from the reading buffer
             * and mapped at once, without cutting the chunk first: the same rows and failure as
             * {@link #convert} of the chunk.
             */
            private Pipeline.@Nullable Batch<T, RecordException> parsedInPlace(CsvRecordReader.Lines lines)
                    throws IOException {
                List<Tally.Mapped<T>> mapped = new ArrayList<>();
                RecordException failure = null;
                boolean more;
                try {
                    more = lines.parseNext(held);
                } catch (RecordException e) {
                    failure = e;
                    more = true;
                } finally {
                    held.handTo((line, cells, normal) -> mapped.add(mapText(header, line, cells, normal)));
                }
                if (!more) {
                    ended = true;
                    return null;
                }
                ended = failure != null;
                Pipeline.Done<T, RecordException> result = new Pipeline.Done<>(mapped, failure);
                return () -> result;
            }

            /** Converts and maps the rows of a batch, up to one that cannot be converted; runs on any thread. */
            private Pipeline.Done<T, RecordException> convert(RecordReader.RawBatch batch) {
                List<Tally.Mapped<T>> mapped = new ArrayList<>();
                try {
                    if (batch instanceof CsvRecordReader.Chunk chunk) {
                        chunk.records((line, cells, normal) -> mapped.add(mapText(header, line, cells, normal)));
                    } else {
                        batch.convert(r -> mapped.add(map(header, r)));
                    }
                } catch (RecordException e) {
                    return new Pipeline.Done<>(mapped, e);
                } catch (Unchecked e) {
                    return new Pipeline.Done<>(mapped, e.failure);
                }
                return new Pipeline.Done<>(mapped, null);
            }
        }

        /** A row of the header's width, or one whose cells do not fit it, mapped as its format takes it. */
        private Tally.Mapped<T> map(Header header, CellRecord r) {
            if (format == Format.CSV) {
                return mapText(header, r.line(), r.texts(), 0);
            }
            try {
                return mapSheet(header, checked(r, settings));
            } catch (RecordException e) {
                throw new Unchecked(e);
            }
        }

        /**
         * A record of CSV: fewer or more cells than the header's is an error of the row.
         *
         * @param cells  the record's cells, kept by the row: no one else may change them
         * @param normal bit {@code k} set when cell {@code k} is known to be normal text
         */
        private Tally.Mapped<T> mapText(Header header, long line, String[] cells, long normal) {
            Row row = new Row(header, cells, normal, line, tally.messages(), tally.lacksYeh());
            int count = row.cellCount();
            if (count != header.width() && !row.blank()) {
                boolean fewer = count < header.width();
                row.problem(null, fewer ? ErrorCode.MISSING_CELL : ErrorCode.EXTRA_CELL,
                        tally.messages().get(fewer ? "missing-cell" : "extra-cell", "count", count,
                                "expected", header.width(), "delimiter", String.valueOf(delimiter)));
                return tally.refused(row);
            }
            return tally.map(row);
        }

        /** A row cut or padded to the header's width; a value right of the header is an error on its cell. */
        private Tally.Mapped<T> mapSheet(Header header, CellRecord r) {
            int width = header.width();
            String[] cells = new String[width];
            CellValue[] typed = new CellValue[width];
            for (int i = 0; i < width; i++) {
                boolean inside = i < r.size();
                cells[i] = inside ? r.text(i) : "";
                typed[i] = inside ? typed(r.cell(i)) : null;
            }
            Row row = new Row(header, cells, typed, tally.sheet(), r.line(), tally.messages());
            boolean extra = false;
            for (int i = width; i < r.size(); i++) {
                String text = r.text(i);
                if (!Row.blank(new String[] {text}) || typed(r.cell(i)) != null) {
                    String cell = r.reference(i);
                    row.cellProblem(cell, text, ErrorCode.EXTRA_CELL,
                            tally.messages().get("extra-cell.sheet", "value", cell));
                    extra = true;
                }
            }
            return extra ? tally.refused(row) : tally.map(row);
        }

        private @Nullable CellRecord convert(RecordReader.@Nullable RawRecord row) throws RecordException {
            if (row == null) {
                return null;
            }
            CellRecord r = row.convert();
            return format == Format.CSV ? r : checked(r, settings);
        }
    }

    /** A failure to convert a record, carried out of the consumer that maps a batch's records. */
    private static final class Unchecked extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RecordException failure;

        Unchecked(RecordException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /** The value of a cell that is not text, or null for text and blank cells, as {@link Row} takes them. */
    private static @Nullable CellValue typed(CellValue value) {
        return value instanceof CellValue.Text || value instanceof CellValue.Blank ? null : value;
    }

    /** A record within the limits, whichever reader made it. */
    private static CellRecord checked(CellRecord r, Settings settings) throws RecordException {
        if (r.size() > settings.limits().maxColumns()) {
            throw new RecordException(RecordException.Reason.TOO_MANY_COLUMNS, r.line(), String.valueOf(r.size()));
        }
        long chars = 0;
        for (int i = 0; i < r.size(); i++) {
            int length = r.text(i).length();
            chars += length;
            if (length > settings.limits().maxCellChars() || chars > settings.limits().maxRecordChars()) {
                throw new RecordException(RecordException.Reason.CELL_TOO_LARGE, r.line(), r.reference(i));
            }
        }
        return r;
    }

    private static String[] withoutTrailingBlanks(String[] cells) {
        int n = cells.length;
        while (n > 0 && Row.blank(new String[] {cells[n - 1]})) {
            n--;
        }
        return Arrays.copyOf(cells, n);
    }

    /**
     * The one error of the file that a failure to read it is, in the words of its format.
     *
     * @param read the encoding the file was read in, or null when none is known
     */
    private static <T> Problem failure(Tally<T> tally, RecordException e, Settings settings, Format format,
            @Nullable Charset read) {
        Messages m = tally.messages();
        Long line = e.line() > 0 ? e.line() : null;
        String detail = String.valueOf(e.detail());
        Limits limits = settings.limits();
        boolean text = format == Format.CSV;
        String message = switch (e.reason()) {
            case UNDECODABLE -> m.get("encoding-error", "line", e.line(), "encoding", detail);
            case MISREAD -> misread(m, e, detail, read);
            case UNREADABLE -> m.get(format == Format.WORKBOOK ? "malformed-workbook.not-a-workbook"
                    : format.keys + ".unreadable", "value", detail);
            case TOO_LARGE -> m.get(format.keys + ".too-large", "limit", e.detail());
            case TOO_MANY_COLUMNS -> text
                    ? m.get("malformed-csv.too-many-columns", "line", e.line(), "limit", limits.maxColumns(),
                            "value", number(detail))
                    : m.get(format.keys + ".too-many-columns", "line", e.line(), "value", e.detail(),
                            "limit", limits.maxColumns());
            case CELL_TOO_LARGE -> text
                    ? m.get("malformed-csv.cell-too-large", "line", e.line(), "limit", limits.maxCellChars(),
                            "value", number(detail))
                    : m.get(format.keys + ".cell-too-large", "value", e.detail(), "limit", limits.maxCellChars());
            case RECORD_TOO_LARGE -> e.detail() != null
                    ? m.get("malformed-csv.record-too-large.open-quote", "line", e.line(),
                            "limit", limits.maxRecordChars(), "value", number(detail))
                    : m.get("malformed-csv.record-too-large", "line", e.line(),
                            "limit", limits.maxRecordChars(), "cellLimit", limits.maxCellChars());
            case UNCLOSED_QUOTE -> m.get("malformed-csv.unclosed-quote", "line", e.line());
            case STRAY_QUOTE -> m.get("malformed-csv.stray-quote", "line", e.line());
        };
        ErrorCode code = e.reason() == RecordException.Reason.UNDECODABLE || e.reason() == RecordException.Reason.MISREAD
                ? ErrorCode.ENCODING_ERROR : format.code;
        return tally.fileProblem(line, code, message);
    }

    /**
     * The message of a file read in an encoding it seems not to be in: for UTF-16, that every character
     * would be garbled; for a UTF-8 file whose only character of more than one byte is the byte-order mark
     * it begins with, that mark as read; with a word of the file as read and as it should read when the
     * failure quotes one (a UTF-8 file's, a windows-1256 file's read in a Latin encoding), else without.
     */
    private static String misread(Messages m, RecordException e, String seems, @Nullable Charset read) {
        String readName = read == null ? "-" : read.name();
        RecordException.Misreading word = e.misreading();
        if (seems.startsWith("UTF-16")) {
            return m.get("encoding-error.misread-utf16", "encoding", seems, "read", readName);
        }
        if (word == null) {
            return m.get("encoding-error.misread", "line", e.line(), "encoding", seems, "read", readName);
        }
        if (e.line() == 1 && word.written().equals("\uFEFF")) {
            return m.get("encoding-error.misread-mark", "encoding", seems, "read", readName, "garbled", word.read());
        }
        return m.get(seems.equals(StandardCharsets.UTF_8.name()) ? "encoding-error.misread-utf8"
                : "encoding-error.misread-word", "line", e.line(), "encoding", seems, "read", readName,
                "garbled", word.read(), "word", word.written());
    }

    /** The number a text format's failure quotes — a column, a count — as a number, so that it is written in the reader's digits. */
    private static Object number(String detail) {
        try {
            return Long.parseLong(detail);
        } catch (NumberFormatException e) {
            return detail;
        }
    }
}
