package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.internal.text.MessageBundle;
import java.util.Locale;
import java.util.Objects;

/**
 * A database address that {@link StoreAddress#check} refuses: an embedded H2 address that names its
 * file with the suffix H2 adds itself. Carries the address, the file H2 would make of it and the
 * address to write instead; {@link #message(Locale)} says so in Persian or English, and
 * {@link #getMessage()} in English. Nothing was opened.
 */
public final class StoreAddressException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private static final MessageBundle MESSAGES = MessageBundle.load(
            name -> StoreAddressException.class.getResourceAsStream(name), "messages");

    private final String url;
    private final String file;
    private final String address;

    /**
     * @param url     the address refused, not null
     * @param file    the file H2 would make of it, not null
     * @param address the address to write for the file meant, not null
     */
    StoreAddressException(String url, String file, String address) {
        super(text(url, file, address, Locale.ENGLISH));
        this.url = Objects.requireNonNull(url, "url");
        this.file = Objects.requireNonNull(file, "file");
        this.address = Objects.requireNonNull(address, "address");
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
     * The file H2 would make of the address: the name with its suffix twice, {@code catalog.mv.db.mv.db}.
     *
     * @return the file, never null
     */
    public String file() {
        return file;
    }

    /**
     * The address of the file meant: the address without the suffix of the name.
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
        return text(url, file, address, locale);
    }

    private static String text(String url, String file, String address, Locale locale) {
        return MESSAGES.get("address.h2-suffix", locale, "url", url, "file", file, "address", address);
    }
}
