package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.CatalogImport;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.csv.read.ImportSource;
import ir.anzali.investment.catalog.csv.report.ErrorCode;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the files of a multipart request with the importer of the request's language: validates them,
 * or imports them into a catalog all or nothing. A rejection is an {@link UploadRejectedException}
 * with the reports, which {@link CatalogProblems} answers as a problem detail: 422 for errors, 413 for
 * a file past the catalog limits, 400 for no file or a file that could not be read from the request.
 * Every import is counted by the {@link ImportMetrics}. Thread-safe.
 */
public final class CatalogUploads {

    /** The languages reports and problems are written in. */
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fa"), Locale.ENGLISH);

    private final Function<Locale, CatalogImporter> importers;
    private final ImportMetrics metrics;
    private final Locale fallback;

    /**
     * Uploads read with the importer of each language.
     *
     * @param importers the importer for a language, {@code fa} or {@code en}; not null
     * @param metrics   where imports are counted, not null
     * @param fallback  the language when a request asks for neither Persian nor English, not null
     */
    public CatalogUploads(Function<Locale, CatalogImporter> importers, ImportMetrics metrics, Locale fallback) {
        this.importers = Objects.requireNonNull(importers, "importers");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.fallback = language(fallback.toLanguageTag(), Locale.forLanguageTag("fa"));
    }

    /**
     * The language of a request's answer: Persian or English as its {@code Accept-Language} header
     * prefers, else the configured one ({@code investment-catalog.language}).
     *
     * @param acceptLanguage the header's value, or null when there is none
     * @return {@code fa} or {@code en}, never null
     */
    public Locale language(@Nullable String acceptLanguage) {
        return language(acceptLanguage, fallback);
    }

    private static Locale language(@Nullable String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            return Objects.requireNonNullElse(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES),
                    fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /**
     * Validates the files as an import into the catalog would read them, importing nothing.
     *
     * @param catalog       the catalog the files would be imported into, not null
     * @param opportunities the opportunities file (or a workbook of both sheets), or null
     * @param incentives    the incentives file, or null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @return the reports, incentives first, all valid
     * @throws UploadRejectedException when no file is given, one cannot be read, or one has errors
     */
    public List<ImportReport> validate(Catalog catalog, @Nullable MultipartFile opportunities,
            @Nullable MultipartFile incentives, Locale language) {
        List<ImportReport> reports = read(opportunities, incentives,
                (o, i) -> importer(language).validateImport(catalog, source(o), source(i)));
        accepted(reports, "valid");
        return reports;
    }

    /**
     * Imports the files into the catalog, all or nothing.
     *
     * @param catalog       the catalog to import into, not null
     * @param opportunities the opportunities file (or a workbook of both sheets), or null
     * @param incentives    the incentives file, or null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @return the import, with the merged catalog and what was added, updated and unchanged
     * @throws UploadRejectedException when no file is given, one cannot be read, or one has errors
     */
    public CatalogImport importInto(Catalog catalog, @Nullable MultipartFile opportunities,
            @Nullable MultipartFile incentives, Locale language) {
        CatalogImport result = read(opportunities, incentives,
                (o, i) -> importer(language).importInto(catalog, source(o), source(i)));
        accepted(result.reports(), "imported");
        return result;
    }

    /** The importer of a language, {@code fa} or {@code en}. */
    CatalogImporter importer(Locale language) {
        return importers.apply(language);
    }

    /** A reading of the two parts of a request. */
    @FunctionalInterface
    interface Reading<T> {
        T read(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives) throws IOException;
    }

    /** Counts the reading, and throws when a report has errors. */
    void accepted(List<ImportReport> reports, String outcome) {
        UploadRejectedException.Reason reason = reason(reports);
        metrics.record(reports, reason == null ? outcome : reason.code());
        if (reason != null) {
            throw new UploadRejectedException(reason, reports, reason.code() + ": "
                    + reports.stream().mapToLong(ImportReport::errorCount).sum() + " errors");
        }
    }

    /** Reads the parts; no part is a rejection, and so is a part that cannot be read. */
    <T> T read(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives, Reading<T> reading) {
        if (opportunities == null && incentives == null) {
            throw refused(UploadRejectedException.Reason.NO_FILE, "The request has no part named opportunities or incentives");
        }
        try {
            return reading.read(opportunities, incentives);
        } catch (InterruptedIOException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw refused(UploadRejectedException.Reason.UNREADABLE_FILE,
                    "An uploaded file could not be read: " + e.getMessage());
        }
    }

    /**
     * The encoding a request names, read as the command line reads {@code --encoding}: null when it
     * names none (the encoding is detected).
     *
     * @param name the name, or null or blank when none is given
     * @return the encoding, or null
     * @throws UploadRejectedException {@code UNKNOWN_ENCODING} (400) naming it, when Java knows no encoding of the name
     */
    @Nullable Charset encoding(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            metrics.record(List.of(), UploadRejectedException.Reason.UNKNOWN_ENCODING.code());
            throw new UploadRejectedException(UploadRejectedException.Reason.UNKNOWN_ENCODING, name,
                    "unknown encoding \"" + name + "\"; try UTF-8, UTF-16, windows-1256 or windows-1252");
        }
    }

    /** Counts a refusal without reports, and gives the rejection to throw. */
    UploadRejectedException refused(UploadRejectedException.Reason reason, String message) {
        metrics.record(List.of(), reason.code());
        return new UploadRejectedException(reason, List.of(), message);
    }

    private static @Nullable ImportSource source(@Nullable MultipartFile file) throws IOException {
        return file == null ? null : ImportSource.of(file.getInputStream(), name(file));
    }

    /**
     * The file name the client gave a part, its last path segment only (a client may send
     * {@code ../../x/opportunities.csv} or {@code C:\x\opportunities.csv}), else the part's name: what
     * reports and the import log name the file by.
     */
    static String name(MultipartFile file) {
        String given = Objects.requireNonNullElse(file.getOriginalFilename(), "");
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        return last.isBlank() ? file.getName() : last;
    }

    /**
     * The reason to reject reports: none when all are valid, {@code FILE_TOO_LARGE} when a file is past
     * the catalog limits, else {@code INVALID_FILE}.
     *
     * @param reports the reports, not null
     * @return the reason, or null when every report is valid
     */
    private static UploadRejectedException.@Nullable Reason reason(List<ImportReport> reports) {
        if (reports.stream().allMatch(ImportReport::valid)) {
            return null;
        }
        return reports.stream().flatMap(r -> r.errors().stream()).anyMatch(p -> p.code() == ErrorCode.FILE_TOO_LARGE)
                ? UploadRejectedException.Reason.FILE_TOO_LARGE : UploadRejectedException.Reason.INVALID_FILE;
    }
}
