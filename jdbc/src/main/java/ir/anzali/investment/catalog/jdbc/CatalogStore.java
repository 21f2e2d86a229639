package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.jdbc.internal.Condition;
import ir.anzali.investment.catalog.jdbc.internal.IncentiveRows;
import ir.anzali.investment.catalog.jdbc.internal.ListColumns;
import ir.anzali.investment.catalog.jdbc.internal.OpportunityRows;
import ir.anzali.investment.catalog.jdbc.internal.SearchColumns;
import ir.anzali.investment.catalog.jdbc.internal.SummaryRows;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.query.CatalogSummary;
import ir.anzali.investment.catalog.query.OpportunityQuery;
import ir.anzali.investment.catalog.query.Page;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;

/**
 * The catalog in a relational database: PostgreSQL 13 or newer in production, H2 2.x embedded.
 *
 * <p>The tables are created and upgraded by {@link #migrate()}, Flyway migrations shipped in this jar
 * under {@value #MIGRATIONS} with their own history table, {@value #SCHEMA_HISTORY_TABLE}, so that they
 * live beside the host application's own migrations. A file is imported straight into the database
 * in one transaction, read once: rows are written in batches as they are read, and the transaction
 * is rolled back when the importer's mode is {@link ImportMode#ALL_OR_NOTHING} and the file has an
 * error, so that memory stays bounded whatever the file's size. Two imports into one store never
 * interleave: each locks the store's lock row for its whole transaction, and a second one waits for
 * the first (for as long as the database waits for a lock, then {@link StoreBusyException}). Every
 * import, written or not, leaves a row in the import log ({@code catalog_import}).
 *
 * <p>Immutable and thread-safe: each call takes its own connection from the data source.
 */
public final class CatalogStore {

    /** Where the migrations are in the jar, as a Flyway location. */
    public static final String MIGRATIONS = "classpath:db/investment-catalog";
    /** The table in which Flyway records the migrations of the catalog's tables. */
    public static final String SCHEMA_HISTORY_TABLE = "investment_catalog_schema_history";

    /** H2's error code for a lock it waited for in vain. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** PostgreSQL's SQL state for a lock not granted within {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DataSource dataSource;
    private final ReferenceData referenceData;
    private final Clock clock;

    private CatalogStore(DataSource dataSource, ReferenceData referenceData, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A store over a data source, with the default reference data.
     *
     * @param dataSource the database, not null
     * @return the store, never null
     */
    public static CatalogStore of(DataSource dataSource) {
        return of(dataSource, ReferenceData.defaults());
    }

    /**
     * A store over the database at a JDBC URL, with the default reference data: each call opens a
     * connection of its own through the driver on the class or module path ({@link java.sql.DriverManager}),
     * for a program that makes a few calls, such as a command line, and has no pool.
     *
     * @param url      the database's JDBC URL, not null
     * @param user     the user name, or null for none
     * @param password the password, or null for none
     * @return the store, never null
     * @throws StoreAddressException when {@link StoreAddress#check} refuses the URL: an H2 file named
     *                               with the suffix H2 adds itself, or without a name; an H2 database
     *                               in memory without a name or without {@code ;DB_CLOSE_DELAY=-1},
     *                               which would vanish after every call. An H2 database in a zip archive
     *                               is read, and refused ({@link StoreAddress#checkWritable}) by what
     *                               writes: {@link #migrate()} and an import
     */
    public static CatalogStore of(String url, @Nullable String user, @Nullable String password) {
        return of(new UrlDataSource(StoreAddress.check(Objects.requireNonNull(url, "url")), user, password));
    }

    /**
     * A store over a data source whose codes are those of the given reference data. The same
     * reference data must be given whenever the store is opened.
     *
     * @param dataSource    the database, not null
     * @param referenceData the sectors and agencies, not null
     * @return the store, never null
     */
    public static CatalogStore of(DataSource dataSource, ReferenceData referenceData) {
        return new CatalogStore(dataSource, referenceData, Clock.systemUTC());
    }

