package ir.anzali.investment.catalog.csv.read;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.MergeResult;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.FileChangedException;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.Limits;
import ir.anzali.investment.catalog.csv.ProgressListener;
import ir.anzali.investment.catalog.csv.internal.AmountFloor;
import ir.anzali.investment.catalog.csv.internal.Context;
import ir.anzali.investment.catalog.csv.internal.Fingerprints;
import ir.anzali.investment.catalog.csv.internal.ImportRun;
import ir.anzali.investment.catalog.csv.internal.Readers;
import ir.anzali.investment.catalog.csv.internal.RejectedIncentives;
import ir.anzali.investment.catalog.csv.internal.Settings;
import ir.anzali.investment.catalog.csv.spi.RecordReader;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads opportunities and incentives from the CSV files that staff save from Excel (CSV format,
 * {@code docs/csv-format.md}), and reports every row.
 *
 * <p>Configured once with {@link #builder()} and reusable: immutable and thread-safe, so one
 * importer may serve several threads at once. Bad content is never an exception: it is a
 * {@link ImportReport} entry naming the line, row, column and value. Only a file that cannot be
 * opened or read is an {@link IOException}.
 *
 * <ul>
 *   <li>{@link #validate(Path, Kind)} checks a file and reports, importing nothing;</li>
 *   <li>{@link #forEachOpportunity} and {@link #forEachIncentive} stream accepted rows to the caller,
 *       in bounded memory, for its own store;</li>
 *   <li>{@link #importInto(Catalog, Path, Path)} merges files into a catalog.</li>
 * </ul>
 *
 * <p>Each takes a {@link Path} or a {@link ImportSource}, which may also be a stream such as a web
 * upload: a stream is read once, and where two readings are needed (streaming all-or-nothing) it is
 * first copied to a temporary file, so that memory stays bounded. The copy is in the folder of
 * {@link Builder#temporaryDirectory(Path)}, readable and writable by its owner only from its creation
 * whatever the umask, and deleted on every way out of the call: when it returns, when the report
 * says the file is bad, when the stream or the caller's consumer throws, and when the thread is
 * interrupted while the stream is copied (an {@link java.io.InterruptedIOException}). A copy left by
 * a process that crashed is removed by a later copy in the same folder once it is a day old.
 *
 * <p>Interrupting the thread that reads stops the reading after the read under way, on one thread or
 * several: the call throws {@link InterruptedIOException} with the thread's interrupt flag still set,
 * once its workers have ended and its temporary copy is deleted.
 */
public final class CatalogImporter {

    private final Settings settings;
    private final Settings holding;
    private final ImportMode mode;
    private final ReferenceData referenceData;
    private final Clock clock;
    /** The record readers: those given to the builder, then those installed. */
    private final List<RecordReader> readers;

    private CatalogImporter(Builder b) {
        this.settings = new Settings(b.encoding, b.delimiter, b.locale, b.errorLimit, b.limits, b.validator,
                b.progress, b.parallelism, b.temporaryDirectory != null ? b.temporaryDirectory
                        : Path.of(System.getProperty("java.io.tmpdir")), CatalogLimits.NONE,
                new AmountFloor(b.smallestRials, b.smallestOtherAmount), b.executor);
        this.holding = settings.holding(b.catalogLimits);
        this.mode = b.mode;
        this.referenceData = b.referenceData;
        this.clock = b.clock;
        this.readers = Stream.concat(b.readers.stream(), Readers.installed().stream()).toList();
    }

    /**
     * A builder with the defaults: detected encoding and delimiter, English messages, 1000 errors
     * listed, the limits of the format, {@link CatalogLimits#DEFAULT} for imports into a catalog,
     * all-or-nothing, the built-in reference data and validator.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The import mode.
     *
     * @return the mode, never null
     */
    public ImportMode mode() {
        return mode;
    }

    /**
     * Validates a file against the importer's reference data, importing nothing. An opportunity row
     * that names an incentive is {@code unknown-reference}, as in an import without incentives: to
     * check references, give the incentives with {@link #importInto(Catalog, Path, Path)} or a
     * catalog with {@link #validate(Path, Kind, Catalog)}.
     *
     * @param file the file, not null
     * @param kind what it holds, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport validate(Path file, Kind kind) throws IOException {
        return validate(ImportSource.of(file), kind);
    }

    /**
     * Validates a file or stream against the importer's reference data, importing nothing; see
     * {@link #validate(Path, Kind)}. A stream's encoding is detected from its first mebibyte unless
     * given.
     *
     * @param file the file, not null
     * @param kind what it holds, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport validate(ImportSource file, Kind kind) throws IOException {
        try (Opened in = Opened.of(file, false, temporary(), readers)) {
            return read(in, kind, settings, Context.of(referenceData), x -> { }, null);
        }
    }

    /**
     * Validates a file against a catalog: its reference data, and for opportunities its incentives.
     *
     * @param file    the file, not null
     * @param kind    what it holds, not null
     * @param catalog the catalog, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport validate(Path file, Kind kind, Catalog catalog) throws IOException {
        return validate(ImportSource.of(file), kind, catalog);
    }

    /**
     * Validates a file or stream against a catalog; see {@link #validate(Path, Kind, Catalog)}.
     *
     * @param file    the file, not null
     * @param kind    what it holds, not null
     * @param catalog the catalog, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport validate(ImportSource file, Kind kind, Catalog catalog) throws IOException {
        try (Opened in = Opened.of(file, false, temporary(), readers)) {
            return read(in, kind, settings, context(catalog, List.of(), false, RejectedIncentives.none()), x -> { }, null);
        }
    }

    /**
     * Validates a stream, importing nothing, as {@link #validate(Path, Kind)} validates a file. The
     * encoding is detected from its first mebibyte unless given.
     *
     * @param in   the bytes, not null; closed when read
     * @param name the file name for the report, not null
     * @param kind what it holds, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the stream cannot be read
     */
    public ImportReport validate(InputStream in, String name, Kind kind) throws IOException {
        return validate(ImportSource.of(in, name), kind);
    }

    /**
     * Streams the accepted opportunities of a file to the caller, in file order, in bounded memory.
     * In {@link ImportMode#ALL_OR_NOTHING} the file is read twice: first to validate it, then, only
     * when it has no error, to hand out its rows; so the caller receives all rows or none. The
     * second reading checks that it reads what the first one validated: when the file's size or
     * modification time changed in between, nothing is handed out, and when the content of a part
     * of it changed, delivery stops before that part (a workbook, read by random access, is checked
     * whole: when any of its bytes changed, nothing is handed out); either way a {@link FileChangedException}
     * says so, and every row handed out was validated.
     *
     * @param file     the file, not null
     * @param catalog  the catalog whose reference data and incentives rows are checked against, not null
     * @param accepted receives each accepted opportunity, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws FileChangedException when the file changed between the two readings
     * @throws IOException          when the file cannot be read
     */
    public ImportReport forEachOpportunity(Path file, Catalog catalog, Consumer<? super Opportunity> accepted)
            throws IOException {
        return forEachOpportunity(ImportSource.of(file), catalog, accepted);
    }

    /**
     * Streams the accepted opportunities of a file or stream to the caller; see
     * {@link #forEachOpportunity(Path, Catalog, Consumer)}. In all-or-nothing mode a stream is first
     * copied to a temporary file, so that it can be read twice.
     *
     * @param file     the file, not null
     * @param catalog  the catalog whose reference data and incentives rows are checked against, not null
     * @param accepted receives each accepted opportunity, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws FileChangedException when a file on disk changed between the two readings
     * @throws IOException          when the file cannot be read, or a stream cannot be copied
     */
    public ImportReport forEachOpportunity(ImportSource file, Catalog catalog, Consumer<? super Opportunity> accepted)
            throws IOException {
        return forEach(file, Kind.OPPORTUNITIES, context(catalog, List.of(), false, RejectedIncentives.none()), accepted);
    }

    /**
     * Streams the accepted incentives of a file to the caller; see
     * {@link #forEachOpportunity(Path, Catalog, Consumer)} for the modes and the check that the file
     * did not change.
     *
     * @param file     the file, not null
     * @param accepted receives each accepted incentive, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws FileChangedException when the file changed between the two readings
     * @throws IOException          when the file cannot be read
     */
    public ImportReport forEachIncentive(Path file, Consumer<? super Incentive> accepted) throws IOException {
        return forEachIncentive(ImportSource.of(file), accepted);
    }

    /**
     * Streams the accepted incentives of a file or stream to the caller; see
     * {@link #forEachOpportunity(ImportSource, Catalog, Consumer)}.
     *
     * @param file     the file, not null
     * @param accepted receives each accepted incentive, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws FileChangedException when a file on disk changed between the two readings
     * @throws IOException          when the file cannot be read, or a stream cannot be copied
     */
    public ImportReport forEachIncentive(ImportSource file, Consumer<? super Incentive> accepted) throws IOException {
        return forEach(file, Kind.INCENTIVES, Context.of(referenceData), accepted);
    }

    /**
     * Reads a file or stream of opportunities once, whatever the mode, handing each accepted row to
     * the caller as it is read: for a store that writes rows as they come and, in
     * {@link ImportMode#ALL_OR_NOTHING}, undoes them itself when the report is not valid (a database
     * transaction's rollback). No temporary copy is made of a CSV stream; a workbook stream is copied
     * as for every reading. Rows are checked against the reference data and incentives of the catalog,
     * and a row whose id {@code current} finds updates the opportunity it returns under the rules of
     * {@link Opportunity.Builder#updating}, its status change dated today by the importer's clock.
     * {@code current} may be called from the importer's workers at once.
     *
     * @param file     the file, not null
     * @param catalog  the reference data and incentives that rows are checked against, not null
     * @param current  the stored opportunity that a row with an id updates, empty when none; not null
     * @param accepted receives each accepted opportunity, in file order, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport streamOpportunities(ImportSource file, Catalog catalog,
            Function<OpportunityId, Optional<Opportunity>> current, Consumer<? super Opportunity> accepted)
            throws IOException {
        return streamOpportunities(file, catalog, List.of(), current, accepted);
    }

    /**
     * Reads a file or stream of opportunities once, as {@link #streamOpportunities(ImportSource, Catalog,
     * Function, Consumer)} does, after the incentives files of the same import, whose reports are given:
     * a row naming an incentive that one of them rejected says which row of which file to fix, and a
     * workbook that also holds an incentives sheet, which is not read, gets an {@code ignored-sheet}
     * warning naming the files read instead, as {@link #importInto(Catalog, ImportSource, ImportSource)}
     * reports it.
     *
     * @param file       the file, not null
     * @param catalog    the reference data and incentives that rows are checked against, not null
     * @param incentives the reports of the incentives files read before in the same import, not null
     * @param current    the stored opportunity that a row with an id updates, empty when none; not null
     * @param accepted   receives each accepted opportunity, in file order, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport streamOpportunities(ImportSource file, Catalog catalog, List<ImportReport> incentives,
            Function<OpportunityId, Optional<Opportunity>> current, Consumer<? super Opportunity> accepted)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        List<ImportReport> read = List.copyOf(incentives);
        Set<String> known = new HashSet<>();
        catalog.incentives().forEach(i -> known.add(i.id().value()));
        Context context = Context.of(catalog.referenceData(), known, !known.isEmpty() || !read.isEmpty(),
                RejectedIncentives.of(read), current, LocalDate.now(clock));
        try (Opened in = Opened.of(file, false, temporary(), readers)) {
            ImportReport report = read(in, Kind.OPPORTUNITIES, settings, context, accepted, null);
            return read.isEmpty() ? report : ignoringIncentivesSheet(in, report, read);
        }
    }

    /**
     * Reads a file or stream of incentives once, whatever the mode, handing each accepted row to the
     * caller as it is read; see {@link #streamOpportunities}.
     *
     * @param file     the file, not null
     * @param accepted receives each accepted incentive, in file order, not null
     * @return the report, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public ImportReport streamIncentives(ImportSource file, Consumer<? super Incentive> accepted) throws IOException {
        return readOnce(file, Kind.INCENTIVES, Context.of(referenceData), accepted);
    }

    /**
     * Reads a file or stream of opportunities once, as {@link #streamOpportunities} does, and first,
     * when it is a workbook that also holds an incentives sheet, that sheet, as
     * {@link #importInto(Catalog, ImportSource, ImportSource)} reads a workbook given without an
     * incentives file: each accepted incentive goes to {@code incentives} as it is read, and only then
     * is {@code catalog} asked for the catalog that the opportunities are checked against, so that a
     * store can write the incentives first. The opportunities may name the incentives of the sheet.
     *
     * @param file       the file, not null
     * @param incentives receives each accepted incentive of the workbook's incentives sheet, not null
     * @param catalog    gives, once the sheet is read, the catalog whose reference data and incentives
     *                   rows are checked against; not null
     * @param current    the stored opportunity that a row with an id updates, empty when none; not null
     * @param accepted   receives each accepted opportunity, in file order, not null
     * @return the reports, the incentives sheet's first when the workbook holds one; never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when the file cannot be read
     */
    public List<ImportReport> streamOpportunities(ImportSource file, Consumer<? super Incentive> incentives,
            Supplier<Catalog> catalog, Function<OpportunityId, Optional<Opportunity>> current,
            Consumer<? super Opportunity> accepted) throws IOException {
        Objects.requireNonNull(incentives, "incentives");
        Objects.requireNonNull(accepted, "accepted");
        List<ImportReport> reports = new ArrayList<>();
        Set<String> known = new HashSet<>();
        try (Opened in = Opened.of(file, false, temporary(), readers)) {
            boolean sheet = holdsSheetFor(in, Kind.INCENTIVES);
            if (sheet) {
                reports.add(this.<Incentive>read(in, Kind.INCENTIVES, settings, Context.of(referenceData), i -> {
                    known.add(i.id().value());
                    incentives.accept(i);
                }, null));
            }
            Catalog base = catalog.get();
            base.incentives().forEach(i -> known.add(i.id().value()));
            Context context = Context.of(base.referenceData(), known, sheet || !known.isEmpty(),
                    RejectedIncentives.of(reports), current, LocalDate.now(clock));
            reports.add(this.<Opportunity>read(in, Kind.OPPORTUNITIES, settings, context, accepted, null));
        }
        return List.copyOf(reports);
    }

    private <T> ImportReport readOnce(ImportSource file, Kind kind, Context context, Consumer<? super T> accepted)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        try (Opened in = Opened.of(file, false, temporary(), readers)) {
            return read(in, kind, settings, context, accepted, null);
        }
    }

    private <T> ImportReport forEach(ImportSource file, Kind kind, Context context, Consumer<? super T> accepted)
            throws IOException {
        Objects.requireNonNull(accepted, "accepted");
        boolean twice = mode == ImportMode.ALL_OR_NOTHING;
        try (Opened in = Opened.of(file, twice, temporary(), readers)) {
            if (!twice || !in.format().readable()) {
                return read(in, kind, settings, context, accepted, null);
            }
            Path path = Objects.requireNonNull(in.path());
            boolean records = in.reader() != null;
            Fingerprints fingerprints = records ? null : new Fingerprints(in.name());
            BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
            byte[] digest = records ? Fingerprints.digest(path) : null;
            ImportReport check = read(in, kind, settings, context, x -> { }, fingerprints);
            if (!check.valid()) {
                return check;
            }
            BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
            if (after.size() != before.size() || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                throw new FileChangedException(in.name(), "its size or modification time is not what it was");
            }
            if (digest != null && !MessageDigest.isEqual(digest, Fingerprints.digest(path))) {
                throw new FileChangedException(in.name(), "its content is not what was checked");
            }
            if (fingerprints != null) {
                fingerprints.verifyNext();
            }
            return read(in, kind, settings, context, accepted, fingerprints);
        }
    }

    /** The folder of temporary files: the one chosen, else the system's temporary folder when this importer was built. */
    private Path temporary() {
        return settings.temporary();
    }

    /** Reads a CSV file, or the sheet of a kind of a workbook, down the same path for rows. */
    private <T> ImportReport read(Opened in, Kind kind, Settings importer, Context context,
            Consumer<? super T> accepted, @Nullable Fingerprints fingerprints) throws IOException {
        Settings settings = in.reading(importer);
        if (!in.format().readable()) {
            return in.format().refused(in.name(), kind, settings, context);
        }
        RecordReader reader = in.reader();
        if (reader != null) {
            return ImportRun.read(in.once(reader), in.workbook() ? ImportRun.Format.WORKBOOK : ImportRun.Format.OTHER,
                    Objects.requireNonNull(in.path()), in.name(), kind, settings, context, accepted);
        }
        if (in.workbook()) {
            return ImportRun.unreadable(in.name(), kind, settings, context);
        }
        return ImportRun.readCsv(in.source(), kind, settings, context, accepted, fingerprints);
    }

    /**
     * The report of a file of opportunities read after incentives files: with an {@code ignored-sheet}
     * warning when it is a workbook that also holds an incentives sheet, told by the workbook opened
     * for its rows, not opened again.
     */
    private ImportReport ignoringIncentivesSheet(Opened in, ImportReport report, List<ImportReport> incentives)
            throws IOException {
        RecordReader reader = in.reader();
        if (reader == null) {
            return report;
        }
        return ImportRun.ignoringIncentivesSheet(report, in.once(reader), Objects.requireNonNull(in.path()),
                incentives.stream().map(ImportReport::file).distinct().toList(), in.reading(settings));
    }

    /** Whether a file read by a record reader holds a sheet named for a kind; false for a CSV file. */
    private boolean holdsSheetFor(Opened in, Kind kind) throws IOException {
        RecordReader reader = in.reader();
        return reader != null
                && ImportRun.holdsSheetFor(in.once(reader), Objects.requireNonNull(in.path()), kind, in.reading(settings));
    }

    /**
     * Imports files into a catalog: incentives first, then opportunities, whose incentive references
     * are checked against the catalog's incentives and those of the incentives file; a row naming an
     * incentive that the incentives file rejected says which row of it to fix. A workbook of
     * opportunities that also holds an incentives sheet gives the incentives when no incentives file
     * is given; when one is, the sheet is not read, and the workbook's report warns so
     * ({@code ignored-sheet}). Rows insert or update by id. In {@link ImportMode#ALL_OR_NOTHING} any error in
     * any file imports nothing and returns the target unchanged; in {@link ImportMode#SKIP_INVALID}
     * the accepted rows are imported. The target catalog itself is never changed.
     *
     * <p>Every row imported is held in memory until the merge, so the reading stops at the first
     * row past the importer's {@link Builder#catalogLimits(CatalogLimits) catalog limits} — more
     * opportunities or incentives than they allow, or more bytes — with one {@code file-too-large}
     * error in the file's report that names the limit and where it stopped, and imports nothing.
     *
     * @param target        the catalog, not null
     * @param opportunities the opportunities file
     * @param incentives    the incentives file
     * @return the reports and the merged catalog, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when a file cannot be read
     */
    public CatalogImport importInto(Catalog target, @Nullable Path opportunities, @Nullable Path incentives)
            throws IOException {
        return importInto(target, opportunities == null ? null : ImportSource.of(opportunities),
                incentives == null ? null : ImportSource.of(incentives));
    }

    /**
     * Imports files or streams into a catalog, such as the uploads of a web form; see
     * {@link #importInto(Catalog, Path, Path)}. Each is read once.
     *
     * @param target        the catalog, not null
     * @param opportunities the opportunities file
     * @param incentives    the incentives file
     * @return the reports and the merged catalog, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when a file cannot be read
     */
    public CatalogImport importInto(Catalog target, @Nullable ImportSource opportunities, @Nullable ImportSource incentives)
            throws IOException {
        Objects.requireNonNull(target, "target");
        List<Incentive> newIncentives = new ArrayList<>();
        List<Opportunity> newOpportunities = new ArrayList<>();
        List<ImportReport> reports = readBoth(target, opportunities, incentives, newIncentives, newOpportunities::add);
        boolean valid = reports.stream().allMatch(ImportReport::valid);
        boolean fileStopped = reports.stream().anyMatch(ImportReport::stoppedByFileError);
        if (mode == ImportMode.ALL_OR_NOTHING && !valid || fileStopped
                || newIncentives.isEmpty() && newOpportunities.isEmpty()) {
            return new CatalogImport(reports, target, Optional.empty());
        }
        MergeResult merge = target.merge(newIncentives, newOpportunities);
        return new CatalogImport(reports, merge.catalog(), Optional.of(merge));
    }

    /**
     * Validates what {@link #importInto(Catalog, ImportSource, ImportSource)} would import, importing nothing:
     * the same reports, with the references of opportunities checked against the catalog's
     * incentives and those of the incentives file (or of a workbook's incentives sheet), and the
     * same catalog limits. Memory stays bounded: no opportunity is kept.
     *
     * @param target        the catalog, not null
     * @param opportunities the opportunities file
     * @param incentives    the incentives file
     * @return the reports, incentives first, never null
     * @throws InterruptedIOException when the thread is interrupted; the interrupt flag is kept
     * @throws IOException when a file cannot be read
     */
    public List<ImportReport> validateImport(Catalog target, @Nullable ImportSource opportunities,
            @Nullable ImportSource incentives) throws IOException {
        Objects.requireNonNull(target, "target");
        return readBoth(target, opportunities, incentives, new ArrayList<>(), x -> { });
    }

    /**
     * Reads the incentives, collecting them, then the opportunities, checked against the catalog's
     * incentives and those read; a workbook given as the opportunities file that also holds an
     * incentives sheet gives the incentives when no incentives file is given, and is warned about
     * ({@code ignored-sheet}) when one is.
     */
    private List<ImportReport> readBoth(Catalog target, @Nullable ImportSource opportunities, @Nullable ImportSource incentives,
            List<Incentive> newIncentives, Consumer<Opportunity> newOpportunities) throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        try (Opened opp = opportunities == null ? null : Opened.of(opportunities, false, temporary(), readers);
                Opened inc = incentives == null ? null : Opened.of(incentives, false, temporary(), readers)) {
            Opened incentiveSource = inc != null ? inc
                    : opp != null && holdsSheetFor(opp, Kind.INCENTIVES) ? opp : null;
            if (incentiveSource != null) {
                reports.add(this.<Incentive>read(incentiveSource, Kind.INCENTIVES, holding,
                        Context.of(target.referenceData()), newIncentives::add, null));
            }
            if (opp != null) {
                ImportReport report = this.<Opportunity>read(opp, Kind.OPPORTUNITIES, holding,
                        context(target, newIncentives, incentiveSource != null, RejectedIncentives.of(reports)),
                        newOpportunities, null);
                reports.add(inc == null ? report : ignoringIncentivesSheet(opp, report, List.copyOf(reports)));
            }
        }
        return reports;
    }

    /**
     * Opportunity rows checked against a catalog and the incentives read with them; a row naming an
     * opportunity of the catalog updates it, keeping its history (the format has no history column)
     * and recording a change of status on today's date of the importer's clock.
     *
     * @param fileGiven whether an incentives file was given
     * @param rejected  the incentives that the incentives file rejected
     */
    private Context context(Catalog catalog, List<Incentive> imported, boolean fileGiven, RejectedIncentives rejected) {
        Set<String> known = new HashSet<>();
        catalog.incentives().forEach(i -> known.add(i.id().value()));
        imported.forEach(i -> known.add(i.id().value()));
        return Context.of(catalog, known, fileGiven || !catalog.incentives().isEmpty(), rejected, LocalDate.now(clock));
    }

    /** Builds an importer; each option is checked when set. Not thread-safe. */
    public static final class Builder {
        private @Nullable Charset encoding;
        private @Nullable Character delimiter;
        private Locale locale = Locale.ENGLISH;
        private int errorLimit = 1000;
        private Limits limits = Limits.DEFAULT;
        private CatalogLimits catalogLimits = CatalogLimits.DEFAULT;
        private CatalogValidator validator = CatalogValidator.shared();
        private ProgressListener progress = ProgressListener.NONE;
        private ImportMode mode = ImportMode.ALL_OR_NOTHING;
        private ReferenceData referenceData = ReferenceData.defaults();
        private int parallelism = 1;
        private final List<RecordReader> readers = new ArrayList<>();
        private @Nullable Executor executor;
        private @Nullable Path temporaryDirectory;
        private Clock clock = Clock.systemDefaultZone();
        private BigDecimal smallestRials = AmountFloor.FORMAT.rials();
        private BigDecimal smallestOtherAmount = AmountFloor.FORMAT.others();

        private Builder() {
        }

        /**
         * The clock whose date, in its zone, is recorded as the day of a status that an import
         * changes: a row that updates an opportunity of the catalog with another status moves it
         * through its lifecycle on that day ({@code Opportunity.Builder#updating}). The default is
         * the system clock in the system's time zone.
         *
         * @param value the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Maps rows on this many worker threads while the calling thread reads the file. Reports,
         * and the order in which rows are handed out, are exactly those of a run on one thread;
         * the workers live only as long as the run. The default, 1, reads and maps on the calling
         * thread alone. With an {@link #executor(Executor) executor}, the workers are its threads
         * and this is how many of them one reading keeps busy at most.
         *
         * @param threads 1 to 64
         * @return this builder
         * @throws IllegalArgumentException for another number
         */
        public Builder parallelism(int threads) {
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("parallelism must be 1 to 64: " + threads);
            }
            parallelism = threads;
            return this;
        }

        /**
         * Runs the workers on the caller's executor, such as a server's managed pool, instead of on
         * threads the importer starts for each reading. Given an executor, every reading uses it,
         * whatever {@link #parallelism(int)}: the calling thread reads the file and cuts its rows
         * into batches, the executor converts and maps them, at most {@code parallelism} batches at a
         * time with a few more queued, and the calling thread accounts for them in file order, so
         * that reports, and the order in which rows are handed out, are exactly those of a run on
         * one thread. With the default parallelism, 1, a reading keeps one of the executor's threads
         * busy.
         *
         * <p>The importer never shuts the executor down and never interrupts its threads. When a
         * reading ends — it returns, its report says the file is bad, it throws, or the calling
         * thread is interrupted — its batches not yet started never start, and those under way, one
         * batch per worker, are waited for: nothing of the reading runs after the call. The calling
         * thread waits for the batches it gave, so the executor needs a thread for them besides the
         * calling thread: a pool of one thread that also runs the call would wait for ever.
         *
         * <p>When the executor refuses a batch (its {@code execute} throws
         * {@link RejectedExecutionException}, as a pool that is full or shut down does), the call
         * throws a {@link RejectedExecutionException} whose message names the file and what to do,
         * with the executor's exception as its cause, once the batches given before have ended.
         * No call waits for a batch that was refused. An import into a catalog then imports nothing;
         * a stream of rows ({@code forEachOpportunity}, {@code forEachIncentive}) hands out no row
         * after the refusal, and in {@link ImportMode#ALL_OR_NOTHING} none at all when the refusal
         * comes during the first, validating reading.
         *
         * @param value the executor, or null for threads of the importer's own (the default)
         * @return this builder
         */
        public Builder executor(@Nullable Executor value) {
            executor = value;
            return this;
        }

        /**
         * Reads the files that a record reader claims by their first bytes with that reader, down the
         * same path from records to the report as CSV files and workbooks: a format another jar does
         * not install as a service. Readers given here are asked before those installed, in the order
         * given; see {@link RecordReader} for which files a reader is asked about.
         *
         * @param value the reader, not null
         * @return this builder
         */
        public Builder reader(RecordReader value) {
            readers.add(Objects.requireNonNull(value, "reader"));
            return this;
        }

        /**
         * Reads files in this encoding instead of detecting it.
         *
         * @param value the encoding, or null to detect
         * @return this builder
         */
        public Builder encoding(@Nullable Charset value) {
            encoding = value;
            return this;
        }

        /**
         * Reads files with this delimiter instead of detecting it.
         *
         * @param value {@code ,} {@code ;} tab or {@code ؛}, or null to detect
         * @return this builder
         * @throws IllegalArgumentException for another character
         */
        public Builder delimiter(@Nullable Character value) {
            delimiter = Settings.checkDelimiter(value);
            return this;
        }

        /**
         * The language of messages: Persian for {@code fa}, English otherwise.
         *
         * @param value the locale, not null
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Messages in Persian.
         *
         * @return this builder
         */
        public Builder persian() {
            return locale(LocalizedText.PERSIAN);
        }

        /**
         * How many errors a report lists; the rest are counted.
         *
         * @param value at least 0
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder errorLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("errorLimit must not be negative: " + value);
            }
            errorLimit = value;
            return this;
        }

        /**
         * The smallest plausible IRR amount of an {@code investment} or a {@code min_investment}, in
         * rials: a positive amount below it is {@code out-of-range}, with a message proposing the
         * scale word that was probably left out ({@code 250 ریال}: did you mean
         * {@code 250 میلیارد ریال}?). The default is the CSV format's threshold, 1,000,000,000 rials;
         * 0 accepts every amount.
         *
         * @param rials the amount, not null, not negative
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder smallestRials(BigDecimal rials) {
            smallestRials = new AmountFloor(rials, smallestOtherAmount).rials();
            return this;
        }

        /**
         * The smallest plausible amount of an {@code investment} or a {@code min_investment} in any
         * currency other than IRR, in units of that currency: a positive amount below it is
         * {@code out-of-range}, as for {@link #smallestRials(BigDecimal)}. The default is the CSV
         * format's threshold, 1,000; 0 accepts every amount.
         *
         * @param units the amount, not null, not negative
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder smallestOtherAmount(BigDecimal units) {
            smallestOtherAmount = new AmountFloor(smallestRials, units).others();
            return this;
        }

        /**
         * The size limits per cell, record and column count.
         *
         * @param value the limits, not null
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * How many opportunities, incentives and bytes one file of an import into a catalog
         * ({@link CatalogImporter#importInto(Catalog, ImportSource, ImportSource)},
         * {@link CatalogImporter#validateImport}) may hold, since every row imported is held in
         * memory; a file past a limit is a {@code file-too-large} error and imports nothing. The
         * default, {@link CatalogLimits#DEFAULT}, fits a 256 MiB heap; for another heap,
         * {@code CatalogLimits.forHeap(Runtime.getRuntime().maxMemory())}. Validating and streaming
         * hold no row and are not limited.
         *
         * @param value the limits, not null
         * @return this builder
         */
        public Builder catalogLimits(CatalogLimits value) {
            catalogLimits = Objects.requireNonNull(value, "catalogLimits");
            return this;
        }

        /**
         * Validates with the application's validator.
         *
         * @param value the validator, not null
         * @return this builder
         */
        public Builder validator(Validator value) {
            validator = CatalogValidator.using(value);
            return this;
        }

        /**
         * Receives progress.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder progress(ProgressListener value) {
            progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * What an import does with errors.
         *
         * @param value the mode, not null
         * @return this builder
         */
        public Builder mode(ImportMode value) {
            mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * The reference data that {@link #validate(Path, Kind)} checks against.
         *
         * @param value the reference data, not null
         * @return this builder
         */
        public Builder referenceData(ReferenceData value) {
            referenceData = Objects.requireNonNull(value, "referenceData");
            return this;
        }

        /**
         * The folder where a stream that must be read twice, or a workbook received as a stream, is
         * copied: a folder the application keeps for itself, on a disk with room for the largest
         * upload. The copy is readable and writable by its owner only from its creation, whatever
         * the umask (on a file system without POSIX permissions it gets the folder's default), and is
         * deleted when the call returns or throws. The same folder holds the other temporary files a
         * reading may need — the table of ids of a file of more than about 200,000 rows, the shared
         * strings of a large workbook — each owner-only and deleted with the reading. The default is
         * the system's temporary folder, {@code java.io.tmpdir}, when the importer is built.
         *
         * @param value an existing folder, not null
         * @return this builder
         * @throws IllegalArgumentException when it is not an existing folder that can be written
         */
        public Builder temporaryDirectory(Path value) {
            Objects.requireNonNull(value, "temporaryDirectory");
            if (!Files.isDirectory(value) || !Files.isWritable(value)) {
                throw new IllegalArgumentException("temporaryDirectory must be an existing folder that can be written: "
                        + value);
            }
            temporaryDirectory = value;
            return this;
        }

        /**
         * Builds the importer.
         *
         * @return the importer, never null
         */
        public CatalogImporter build() {
            return new CatalogImporter(this);
        }
    }
}
