package ir.anzali.investment.catalog.cli;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.text.DateParser;
import ir.anzali.investment.catalog.text.NumberParseException;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.Delimiter;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options several commands share, as picocli mixins. */
final class Options {

    private Options() {
    }

    /** {@code --lang} and {@code --format}. */
    static final class Output {
        @Option(names = "--lang", paramLabel = "fa|en", descriptionKey = "option.lang")
        Choice.@Nullable Language lang;

        @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
        Choice.Format format = Choice.Format.TEXT;

        boolean json() {
            return format == Choice.Format.JSON;
        }

        /** Refuses {@code --format html} in a command that makes no page, with the message of a key. */
        void refuseHtml(String key) throws UsageException {
            if (format == Choice.Format.HTML) {
                throw new UsageException(key);
            }
        }
    }

    /** {@code --format text|json|html} with {@code --out FILE.html}: what a command that can make a page prints or writes. */
    static final class PageOutput {
        @Option(names = "--lang", paramLabel = "fa|en", descriptionKey = "option.lang")
        Choice.@Nullable Language lang;

        @Option(names = "--format", paramLabel = "text|json|html", descriptionKey = "option.page-format")
        Choice.@Nullable Format format;

        @Option(names = "--out", paramLabel = "FILE.html", descriptionKey = "option.page-out")
        @Nullable String out;

        boolean json() {
            return format == Choice.Format.JSON;
        }

        /**
         * The page to write, checked before any work: {@code --out} alone or with {@code --format html}.
         *
         * @param example the name of a page of this command, which {@code --format html} without
         *                {@code --out} is told to write, such as {@code report.html}
         * @param inputs  the files the command reads, which the page may not replace
         * @return the file as the user named it, or null when the command prints text or JSON
         */
        @Nullable String page(String example, @Nullable String... inputs) throws UsageException {
            if (out == null) {
                if (format == Choice.Format.HTML) {
                    throw new UsageException("error.html-out", "example", example);
                }
                return null;
            }
            if (format != null && format != Choice.Format.HTML) {
                throw new UsageException("error.out-format", "format", format.label());
            }
            SafeFile.check(out, inputs);
            return out;
        }
    }

    /** {@code --lang} alone, for commands that print text only. */
    static final class Language {
        @Option(names = "--lang", paramLabel = "fa|en", descriptionKey = "option.lang")
        Choice.@Nullable Language lang;
    }

    /**
     * How files are read, each by the options given for it: {@code --encoding} and {@code --delimiter}
     * for the file a command is given, {@code --incentives-encoding} and {@code --incentives-delimiter}
     * for the file given with {@code --incentives}; what is not given is detected. The smallest
     * plausible investment amounts, {@code --smallest-rials} and {@code --smallest-foreign-amount},
     * are the importer's unless given.
     */
    static final class Reading {
        @Option(names = "--encoding", paramLabel = "E", descriptionKey = "option.encoding")
        @Nullable String encoding;

        @Option(names = "--delimiter", paramLabel = "D", descriptionKey = "option.delimiter")
        @Nullable Delimiter delimiter;

        @Option(names = "--incentives-encoding", paramLabel = "E", descriptionKey = "option.incentives-encoding")
        @Nullable String incentivesEncoding;

        @Option(names = "--incentives-delimiter", paramLabel = "D", descriptionKey = "option.incentives-delimiter")
        @Nullable Delimiter incentivesDelimiter;

        @Option(names = "--smallest-rials", paramLabel = "RIALS", descriptionKey = "option.smallest-rials")
        @Nullable String smallestRials;

        @Option(names = "--smallest-foreign-amount", paramLabel = "UNITS", descriptionKey = "option.smallest-foreign-amount")
        @Nullable String smallestForeignAmount;

        /** An importer in the console's language, with progress; how each file is read is the file's own. */
        CatalogImporter.Builder importer(Console c, boolean quiet) throws UsageException {
            CatalogImporter.Builder builder = CatalogImporter.builder().locale(c.locale()).progress(c.progress(quiet))
                    .parallelism(threads()).catalogLimits(UserFiles.LIMITS);
            if (smallestRials != null) {
                builder.smallestRials(amount("--smallest-rials", smallestRials));
            }
            if (smallestForeignAmount != null) {
                builder.smallestOtherAmount(amount("--smallest-foreign-amount", smallestForeignAmount));
            }
            return builder;
        }

