package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreBusyException;
import ir.anzali.investment.catalog.jdbc.StoreException;
import ir.anzali.investment.catalog.jdbc.StoreFile;
import ir.anzali.investment.catalog.jdbc.StoreImport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports the files of a multipart request into the application's {@link CatalogStore}, in one
 * transaction, with the importer of the request's language: the incentives first, then the
 * opportunities that may name them. A rejection is the {@link UploadRejectedException} of
 * {@link CatalogUploads}, with the reports, and nothing is written: all or nothing, as an import into
 * a catalog. Validation checks the files against the stored rows the same way and only reads, so that
 * it works on a store the server may only read (a read-only account, database or standby), where an
 * import is refused with {@code STORE_READ_ONLY} (503).
 * Every import is counted by the {@link ImportMetrics} and logged in the store. Thread-safe:
 * two imports into one store never interleave: the second waits, and is refused with
 * {@code STORE_BUSY} (503) past the database's lock timeout. A failure of the database during an
 * import or a validation — one that cannot be reached, gone in the middle, refusing the server's login
 * — is a rejection of the store's reason ({@code STORE_UNAVAILABLE} and the others of
 * {@link StoreProblems}), its cause the store's exception: the transaction was rolled back, so that the
 * catalog and its import log are as they were.
 */
public final class StoreUploads {

    private final CatalogUploads uploads;
    private final CatalogStore store;

    /**
     * Uploads into a store, read as the given uploads read them.
     *
     * @param uploads the uploads, whose importers, metrics and rejections serve; not null
     * @param store   the store, not null
     */
    public StoreUploads(CatalogUploads uploads, CatalogStore store) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Imports the files into the store, all or nothing.
     *
     * @param opportunities the opportunities file (or the opportunities sheet of a workbook), or null
     * @param incentives    the incentives file, or null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @param user          the user name recorded in the store's import log, not null
     * @return what the import did with each file, incentives first; every one imported
     * @throws UploadRejectedException when no file is given, one cannot be read, or one has errors;
     *         or, {@code STORE_BUSY} (503), when another import held the store past the database's lock
     *         timeout, its message the store's in the language of the reports; or, of the store's other
     *         reasons, when the database fails (nothing written, the import log as it was)
     */
    public List<StoreImport> importInto(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives,
            Locale language, String user) {
        return importInto(opportunities, incentives, UploadEncodings.DETECTED, language, user);
    }

    /**
     * Imports the files into the store, all or nothing, each read in the encoding the request names for
     * it, else in the one detected.
     *
     * @param opportunities the opportunities file (or the opportunities sheet of a workbook), or null
     * @param incentives    the incentives file, or null
     * @param encodings     the encodings the request names, not null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @param user          the user name recorded in the store's import log, not null
     * @return what the import did with each file, incentives first; every one imported
     * @throws UploadRejectedException as {@link #importInto(MultipartFile, MultipartFile, Locale, String)}
     *         throws it; or {@code UNKNOWN_ENCODING} (400), nothing read, when an encoding named is unknown
     */
    public List<StoreImport> importInto(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives,
            UploadEncodings encodings, Locale language, String user) {
        Objects.requireNonNull(user, "user");
        List<StoreImport> done = store(opportunities, incentives, encodings, language,
                files -> store.importFiles(uploads.importer(language), files, user));
        uploads.accepted(done.stream().map(StoreImport::report).toList(), "imported");
        return done;
    }

    /**
     * Validates the files against the stored catalog as {@link #importInto} would import them, writing
     * nothing ({@link CatalogStore#check}): the same checks, the lifecycle's rules against the stored
     * rows, the same limits, and memory bounded as an import's whatever the store holds. It reads one
     * snapshot of the store in a read-only transaction and needs no right to write.
     *
     * @param opportunities the opportunities file (or the opportunities sheet of a workbook), or null
     * @param incentives    the incentives file, or null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @return what the import would do with each file, incentives first; every one valid
     * @throws UploadRejectedException as {@link #importInto} throws it, a failure of the database too
     */
    public List<StoreImport> validate(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives,
            Locale language) {
        return validate(opportunities, incentives, UploadEncodings.DETECTED, language);
    }

    /**
     * Validates the files as {@link #importInto(MultipartFile, MultipartFile, UploadEncodings, Locale, String)}
     * would import them, writing nothing, each read in the encoding the request names for it.
     *
     * @param opportunities the opportunities file (or the opportunities sheet of a workbook), or null
     * @param incentives    the incentives file, or null
     * @param encodings     the encodings the request names, not null
     * @param language      the language of the reports, {@code fa} or {@code en}
     * @return what the import would do with each file, incentives first; every one valid
     * @throws UploadRejectedException as {@link #validate(MultipartFile, MultipartFile, Locale)} throws it;
     *         or {@code UNKNOWN_ENCODING} (400), nothing read, when an encoding named is unknown
     */
    public List<StoreImport> validate(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives,
            UploadEncodings encodings, Locale language) {
        List<StoreImport> checked = store(opportunities, incentives, encodings, language,
                files -> store.check(uploads.importer(language), files));
        uploads.accepted(checked.stream().map(StoreImport::report).toList(), "valid");
        return checked;
    }

    /** Work on the store with the files of a request. */
    @FunctionalInterface
    private interface Storing {
        List<StoreImport> store(List<StoreFile> files) throws IOException;
    }

    private List<StoreImport> store(@Nullable MultipartFile opportunities, @Nullable MultipartFile incentives,
            UploadEncodings encodings, Locale language, Storing work) {
        Objects.requireNonNull(encodings, "encodings");
        try {
            return uploads.read(opportunities, incentives, (o, i) -> {
                Charset opportunitiesEncoding = uploads.encoding(encodings.encoding());
                Charset incentivesEncoding = uploads.encoding(encodings.incentives(o == null));
                List<StoreFile> files = new ArrayList<>();
                if (i != null) {
                    files.add(new StoreFile(i.getInputStream(), CatalogUploads.name(i), Kind.INCENTIVES)
                            .withEncoding(incentivesEncoding));
                }
                if (o != null) {
                    files.add(new StoreFile(o.getInputStream(), CatalogUploads.name(o), Kind.OPPORTUNITIES)
                            .withEncoding(opportunitiesEncoding));
                }
                return work.store(files);
            });
        } catch (StoreBusyException e) {
            throw uploads.refused(UploadRejectedException.Reason.STORE_BUSY, e.message(language));
        } catch (StoreException e) {
            // Rolled back: neither the catalog nor its import log holds anything of the request.
            UploadRejectedException refused = uploads.refused(StoreProblems.reason(e.failure()),
                    e.message(Locale.ENGLISH));
            refused.initCause(e);
            throw refused;
        }
    }
}
