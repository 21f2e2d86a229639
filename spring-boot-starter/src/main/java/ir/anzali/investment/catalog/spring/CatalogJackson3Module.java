package ir.anzali.investment.catalog.spring;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.csv.report.ImportReport;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.spring.internal.JsonFormats;
import java.io.Serial;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module ({@code tools.jackson}) that writes {@link Opportunity}, {@link Incentive},
 * {@link Catalog} and {@link ImportReport} in the library's documented JSON and reads the first three
 * back, their codes looked up in the reference data: {@link CatalogJacksonModule} for Jackson 3, with
 * the same writer and readers. Any {@code JsonMapper} can register it; the starter registers it with
 * Spring Boot 4's. Jackson 3 is an optional dependency of the starter: an application on Spring Boot 3
 * never loads this class.
 */
public final class CatalogJackson3Module extends SimpleModule {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The module with the reader and writer of the catalog's JSON.
     *
     * @param json          the reader and writer, with the limits of what a request body may hold; not null
     * @param referenceData the reference data that codes in request bodies are looked up in, not null
     */
    public CatalogJackson3Module(CatalogJson json, ReferenceData referenceData) {
        super("investment-catalog-spring");
        for (JsonFormats.Format<?> format : JsonFormats.of(json, referenceData)) {
            addSerializer(new Writing<>(format));
            readable(format);
        }
    }

    private <T> void readable(JsonFormats.Format<T> format) {
        if (format.reader() != null) {
            addDeserializer(format.type(), new Reading<>(format));
        }
    }

    /** Writes a value as the library's text for it. */
    private static final class Writing<T> extends StdSerializer<T> {
        private final JsonFormats.Format<T> format;

        Writing(JsonFormats.Format<T> format) {
            super(format.type());
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            g.writeRawValue(format.text(value));
        }
    }

    /** Reads a value from the text of the JSON tree found where it stands. */
    private static final class Reading<T> extends StdDeserializer<T> {
        private final JsonFormats.Format<T> format;

        Reading(JsonFormats.Format<T> format) {
            super(format.type());
            this.format = format;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            String text = context.readTree(p).toString();
            try {
                return format.read(text);
            } catch (CatalogJsonException e) {
                throw DatabindException.from(p, e.getMessage(), e);
            }
        }
    }
}