        /** A smallest amount as written after its option: digits in any script, grouped or not; 0 for none. */
        private static BigDecimal amount(String option, String value) throws UsageException {
            BigDecimal amount;
            try {
                amount = NumberParser.parseDecimal(value);
            } catch (NumberParseException e) {
                amount = null;
            }
            if (amount == null || amount.signum() < 0) {
                throw new UsageException("error.smallest-amount", "option", option, "value", value);
            }
            return amount;
        }

        /** The file the command is given, read as {@code --encoding} and {@code --delimiter} say. */
        ImportSource source(Path file) throws UsageException {
            return read(file, encoding, delimiter);
        }

        /** The file of {@code --incentives}, read as {@code --incentives-encoding} and {@code --incentives-delimiter} say. */
        @Nullable ImportSource incentives(@Nullable Path file) throws UsageException {
            return file == null ? null : read(file, incentivesEncoding, incentivesDelimiter);
        }

        /**
         * A file for an import into a database, read as the options of its kind say: {@code --encoding}
         * and {@code --delimiter} for opportunities, {@code --incentives-encoding} and
         * {@code --incentives-delimiter} for incentives.
         */
        StoreFile stored(Path file, Kind kind) throws UsageException, IOException {
            boolean opportunities = kind == Kind.OPPORTUNITIES;
            Charset charset = charset(opportunities ? encoding : incentivesEncoding);
            return StoreFile.of(file, kind).withEncoding(charset)
                    .withDelimiter(opportunities ? delimiter : incentivesDelimiter);
        }

        private static ImportSource read(Path file, @Nullable String encoding, @Nullable Delimiter delimiter)
                throws UsageException {
            return ImportSource.of(file).withDelimiter(delimiter == null ? null : delimiter.character())
                    .withEncoding(charset(encoding));
        }

        /** The encoding an option names, or null when it is not given. */
        private static @Nullable Charset charset(@Nullable String encoding) throws UsageException {
            if (encoding == null) {
                return null;
            }
            try {
                return Charset.forName(encoding.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UsageException("error.encoding", "value", encoding);
            }
        }
    }

    /**
     * {@code --db URL}: the catalog in a database instead of a JSON file. A command is given exactly one
     * of them.
     */
    static final class Store {
        @Option(names = "--db", paramLabel = "URL", descriptionKey = "option.db")
        @Nullable String url;

        /**
         * Whether the command works on the database: checks that exactly one of the file and
         * {@code --db} is given.
         *
         * @param file    the file given instead, or null
         * @param missing the text of what is missing when neither is given, such as {@code what.catalog-or-db}
         */
        boolean chosen(@Nullable String file, String missing) throws UsageException {
            if (url != null && file != null) {
                throw new UsageException("error.db.and-file", "file", file);
            }
            if (url == null && file == null) {
                throw new UsageException("error.missing", "what", new Console.Phrase(missing));
            }
            return url != null;
        }

        /** The store of {@code --db} for a command that reads; see {@link Database#reading}. */
        CatalogStore reading(Session session) throws UsageException {
            return Database.reading(Objects.requireNonNull(url, "url"), session.env());
        }

        /**
         * The whole catalog, from the file or the database: for what needs every opportunity and
         * incentive at once (an export, a page).
         */
        Catalog whole(Session session, @Nullable String file) throws UsageException, IOException {
            return chosen(file, "what.catalog-or-db") ? reading(session).load()
                    : UserFiles.catalog(Objects.requireNonNull(file, "file"));
        }
    }

    /** {@code --mode}. */
    static final class Mode {
        @Option(names = "--mode", paramLabel = "all-or-nothing|skip-invalid", descriptionKey = "option.mode")
        ImportMode mode = ImportMode.ALL_OR_NOTHING;
    }

    /** {@code --on}: the day eligibility is judged on. */
    static final class Day {
        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.on")
        @Nullable String on;

        LocalDate date() throws UsageException {
            if (on == null) {
                return LocalDate.now();
            }
            try {
                return DateParser.parse(on);
            } catch (DateTimeException e) {
                throw new UsageException("error.date", "value", on);
            }
        }
    }

    /** Workers that map rows: the processors there are, at most four. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
