package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.incentive.Incentive;
import ir.anzali.investment.catalog.opportunity.Location;
import ir.anzali.investment.catalog.opportunity.Opportunity;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.internal.Resources;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes catalogs as JSON with Jackson, in the documented format {@code docs/json-format.md}:
 * an object with {@code "format": "investment-catalog"} and {@code "formatVersion": 1}, the
 * reference data, the incentives and the opportunities. Dates are ISO-8601 strings and amounts and
 * other decimals are strings, so that JavaScript clients lose no digits.
 *
 * <p>Both directions stream: an incentive or opportunity is written, or read and checked, one at a
 * time, so that memory follows the size of the catalog, not of the text, and whatever this library
 * writes it reads back with the same settings. Reading applies the number rules of the CSV format
 * (plain decimals, at most 30 significant digits, no exponent) and builds the catalog with every
 * check of {@link Catalog.Builder#build()}; any problem is a {@link CatalogJsonException} that says
 * where and what, and no half-built catalog is ever returned. Unknown keys, duplicate keys, trailing
 * content and nesting deeper than 64 levels are refused. Reading builds the whole catalog in memory,
 * so it stops at the first opportunity, incentive or byte past its {@link CatalogLimits} (by default
 * {@link CatalogLimits#DEFAULT}, which fit a 256 MiB heap; {@link #withLimits(CatalogLimits)} sets
 * others) with a {@link CatalogJsonException} that names the limit. Writing then reading gives an
 * equal catalog.
 * It writes to streams only: replacing a file safely — a temporary file beside it, forced to disk
 * and renamed over it, one writer at a time — is the application's to do, as the command line does.
 * Immutable and thread-safe.
 */
public final class CatalogJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "investment-catalog";
    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    private static final String SCHEMA = "catalog.schema.json";
    /** The longest string value read: 16 MiB, far more than any text of a catalog holds. */
    private static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ObjectWriter itemWriter;
    private final CatalogLimits limits;

    private CatalogJson(CatalogLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxNumberLength(100)
                        .maxStringLength(MAX_STRING_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new CatalogModule())
                .addMixIn(Opportunity.class, OpportunityMixIn.class)
                .addMixIn(Location.class, LocationMixIn.class)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        this.itemWriter = mapper.writer();
    }

    /** Leaves out a location with nothing known, as the format writes absent values. */
    abstract static class OpportunityMixIn {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = UnknownLocation.class)
        abstract Location location();
    }

    /** A location is not written with a flag of its own. */
    abstract static class LocationMixIn {
        @JsonIgnore
        abstract boolean isUnknown();
    }

    /** Tells Jackson which locations to leave out: those with nothing known. */
    static final class UnknownLocation {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Location l && l.isUnknown();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /**
     * The reader and writer with the default limits, {@link CatalogLimits#DEFAULT}.
     *
     * @return the instance, never null
     */
    public static CatalogJson standard() {
        return Holder.STANDARD;
    }

    /**
     * A reader and writer like this one that reads at most the opportunities, incentives and bytes
     * of the limits; for a reading in a larger heap, {@code CatalogLimits.forHeap(heap)}, and for
     * documents whose size the caller bounds itself, {@link CatalogLimits#NONE}.
     *
     * @param value the limits, not null
     * @return the instance, never null
     */
    public CatalogJson withLimits(CatalogLimits value) {
        return value.equals(limits) ? this : new CatalogJson(value);
    }

    /**
     * The limits of what one reading takes in.
     *
     * @return the limits, never null
     */
    public CatalogLimits limits() {
        return limits;
    }

    /**
     * Writes a catalog, one item at a time.
     *
     * @param catalog the catalog, not null
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(Catalog catalog, OutputStream out) throws IOException {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            write(catalog, g);
        }
    }

    /**
     * Writes a catalog to a string.
     *
     * @param catalog the catalog, not null
     * @return the JSON text, never null
     */
    public String writeString(Catalog catalog) {
        Writer text = new StringWriter();
        try (JsonGenerator g = mapper.createGenerator(text)) {
            write(catalog, g);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write catalog JSON", e);
        }
        return text.toString();
    }

    private void write(Catalog catalog, JsonGenerator g) throws IOException {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeFieldName("referenceData");
        itemWriter.writeValue(g, ReferenceDataJson.of(catalog.referenceData()));
        g.writeArrayFieldStart("incentives");
        for (Incentive i : catalog.incentives()) {
            itemWriter.writeValue(g, i);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("opportunities");
        for (Opportunity o : catalog.opportunities()) {
            itemWriter.writeValue(g, o);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    /**
     * Reads a catalog, one item at a time.
     *
     * @param in the document; not closed
     * @return the catalog, never null
     * @throws CatalogJsonException when the document is not a valid catalog
     * @throws IOException          when reading fails
     */
    public Catalog read(InputStream in) throws CatalogJsonException, IOException {
        try (JsonParser p = parser(in)) {
            return new CatalogReader(mapper, limits).read(p);
        } catch (LimitedInput.TooLong e) {
            throw e.refusal("");
        }
    }

    /**
     * A parser of a document that stops past the byte limit. A JDK stream is outermost because
     * Jackson names the class of the stream in the locations of its messages, and those name no
     * class of the library.
     */
    private JsonParser parser(InputStream in) throws IOException {
        return mapper.createParser(new BufferedInputStream(new LimitedInput(in, limits.maxBytes())));
    }

    /**
     * Reads a catalog from a file.
     *
     * @param file the file, not null
     * @return the catalog, never null
     * @throws CatalogJsonException when the document is not a valid catalog
     * @throws IOException          when the file cannot be read
     */
    public Catalog read(Path file) throws CatalogJsonException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * The UTF-8 bytes of a JSON text held as a string, for the readers of this class, which read bytes:
     * text holding a lone surrogate (half of a character whose other half is missing), which no file can
     * carry, is refused at its line and column instead of written as a {@code ?} by
     * {@link String#getBytes}, to be read as text.
     *
     * @param text the JSON text, not null
     * @return its bytes in UTF-8, never null
     * @throws CatalogJsonException when the text holds a lone surrogate; the message says where and what to do
     */
    public static byte[] utf8(String text) throws CatalogJsonException {
        checkWhole(text);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Refuses text holding a lone surrogate at its line and column. */
    private static void checkWhole(String text) throws CatalogJsonException {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CatalogJsonException("line " + line + ", column " + (i - lineStart + 1), String.format(
                        "The text holds U+%04X, half of a character whose other half is missing, which is not text"
                        + " and cannot be written to a file; remove it or write the whole character.", (int) c), null);
            }
        }
    }

    /**
     * Reads a catalog from a string.
     *
     * @param json the document, not null
     * @return the catalog, never null
     * @throws CatalogJsonException when the document is not a valid catalog
     */
    public Catalog readString(String json) throws CatalogJsonException {
        try {
            return read(new ByteArrayInputStream(utf8(json)));
        } catch (IOException e) {
            throw new CatalogJsonException("", JsonErrors.message(e), e);
        }
    }

    /**
     * Reads reference data alone: an object with {@code sectors} and {@code agencies} in the form
     * of the catalog's {@code referenceData}, so that an application can keep its own lists in a file.
     *
     * @param in the document; not closed
     * @return the reference data, never null
     * @throws CatalogJsonException when the document is not valid reference data
     * @throws IOException          when reading fails
     */
    public ReferenceData readReferenceData(InputStream in) throws CatalogJsonException, IOException {
        try (JsonParser p = parser(in)) {
            return new CatalogReader(mapper, limits).readReferenceData(p);
        } catch (LimitedInput.TooLong e) {
            throw e.refusal("");
        }
    }

    /**
     * Writes reference data alone, in the form {@link #readReferenceData(InputStream)} reads.
     *
     * @param data the reference data, not null
     * @param out  where to write; not closed
     * @throws IOException when writing fails
     */
    public void writeReferenceData(ReferenceData data, OutputStream out) throws IOException {
        itemWriter.writeValue(out, ReferenceDataJson.of(data));
    }

    /**
     * Writes one opportunity alone, as it stands in a catalog's {@code opportunities}: the form a web
     * service answers with for one item.
     *
     * @param opportunity the opportunity, not null
     * @param out         where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(Opportunity opportunity, OutputStream out) throws IOException {
        itemWriter.writeValue(out, opportunity);
    }

    /**
     * Writes one incentive alone, as it stands in a catalog's {@code incentives}.
     *
     * @param incentive the incentive, not null
     * @param out       where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(Incentive incentive, OutputStream out) throws IOException {
        itemWriter.writeValue(out, incentive);
    }

    /**
     * Reads one opportunity alone, in the form {@link #write(Opportunity, OutputStream)} writes, its
     * sector, subsector and agencies looked up by code in the reference data. The opportunity is
     * checked as a record; the rules across a catalog (its incentives, its ids) are the catalog's.
     *
     * @param in   the document; not closed
     * @param data the reference data that codes are looked up in, not null
     * @return the opportunity, never null
     * @throws CatalogJsonException when the document is not a valid opportunity
     * @throws IOException          when reading fails
     */
    public Opportunity readOpportunity(InputStream in, ReferenceData data) throws CatalogJsonException, IOException {
        return readItem(in, Opportunity.class, data);
    }

    /**
     * Reads one incentive alone, in the form {@link #write(Incentive, OutputStream)} writes.
     *
     * @param in   the document; not closed
     * @param data the reference data that codes are looked up in, not null
     * @return the incentive, never null
     * @throws CatalogJsonException when the document is not a valid incentive
     * @throws IOException          when reading fails
     */
    public Incentive readIncentive(InputStream in, ReferenceData data) throws CatalogJsonException, IOException {
        return readItem(in, Incentive.class, data);
    }

    private <T> T readItem(InputStream in, Class<T> type, ReferenceData data) throws CatalogJsonException, IOException {
        try (JsonParser p = parser(in)) {
            return new CatalogReader(mapper, limits).readItem(p, type, data);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of the documents this class writes. It says the shape of every
     * value; the rules that cross values and documents (references resolve, youth jobs within direct
     * jobs, the status history follows the lifecycle) are the reader's, as {@code docs/json-format.md}
     * describes them.
     *
     * @return the schema's text, never null
     */
    public static String schema() {
        return Resources.text(CatalogJson.class.getResourceAsStream(SCHEMA), SCHEMA);
    }

    private static final class Holder {
        private static final CatalogJson STANDARD = new CatalogJson(CatalogLimits.DEFAULT);
    }
}
