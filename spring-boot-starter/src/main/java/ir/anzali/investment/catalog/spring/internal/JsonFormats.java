package ir.anzali.investment.catalog.spring.internal;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.csv.report.ReportJson;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The library's types that a Jackson module writes in the documented JSON, each with the library's
 * writer ({@link CatalogJson}, {@link ReportJson}) and, but for the import report, its reader: the one
 * list that the starter's Jackson 2 and Jackson 3 modules both register, so that neither writes the
 * format itself.
 */
public final class JsonFormats {

    private JsonFormats() {
    }

    /**
     * Writes one value of the format.
     *
     * @param <T> the type written
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the value.
         *
         * @param value the value, not null
         * @param out   where to write, not null
         * @throws IOException when the stream fails
         */
        void write(T value, OutputStream out) throws IOException;
    }

    /**
     * Reads one value of the format.
     *
     * @param <T> the type read
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Reads a value.
         *
         * @param in the JSON text, not null
         * @return the value, never null
         * @throws CatalogJsonException when the text is not a valid value; the message says where and what
         * @throws IOException          when the stream fails
         */
        T read(InputStream in) throws CatalogJsonException, IOException;
    }

    /**
     * One type of the format, immutable.
     *
     * @param type   the type, not null
     * @param writer its writer, not null
     * @param reader its reader, or null when the type is only written
     * @param <T>    the type
     */
    public record Format<T>(Class<T> type, Writer<T> writer, @Nullable Reader<T> reader) {

        /**
         * Checks the type and the writer.
         *
         * @throws NullPointerException when the type or the writer is null
         */
        public Format {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(writer, "writer");
        }

        /**
         * The JSON text of a value, as the library writes it.
         *
         * @param value the value, not null
         * @return the text, never null
         */
        public String text(T value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                writer.write(value, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        /**
         * Reads a value from its JSON text.
         *
         * @param text the text, not null
         * @return the value, never null
         * @throws CatalogJsonException          when the text is not a valid value, or holds half of a character
         *                                       whose other half is missing (a lone surrogate, which the text's
         *                                       bytes could only carry as {@code ?}); the message says where and what
         * @throws UnsupportedOperationException when the type is only written
         */
        public T read(String text) throws CatalogJsonException {
            if (reader == null) {
                throw new UnsupportedOperationException(type.getName() + " is only written");
            }
            try {
                return reader.read(new ByteArrayInputStream(CatalogJson.utf8(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The formats of {@link Opportunity}, {@link Incentive}, {@link Catalog} and {@link ImportReport}.
     *
     * @param json          the reader and writer, with the limits of what a request body may hold; not null
     * @param referenceData the reference data that codes of read values are looked up in, not null
     * @return the formats, unmodifiable, never null
     */
    public static List<Format<?>> of(CatalogJson json, ReferenceData referenceData) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(referenceData, "referenceData");
        return List.of(
                new Format<>(Opportunity.class, (o, out) -> json.write(o, out), in -> json.readOpportunity(in, referenceData)),
                new Format<>(Incentive.class, (i, out) -> json.write(i, out), in -> json.readIncentive(in, referenceData)),
                new Format<>(Catalog.class, (c, out) -> json.write(c, out), in -> json.read(in)),
                new Format<>(ImportReport.class, ReportJson::write, null));
    }
}
