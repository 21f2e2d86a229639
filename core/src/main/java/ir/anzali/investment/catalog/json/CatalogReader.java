package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.InvalidCatalogException;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalog document as a stream of tokens: each incentive and opportunity is mapped to its
 * object as soon as it is read, so that memory follows the catalog, not the length of the text.
 * For that the reference data must come before the items that refer to it, as this library writes
 * it. Not thread-safe; one reader per document.
 */
final class CatalogReader {

    private static final Set<String> ROOT_KEYS = new TreeSet<>(Set.of("format", "formatVersion", "referenceData",
            "incentives", "opportunities"));

    private final ObjectMapper mapper;
    private final CatalogLimits limits;
    /** The reference data and the builder of the catalog, both set once the reference data is read. */
    private @Nullable ReferenceData reference;
    private Catalog.@Nullable Builder builder;

    CatalogReader(ObjectMapper mapper, CatalogLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    Catalog read(JsonParser p) throws CatalogJsonException, IOException {
        try {
            return readRoot(p);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, "");
        } catch (LimitedInput.TooLong e) {
            throw tooLong(p, e);
        }
    }

    ReferenceData readReferenceData(JsonParser p) throws CatalogJsonException, IOException {
        try {
            start(p);
            ReferenceData data = referenceData(p, "");
            end(p);
            return data;
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, "");
        } catch (LimitedInput.TooLong e) {
            throw tooLong(p, e);
        }
    }

    /** Reads a document that is one incentive or one opportunity, its codes looked up in the reference data. */
    <T> T readItem(JsonParser p, Class<T> type, ReferenceData data) throws CatalogJsonException, IOException {
        try {
            start(p);
            T item = mapper.readerFor(type).withAttribute(CatalogModule.REFERENCE_DATA, data).readValue(p);
            end(p);
            return item;
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, "");
        } catch (LimitedInput.TooLong e) {
            throw tooLong(p, e);
        }
    }

    /** The error of a document longer than the limit, where the reading stopped. */
    private static CatalogJsonException tooLong(JsonParser p, LimitedInput.TooLong e) {
        return e.refusal(JsonErrors.where(p.currentLocation()));
    }

    private Catalog readRoot(JsonParser p) throws CatalogJsonException, IOException {
        start(p);
        String format = null;
        Integer version = null;
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            switch (key) {
                case "format" -> {
                    format = string(p, key);
                    if (!CatalogJson.FORMAT.equals(format)) {
                        throw new CatalogJsonException("format", "Expected \"" + CatalogJson.FORMAT + "\", found \""
                                + JsonErrors.quote(format) + "\"; this is not a catalog document.", null);
                    }
                }
                case "formatVersion" -> {
                    if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.getIntValue() != CatalogJson.FORMAT_VERSION) {
                        throw new CatalogJsonException("formatVersion", "Format version " + JsonErrors.quote(p.getText())
                                + " is not supported; this library reads version " + CatalogJson.FORMAT_VERSION + ".",
                                null);
                    }
                    version = CatalogJson.FORMAT_VERSION;
                }
                case "referenceData" -> {
                    reference = referenceData(p, key);
                    builder = Catalog.builder(reference);
                }
                case "incentives", "opportunities" -> items(p, key);
                default -> throw new CatalogJsonException(key, "Unknown key; allowed here: " + ROOT_KEYS + ".", null);
            }
        }
        end(p);
        if (format == null) {
            throw new CatalogJsonException("format", "Missing; a catalog document starts with \"format\": \""
                    + CatalogJson.FORMAT + "\".", null);
        }
        if (version == null) {
            throw new CatalogJsonException("formatVersion", "Missing.", null);
        }
        if (builder == null) {
            throw new CatalogJsonException("referenceData", "Missing.", null);
        }
        try {
            return builder.build();
        } catch (InvalidCatalogException e) {
            throw new CatalogJsonException("", JsonErrors.message(e), e);
        }
    }

    private ReferenceData referenceData(JsonParser p, String path) throws CatalogJsonException, IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            throw new CatalogJsonException(path, "Expected an object, found " + JsonErrors.describe(p) + ".", null);
        }
        ReferenceDataJson json;
        try {
            json = mapper.readerFor(ReferenceDataJson.class).readValue(p);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, path);
        }
        return json.toReferenceData(path);
    }

    /** Reads the array of incentives or opportunities into the catalog. */
    private void items(JsonParser p, String key) throws CatalogJsonException, IOException {
        if (p.hasToken(JsonToken.VALUE_NULL)) {
            return;
        }
        if (!p.hasToken(JsonToken.START_ARRAY)) {
            throw new CatalogJsonException(key, "Expected an array, found " + JsonErrors.describe(p) + ".", null);
        }
        Catalog.Builder catalog = builder;
        if (catalog == null) {
            throw new CatalogJsonException(key, "The referenceData must come before the incentives and the "
                    + "opportunities, which refer to it.", null);
        }
        if (key.equals("incentives")) {
            readArray(p, key, Incentive.class, limits.maxIncentives(), catalog::incentive);
        } else {
            readArray(p, key, Opportunity.class, limits.maxOpportunities(), catalog::opportunity);
        }
    }

    private <T> void readArray(JsonParser p, String key, Class<T> type, long max, Consumer<T> consumer)
            throws CatalogJsonException, IOException {
        ObjectReader reader = mapper.readerFor(type).withAttribute(CatalogModule.REFERENCE_DATA, reference);
        long index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (index == max) {
                throw new CatalogJsonException(key + "[" + index + "]", "The catalog holds more than " + max + " "
                        + key + ", the most this reader takes in. Split the catalog, or raise the limit with "
                        + "CatalogJson.withLimits(limits.withMax" + Character.toUpperCase(key.charAt(0))
                        + key.substring(1) + "(…)).", null);
            }
            String path = key + "[" + index++ + "]";
            if (t != JsonToken.START_OBJECT) {
                throw new CatalogJsonException(path, "Expected an object, found " + JsonErrors.describe(p) + ".",
                        null);
            }
            try {
                consumer.accept(reader.readValue(p));
            } catch (JsonProcessingException e) {
                throw JsonErrors.translate(e, path);
            }
        }
    }

    private static String string(JsonParser p, String path) throws CatalogJsonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new CatalogJsonException(path, "Expected a string, found " + JsonErrors.describe(p) + ".", null);
        }
        try {
            return p.getText();
        } catch (IOException e) {
            throw new CatalogJsonException(path, JsonErrors.message(e), e);
        }
    }

    private static void start(JsonParser p) throws CatalogJsonException, IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new CatalogJsonException("", "The document is empty; expected a JSON object.", null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new CatalogJsonException("", "Expected an object, found " + JsonErrors.describe(p) + ".", null);
        }
    }

    private static void end(JsonParser p) throws CatalogJsonException, IOException {
        if (p.nextToken() != null) {
            throw new CatalogJsonException(JsonErrors.where(p.currentLocation()), "Content after the end of the document.",
                    null);
        }
    }
}
