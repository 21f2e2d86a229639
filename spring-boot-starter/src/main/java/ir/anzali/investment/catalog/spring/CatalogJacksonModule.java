package ir.anzali.investment.catalog.spring;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
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
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A Jackson 2 module that writes {@link Opportunity}, {@link Incentive}, {@link Catalog} and
 * {@link ImportReport} in the library's documented JSON (the form of {@link CatalogJson} and
 * {@link ReportJson}), and reads the first three back, their codes looked up in the reference data.
 * Any {@code ObjectMapper} can register it; the starter registers it with Spring's, so a controller
 * returns and takes these types as they are documented. The text is written and read by the library
 * itself, so there is one writer of the format, whatever the mapper's own settings.
 */
public final class CatalogJacksonModule extends SimpleModule {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Writes one value of the format. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, OutputStream out) throws IOException;
    }

    /** Reads one value of the format. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(InputStream in) throws CatalogJsonException, IOException;
    }

    /**
     * The module with the reader and writer of the catalog's JSON.
     *
     * @param json          the reader and writer, with the limits of what a request body may hold; not null
     * @param referenceData the reference data that codes in request bodies are looked up in, not null
     */
    public CatalogJacksonModule(CatalogJson json, ReferenceData referenceData) {
        super("investment-catalog-spring");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(referenceData, "referenceData");
        both(Opportunity.class, (Opportunity o, OutputStream out) -> json.write(o, out), in -> json.readOpportunity(in, referenceData));
        both(Incentive.class, (Incentive i, OutputStream out) -> json.write(i, out), in -> json.readIncentive(in, referenceData));
        both(Catalog.class, (Catalog c, OutputStream out) -> json.write(c, out), in -> json.read(in));
        addSerializer(ImportReport.class, new Writing<>(ImportReport.class, ReportJson::write));
    }

    private <T> void both(Class<T> type, Writer<T> writer, Reader<T> reader) {
        addSerializer(type, new Writing<>(type, writer));
        addDeserializer(type, new Reading<>(type, reader));
    }

    /** Writes a value as the library's text for it. */
    private static final class Writing<T> extends StdSerializer<T> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient Writer<T> writer;

        Writing(Class<T> type, Writer<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(value, out);
            g.writeRawValue(out.toString(StandardCharsets.UTF_8));
        }
    }

    /** Reads a value from the text of the JSON tree found where it stands. */
    private static final class Reading<T> extends StdDeserializer<T> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient Reader<T> reader;

        Reading(Class<T> type, Reader<T> reader) {
            super(type);
            this.reader = reader;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            byte[] text = p.readValueAsTree().toString().getBytes(StandardCharsets.UTF_8);
            try {
                return reader.read(new ByteArrayInputStream(text));
            } catch (CatalogJsonException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
