package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.Locale;
import java.util.Objects;

/**
 * A database address that {@link StoreAddress#check} refuses: an embedded H2 address that names its
 * file with the suffix H2 adds itself, names no file at all, or names a database in memory that would
 * vanish; or that {@link StoreAddress#checkWritable} refuses for writing: an H2 database inside a zip
 * archive. Carries why, the address, a file and
 * the address to write instead; {@link #message(Locale)} says so in Persian or English, and
 * {@link #getMessage()} in English. Nothing was opened.
 */
public final class StoreAddressException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why an address is refused. */
    public enum Reason {
        /** It names the H2 file with the suffix {@value StoreAddress#H2_SUFFIX}, which H2 adds itself. */
        H2_SUFFIX,
        /** It names no H2 file: nothing, blanks or a folder where the file's path and name should be. */
        NO_FILE,
        /**
         * It names an H2 database in memory that the catalog would vanish from: one without a name,
         * private to each connection, or one without {@code ;DB_CLOSE_DELAY=-1}, deleted with its last
         * connection.
         */
        MEMORY,
        /**
         * It names an H2 database inside a zip archive, which H2 only reads, for an import or a migration
         * ({@link StoreAddress#checkWritable}).
         */
        ARCHIVE
    }

    private static final MessageBundle MESSAGES = MessageBundle.load(
            name -> StoreAddressException.class.getResourceAsStream(name), "messages");

    private final Reason reason;
    private final String url;
    private final String file;
    private final String address;

    /**
     * @param reason  why, not null
     * @param url     the address refused, not null
     * @param file    the file H2 would make of it, or, for {@link Reason#NO_FILE}, of the address to write; the
     *                archive for {@link Reason#ARCHIVE}; empty for {@link Reason#MEMORY}; not null
     * @param address the address to write for the file meant, not null
     */
    StoreAddressException(Reason reason, String url, String file, String address) {
        super(text(reason, url, file, address, Locale.ENGLISH));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.url = Objects.requireNonNull(url, "url");
        this.file = Objects.requireNonNull(file, "file");
        this.address = Objects.requireNonNull(address, "address");
    }

    /**
     * Why the address is refused.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The address refused.
     *
     * @return the address, never null
     */
    public String url() {
        return url;
    }

    /**
     * The file H2 would make of the address, the name with its suffix twice ({@code catalog.mv.db.mv.db});
     * for {@link Reason#NO_FILE}, the file that {@link #address()} makes ({@code ./catalog.mv.db}); for
     * {@link Reason#ARCHIVE}, the zip archive ({@code ./catalog.zip}); for {@link Reason#MEMORY}, an empty
     * text, as a database in memory is no file.
     *
     * @return the file, never null
     */
    public String file() {
        return file;
    }

    /**
     * The address to write: without the suffix of the name; for {@link Reason#NO_FILE}, with a file
     * named {@code catalog} in the folder named, or in the current folder ({@code jdbc:h2:file:./catalog});
     * for {@link Reason#MEMORY}, the database named, {@code catalog} when it has no name, with
     * {@code ;DB_CLOSE_DELAY=-1}; for {@link Reason#ARCHIVE}, the file of the archive's database name
     * beside the archive ({@code jdbc:h2:file:./catalog} for {@code jdbc:h2:zip:./catalog.zip!/catalog}).
     *
     * @return the address, never null
     */
    public String address() {
        return address;
    }

    /**
     * The message in a locale's language, Persian for {@code fa} and English otherwise.
     *
     * @param locale the locale, not null
     * @return the message, never null
     */
    public String message(Locale locale) {
        return text(reason, url, file, address, locale);
    }

    private static String text(Reason reason, String url, String file, String address, Locale locale) {
        return MESSAGES.get("address." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), locale, "url", url,
                "file", file, "address", address);
    }
}