    /**
     * Creates or upgrades the catalog's tables. In a schema that already holds the host
     * application's tables, the catalog's migrations are applied beside them.
     *
     * @return the number of migrations applied, 0 when the tables were up to date
     * @throws StoreException        when a migration fails
     * @throws StoreAddressException for a store of an address that can only be read, such as an H2
     *                               database in a zip archive, before anything opens
     */
    public int migrate() {
        writable();
        try {
            return Flyway.configure(CatalogStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(SCHEMA_HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .javaMigrations(new SearchColumns(), new ListColumns())
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (RuntimeException e) {
            throw failure(StoreException.Task.MIGRATING, null, e);
        }
    }

    /**
     * Imports a file of a kind; see {@link #importFiles(CatalogImporter, List, String)}. A workbook of
     * opportunities that holds an incentives sheet gives its incentives too, logged as an import of
     * their own.
     *
     * @param importer how to read, and the mode; not null
     * @param file     the CSV file or workbook, not null
     * @param kind     what it holds, not null
     * @param user     the user name recorded in the import log, not null
     * @return what the import did with the file's kind, never null
     * @throws IOException    when the file cannot be read; nothing was written
     * @throws StoreException when the database fails; nothing was written
     */
    public StoreImport importFile(CatalogImporter importer, Path file, Kind kind, String user) throws IOException {
        return last(importFiles(importer, List.of(StoreFile.of(file, kind)), user));
    }

    /**
     * Imports opportunities or incentives from a stream; see
     * {@link #importFile(CatalogImporter, Path, Kind, String)}.
     *
     * @param importer how to read, and the mode; not null
     * @param in       the bytes, not null
     * @param name     the file's name, for the report and the log, not null
     * @param kind     what it holds, not null
     * @param user     the user name recorded in the import log, not null
     * @return what the import did with the file's kind, never null
     * @throws IOException        when the stream cannot be read; nothing was written
     * @throws StoreBusyException when another import held the store past the database's lock timeout, or
     *                            the pool had no connection free for as long as it waits for one
     * @throws StoreException     when the database fails; nothing was written
     */
    public StoreImport importFile(CatalogImporter importer, InputStream in, String name, Kind kind, String user)
            throws IOException {
        return last(importFiles(importer, List.of(new StoreFile(in, name, kind)), user));
    }

    /** What an import of one file did with the kind of the file: after its workbook's incentives sheet, if any. */
    private static StoreImport last(List<StoreImport> done) {
        return done.get(done.size() - 1);
    }

    /**
     * Imports files of opportunities or incentives straight into the database, in one transaction,
     * in the order given (incentives before the opportunities that name them), reading each stream
     * once ({@link CatalogImporter#streamOpportunities}), each in its own encoding and with its own
     * delimiter where the {@link StoreFile} gives them. When no file of incentives is given, a workbook
     * of opportunities that holds an incentives sheet gives that sheet's incentives first, as
     * {@link CatalogImporter#importInto(Catalog, ImportSource, ImportSource)} reads it. Rows insert or
     * update by id, a change of status under the lifecycle's rules; the counts are those of an import
     * into a catalog. In {@link ImportMode#ALL_OR_NOTHING} a file with any error writes nothing of any
     * of the files (the transaction is rolled back); in {@link ImportMode#SKIP_INVALID} the accepted
     * rows are written, unless a file (its sheets together) had none or stopped at a file error, which
     * writes nothing of any of them. Either way the import log gets a row per file and sheet with its
     * name, its SHA-256, the kind, the counts, the times, the user and the report's JSON. Every stream
     * is closed.
     *
     * @param importer how to read, and the mode; not null
     * @param files    the files, in the order they are read; not null, not empty
     * @param user     the user name recorded in the import log, not null
     * @return what the import did with each file, in the order given, a workbook's incentives sheet
     *         before its opportunities; never null
     * @throws IOException        when a stream cannot be read; nothing was written
     * @throws StoreBusyException when another import held the store past the database's lock timeout, or
     *                            the pool had no connection free for as long as it waits for one
     * @throws StoreException     when the database fails; nothing was written
     * @throws IllegalArgumentException when no file is given; a {@link StoreAddressException} for a store of
     *                                  an address that can only be read, an H2 database in a zip archive
     */
    public List<StoreImport> importFiles(CatalogImporter importer, List<StoreFile> files, String user)
            throws IOException {
        return run(importer, files, Objects.requireNonNull(user, "user"));
    }

    /**
     * Checks files against the stored catalog as {@link #importFiles(CatalogImporter, List, String)}
     * would import them, and writes nothing: the same reading, the same checks, the lifecycle's rules
     * against the stored rows and the same counts, with no row in the import log. The check only reads,
     * in a read-only transaction that sees one snapshot of the stored catalog, and takes no lock: a
     * database account that may only read, a read-only database or standby, and an H2 database in a zip
     * archive can be checked against; an import under way is neither waited for nor seen until it
     * commits. Memory stays bounded as an import's, whatever the store holds: what the files would
     * write is kept only as far as a later file of the same check needs it (the incentives, and the
     * opportunities of every file of opportunities but the last). Every stream is closed.
     *
     * @param importer how to read, and the mode; not null
     * @param files    the files, in the order they are read; not null, not empty
     * @return what the import would do with each file, in the order given (a workbook's incentives
     *         sheet before its opportunities), none of them imported and
     *         their {@link StoreImport#logId() logId} 0; never null
     * @throws IOException        when a stream cannot be read
     * @throws StoreBusyException when the pool had no connection free for as long as it waits for one
     * @throws StoreException     when the database fails
     * @throws IllegalArgumentException when no file is given
     */
    public List<StoreImport> check(CatalogImporter importer, List<StoreFile> files) throws IOException {
        return run(importer, files, null);
    }

    /** Refuses, before anything opens, the address of a store that can only be read ({@link StoreAddress#checkWritable}). */
    private void writable() {
        if (dataSource instanceof UrlDataSource u) {
            StoreAddress.checkWritable(u.url());
        }
    }

    /**
     * Imports the files, or checks them when there is no user: a check reads one snapshot of the stored
     * catalog in a read-only transaction, without the import's lock (a row lock, which needs the right to
     * write), writes nothing and is not logged.
     */
    private List<StoreImport> run(CatalogImporter importer, List<StoreFile> files, @Nullable String user)
            throws IOException {
        Objects.requireNonNull(importer, "importer");
        boolean writing = user != null;
        if (writing) {
            writable();
        }
        List<StoreFile> given = List.copyOf(files);
        if (given.isEmpty()) {
            throw new IllegalArgumentException("An import into the store needs at least one file");
        }
        String names = String.join(", ", given.stream().map(StoreFile::name).toList());
        Instant started = clock.instant();
        try (Closing streams = new Closing(given)) {
            try (Connection c = dataSource.getConnection()) {
                if (!writing) {
                    c.setReadOnly(true);
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
                c.setAutoCommit(false);
                try {
                    if (writing) {
                        lock(c, names);
                    }
                    Changes changes = new Changes(c, writing, given);
                    boolean sheets = given.stream().noneMatch(file -> file.kind() == Kind.INCENTIVES);
                    List<Written> written = new ArrayList<>();
                    List<ImportReport> incentives = new ArrayList<>();
                    for (int i = 0; i < given.size(); i++) {
                        StoreFile file = given.get(i);
                        ImportSource source = file.source(streams.digesting(file));
                        if (file.kind() == Kind.OPPORTUNITIES) {
                            written.addAll(changes.opportunities(importer, source, sheets, List.copyOf(incentives), i));
                        } else {
                            Written w = changes.incentives(importer, source, i);
                            incentives.add(w.report);
                            written.add(w);
                        }
                    }
                    if (user == null) {
                        c.rollback();
                        return written.stream().map(w -> new StoreImport(w.report, false, w.added, w.updated,
                                w.unchanged, 0)).toList();
                    }
                    boolean keep = kept(written, given.size(), importer.mode());
                    if (!keep) {
                        c.rollback();
                        written.replaceAll(w -> new Written(w.file, w.kind, w.report, 0, 0, 0));
                    }
                    List<StoreImport> done = new ArrayList<>();
                    for (Written w : written) {
                        long logId = log(c, given.get(w.file).name(), streams.sha256(w.file),
                                w.kind, importer.mode(), keep, w, started, user);
                        done.add(new StoreImport(w.report, keep, w.added, w.updated, w.unchanged, logId));
                    }
                    c.commit();
                    return List.copyOf(done);
                } catch (IOException | RuntimeException | SQLException e) {
                    rollbackAfter(c, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure(StoreException.Task.IMPORTING, names, e);
        } catch (Failure e) {
            throw failure(StoreException.Task.IMPORTING, names, e.sql);
        }
    }

    /** The streams of an import's files, digested as they are read, all closed at the end. */
    private static final class Closing implements AutoCloseable {
        private final List<StoreFile> files;
        private final List<Digesting> digests = new ArrayList<>();

        Closing(List<StoreFile> files) {
            this.files = files;
        }

        /** The next file's bytes, digested as they are read. */
        Digesting digesting(StoreFile file) {
            Digesting d = new Digesting(file.in());
            digests.add(d);
            return d;
        }

        /** The SHA-256 of the i-th file; a file not read yet is read now. */
        String sha256(int i) throws IOException {
            return i < digests.size() ? digests.get(i).sha256() : digesting(files.get(i)).sha256();
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (StoreFile file : files) {
                try {
                    file.in().close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /**
     * Whether an import is kept: every file's sheets together accepted rows, none stopped at a file
     * error, and, all or nothing, none has an error.
     */
    private static boolean kept(List<Written> written, int files, ImportMode mode) {
        long[] accepted = new long[files];
        for (Written w : written) {
            if (w.report.stoppedByFileError() || mode == ImportMode.ALL_OR_NOTHING && !w.report.valid()) {
                return false;
            }
            accepted[w.file] += w.report.accepted();
        }
        return Arrays.stream(accepted).allMatch(n -> n > 0);
    }

    /** A sheet's report and what its rows did; {@code file} is the index of its file in the import. */
    private record Written(int file, Kind kind, ImportReport report, long added, long updated, long unchanged) {
    }

    /**
     * What the files of one import or check change in the store, told against the stored rows as the
     * earlier files of the same import left them: an import writes each file's rows before the next
     * file is read; a check writes nothing, and keeps in memory what the earlier files would have
     * written (the incentives, and the opportunities when another file of opportunities follows), so
     * that it counts and judges each row as the import would.
     */
    private final class Changes {
        private final Connection c;
        private final boolean writing;
        private final List<StoreFile> files;
        /** The incentives as the files read so far left them, or null until they are first read. */
        private @Nullable List<Incentive> incentivesNow;
        /** Of a check, the opportunities the files read so far would have written, by id. */
        private final Map<OpportunityId, Opportunity> checked = new HashMap<>();

        Changes(Connection c, boolean writing, List<StoreFile> files) {
            this.c = c;
            this.writing = writing;
            this.files = files;
        }

        /** The stored incentives, with the changes of the files read so far. */
        private List<Incentive> incentivesNow() throws SQLException {
            if (incentivesNow == null) {
                incentivesNow = new IncentiveRows(c, referenceData).all();
            }
            return incentivesNow;
        }

        /**
         * Imports a file of opportunities and, when {@code sheets} and it is a workbook that holds an
         * incentives sheet, that sheet's incentives first, as an import into a catalog reads them; the
         * reports of the incentives files read before tell which of their incentives were rejected.
         */
        List<Written> opportunities(CatalogImporter importer, ImportSource source, boolean sheets,
                List<ImportReport> incentiveReports, int file) throws IOException, SQLException {
            // The incentives are read once: the sheet's changes are told against them, and the base
            // catalog holds them with the sheet's changes.
            List<Incentive> before = incentivesNow();
            IncentiveChanges sheet = sheets ? new IncentiveChanges(before) : null;
            Supplier<Catalog> base = () -> {
                try {
                    return Catalog.builder(referenceData).incentives(sheet == null ? before : sheet.write())
                            .build();
                } catch (SQLException e) {
                    throw new Failure(e);
                }
            };
            boolean empty = checked.isEmpty() && count(c, "catalog_opportunity") == 0;
            boolean remember = !writing && files.subList(file + 1, files.size()).stream()
                    .anyMatch(f -> f.kind() == Kind.OPPORTUNITIES);
            long[] counts = new long[3];
            // Under the import's lock, an empty store stays empty but for this import's own rows, each
            // of which the importer accepts once: every row is new, streamed with no look-up between.
            try (OpportunityRows rows = empty && writing ? OpportunityRows.streaming(c, referenceData)
                    : new OpportunityRows(c, referenceData)) {
                Function<OpportunityId, Optional<Opportunity>> current = id -> empty ? Optional.empty()
                        : stored(rows, id);
                Consumer<Opportunity> accepted = o -> {
                    Optional<Opportunity> stored = empty ? Optional.empty() : stored(rows, o.id());
                    synchronized (rows) {
                        try {
                            boolean unchanged = stored.isPresent() && stored.get().equals(o);
                            if (writing && stored.isEmpty()) {
                                rows.insert(o);
                            } else if (writing && !unchanged) {
                                rows.update(o);
                            } else if (remember && !unchanged) {
                                checked.put(o.id(), o);
                            }
                            counts[stored.isEmpty() ? 0 : unchanged ? 2 : 1]++;
                        } catch (SQLException e) {
                            throw new Failure(e);
                        }
                    }
                };
                List<ImportReport> reports = sheet != null
                        ? importer.streamOpportunities(source, sheet, base, current, accepted)
                        : List.of(importer.streamOpportunities(source, base.get(), incentiveReports, current,
                                accepted));
                rows.flush();
                List<Written> written = new ArrayList<>();
                if (sheet != null && reports.size() > 1) {
                    written.add(sheet.written(file, reports.get(0)));
                }
                written.add(new Written(file, Kind.OPPORTUNITIES, reports.get(reports.size() - 1), counts[0],
                        counts[1], counts[2]));
                return written;
            }
        }

        /** The stored opportunity with an id, as the earlier files of a check would have left it. */
        private Optional<Opportunity> stored(OpportunityRows rows, OpportunityId id) {
            synchronized (rows) {
                Opportunity before = checked.get(id);
                if (before != null) {
                    return Optional.of(before);
                }
                try {
                    return rows.find(id);
                } catch (SQLException e) {
                    throw new Failure(e);
                }
            }
        }

        Written incentives(CatalogImporter importer, ImportSource source, int file) throws IOException, SQLException {
            IncentiveChanges changes = new IncentiveChanges(incentivesNow());
            ImportReport report = importer.streamIncentives(source, changes);
            changes.write();
            return changes.written(file, report);
        }

        /** The incentives of a file or sheet, told apart as added, updated or unchanged against the stored ones. */
        private final class IncentiveChanges implements Consumer<Incentive> {
            /** The stored incentives by id, in the order given. */
            private final Map<String, Incentive> stored = new LinkedHashMap<>();
            private final List<Incentive> added = new ArrayList<>();
            private final List<Incentive> updated = new ArrayList<>();
            private long unchanged;

            IncentiveChanges(List<Incentive> stored) {
                stored.forEach(i -> this.stored.put(i.id().value(), i));
            }

            @Override
            public void accept(Incentive i) {
                Incentive current = stored.get(i.id().value());
                if (current == null) {
                    added.add(i);
                } else if (!current.equals(i)) {
                    updated.add(i);
                } else {
                    unchanged++;
                }
            }

            /**
             * Writes the added and updated incentives, if any, unless the files are only checked.
             *
             * @return the incentives stored now: those stored before, updated ones replaced, then the added ones
             */
            List<Incentive> write() throws SQLException {
                if (added.isEmpty() && updated.isEmpty()) {
                    return List.copyOf(stored.values());
                }
                if (writing) {
                    new IncentiveRows(c, referenceData).write(added, updated);
                }
                Map<String, Incentive> now = new LinkedHashMap<>(stored);
                updated.forEach(i -> now.put(i.id().value(), i));
                added.forEach(i -> now.put(i.id().value(), i));
                incentivesNow = List.copyOf(now.values());
                return incentivesNow;
            }

            Written written(int file, ImportReport report) {
                return new Written(file, Kind.INCENTIVES, report, added.size(), updated.size(), unchanged);
            }
        }
    }

    private static void lock(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM catalog_import_lock WHERE id = 1 FOR UPDATE")) {
            if (!rs.next()) {
                throw new SQLException("The catalog's lock row is missing: run migrate() on the store");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_LOCK_TIMEOUT || LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw new StoreBusyException(name, e);
            }
            throw e;
        }
    }

    private static long log(Connection c, String name, String sha256, Kind kind, ImportMode mode, boolean imported,
            Written written, Instant started, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog_import (file_name, sha256, kind,"
                + " import_mode, imported, added, updated, unchanged, rejected, started_at, finished_at, user_name,"
                + " report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, name);
            ps.setString(2, sha256);
            ps.setString(3, kind.name());
            ps.setString(4, mode.name());
            ps.setBoolean(5, imported);
            ps.setLong(6, written.added);
            ps.setLong(7, written.updated);
            ps.setLong(8, written.unchanged);
            ps.setLong(9, written.report.rejected());
            ps.setObject(10, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
            ps.setObject(11, OffsetDateTime.now(ZoneOffset.UTC));
            ps.setString(12, user);
            ps.setString(13, ReportJson.toJson(written.report));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The whole stored catalog.
     *
     * @return the catalog, never null
     * @throws StoreException when the database fails
     */
    public Catalog load() {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            return Catalog.builder(referenceData)
                    .incentives(new IncentiveRows(c, referenceData).all())
                    .opportunities(new OpportunityRows(c, referenceData).all())
                    .build();
        } catch (SQLException e) {
            throw failure(StoreException.Task.LOADING, null, e);
        }
    }

    /**
     * Hands every stored opportunity, in the order of their ids, to an action, reading them a batch at
     * a time in one read-only transaction: memory holds one batch, whatever the store holds. What a
     * page over the whole catalog needs beyond {@link #summary()} (the incentives each opportunity
     * qualifies for) is judged this way, never on {@link #load()}.
     *
     * @param action what to do with each opportunity, not null; an exception it throws ends the reading
     *               and is thrown as it is
     * @return how many opportunities were handed over
     * @throws StoreException when the database fails
     */
    public long forEachOpportunity(Consumer<? super Opportunity> action) {
        Objects.requireNonNull(action, "action");
        return reading(StoreException.Task.LOADING, c -> {
            OpportunityRows rows = new OpportunityRows(c, referenceData);
            long handed = 0;
            List<Opportunity> batch = rows.after(null);
            while (!batch.isEmpty()) {
                batch.forEach(action);
                handed += batch.size();
                batch = rows.after(batch.get(batch.size() - 1).id());
            }
            return handed;
        });
    }

    /**
     * The stored incentives, without the opportunities: what judging one opportunity against every
     * incentive needs ({@code Eligibility.incentivesFor}).
     *
     * @return the incentives in id order, unmodifiable, never null
     * @throws StoreException when the database fails
     */
    public List<Incentive> incentives() {
        return reading(StoreException.Task.LOADING, c -> List.copyOf(new IncentiveRows(c, referenceData).all()));
    }

    /** What a database holds, as {@link #contents()} finds it. */
    public enum Contents {
        /** No table at all: a new database, which {@link #migrate()} makes into a catalog store. */
        NOTHING,
        /** The catalog's tables, made by {@link #migrate()}; perhaps with the host application's tables. */
        CATALOG,
        /** Tables, none of them the catalog's: the database of another application. */
        OTHER_TABLES
    }

    /**
     * What the database holds in the data source's current schema, told before anything is written or
     * read: a program that is handed any database address can then refuse to create the catalog's
     * tables in another application's database, or say that a database holds no catalog yet.
     *
     * @return what the database holds, never null
     * @throws StoreException when the database cannot be reached
     */
    public Contents contents() {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", null)) {
            boolean tables = false;
            while (rs.next()) {
                if (SCHEMA_HISTORY_TABLE.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                    return Contents.CATALOG;
                }
                tables = true;
            }
            return tables ? Contents.OTHER_TABLES : Contents.NOTHING;
        } catch (SQLException e) {
            throw failure(StoreException.Task.OPENING, null, e);
        }
    }

    /**
     * One stored opportunity.
     *
     * @param id the id, not null
     * @return the opportunity, or empty when none has the id
     * @throws StoreException when the database fails
     */
    public Optional<Opportunity> opportunity(OpportunityId id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = dataSource.getConnection(); OpportunityRows rows = new OpportunityRows(c, referenceData)) {
            return rows.find(id);
        } catch (SQLException e) {
            throw failure(StoreException.Task.READING, id.value(), e);
        }
    }

    /**
     * Runs a query in the database: its criteria, order and page in SQL, the results as the query
     * finds them in the stored catalog in memory ({@link OpportunityQuery#run(Catalog)}). The count
     * and the page are read in one transaction, so that they agree.
     *
     * @param query the query, not null
     * @return the page asked for, with the total number of matches, never null
     * @throws IllegalArgumentException when the query asks whether an incentive is available
     *                                  ({@link OpportunityQuery#incentiveAvailable}), which is judged
     *                                  in memory: run it on {@link #load()}
     * @throws StoreException           when the database fails
     */
    public Page<Opportunity> search(OpportunityQuery query) {
        Condition where = Condition.of(query);
        return reading(StoreException.Task.SEARCHING, c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM catalog_opportunity o WHERE " + where.sql())) {
                Condition.bind(ps, where.parameters());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            List<Opportunity> items = new OpportunityRows(c, referenceData).page(where.sql(), where.parameters(),
                    Condition.order(query, postgres), (long) query.pageNumber() * query.pageSize(), query.pageSize());
            return new Page<>(items, total, query.pageNumber(), query.pageSize());
        });
    }

    /**
     * The working-group figures of the whole stored catalog, computed in SQL: equal to
     * {@link CatalogSummary#of} of the stored opportunities.
     *
     * @return the summary, never null
     * @throws StoreException when the database fails
     */
    public CatalogSummary summary() {
        return summary(OpportunityQuery.all());
    }

    /**
     * The working-group figures of the stored opportunities a query matches, computed in SQL: equal
     * to {@link OpportunityQuery#summarize(Catalog)} on the stored catalog. The query's order and page
     * play no role.
     *
     * @param query the query, not null
     * @return the summary, never null
     * @throws IllegalArgumentException when the query asks whether an incentive is available, which
     *                                  is judged in memory
     * @throws StoreException           when the database fails
     */
    public CatalogSummary summary(OpportunityQuery query) {
        Condition where = Condition.of(query);
        return reading(StoreException.Task.SUMMING_UP, c -> new SummaryRows(c, where).summary(referenceData));
    }

    /** Work that reads, in one read-only transaction of its own. */
    private interface Reading<T> {
        T read(Connection c) throws SQLException;
    }

    private <T> T reading(StoreException.Task task, Reading<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            T result;
            try {
                result = work.read(c);
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(c, e);
                throw e;
            }
            c.rollback();
            return result;
        } catch (SQLException e) {
            throw failure(task, null, e);
        }
    }

    /**
     * Rolls back after a failure, keeping the failure: a connection that the database broke (stopped,
     * restarted) fails its rollback too, with the pool's or driver's "connection is closed", which would
     * otherwise hide why it broke. The rollback's own failure is kept as suppressed.
     */
    private static void rollbackAfter(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException rollback) {
            failure.addSuppressed(rollback);
        }
    }

    /**
     * How many opportunities are stored.
     *
     * @return the count
     * @throws StoreException when the database fails
     */
    public long opportunityCount() {
        try (Connection c = dataSource.getConnection()) {
            return count(c, "catalog_opportunity");
        } catch (SQLException e) {
            throw failure(StoreException.Task.COUNTING, null, e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A failure of the database as the store tells it, with the state of the H2 file its address names. */
    private StoreException failure(StoreException.Task task, @Nullable String subject, Throwable e) {
        if (e instanceof StoreException s) {
            return s;
        }
        if (StoreException.poolExhausted(e)) {
            // The imports and reads under way hold every connection of the pool: as busy as a held lock.
            return new StoreBusyException(task, subject, e);
        }
        return new StoreException(task, subject, e, dataSource instanceof UrlDataSource u ? u.url() : null);
    }

    /** A database failure inside the importer's callbacks, carried out of them. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final SQLException sql;

        Failure(SQLException cause) {
            super(cause);
            this.sql = cause;
        }
    }

    /** The bytes of the file as they are read, digested; closing it leaves the file open for the rest of its digest. */
    private static final class Digesting extends FilterInputStream {
        Digesting(InputStream in) {
            super(new DigestInputStream(in, sha256Digest()));
        }

        /** The SHA-256 of the whole file: what was not read yet is read to the end first. */
        String sha256() throws IOException {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }

        @Override
        public void close() {
            // The importer closes its source; the file is closed by the store after its digest is taken.
        }

        private static MessageDigest sha256Digest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform has SHA-256", e);
            }
        }
    }
}
