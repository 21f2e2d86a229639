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
import ir.anzali.investment.catalog.spring.internal.JsonFormats;
import java.io.IOException;
import java.io.Serial;

/**
 * A Jackson 2 module that writes {@link Opportunity}, {@link Incentive}, {@link Catalog} and
 * {@link ImportReport} in the library's documented JSON (the form of {@link CatalogJson} and
 * {@link ReportJson}), and reads the first three back, their codes looked up in the reference data.
 * Any {@code ObjectMapper} can register it; the starter registers it with Spring Boot 3's, so a
 * controller returns and takes these types as they are documented. The text is written and read by
 * the library itself, so there is one writer of the format, whatever the mapper's own settings.
 * {@link CatalogJackson3Module} is the same for Jackson 3.
 */
public final class CatalogJacksonModule extends SimpleModule {

    @Serial
    private static final long serialVersionUID = 2L;

    /**
     * The module with the reader and writer of the catalog's JSON.
     *
     * @param json          the reader and writer, with the limits of what a request body may hold; not null
     * @param referenceData the reference data that codes in request bodies are looked up in, not null
     */
    public CatalogJacksonModule(CatalogJson json, ReferenceData referenceData) {
        super("investment-catalog-spring");
        JsonFormats.of(json, referenceData).forEach(this::register);
    }

    private <T> void register(JsonFormats.Format<T> format) {
        addSerializer(format.type(), new Writing<>(format));
        if (format.reader() != null) {
            addDeserializer(format.type(), new Reading<>(format));
        }
    }

    /** Writes a value as the library's text for it. */
    private static final class Writing<T> extends StdSerializer<T> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient JsonFormats.Format<T> format;

        Writing(JsonFormats.Format<T> format) {
            super(format.type());
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeRawValue(format.text(value));
        }
    }

    /** Reads a value from the text of the JSON tree found where it stands. */
    private static final class Reading<T> extends StdDeserializer<T> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final transient JsonFormats.Format<T> format;

        Reading(JsonFormats.Format<T> format) {
            super(format.type());
            this.format = format;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = ctxt.readTree(p).toString();
            try {
                return format.read(text);
            } catch (CatalogJsonException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
