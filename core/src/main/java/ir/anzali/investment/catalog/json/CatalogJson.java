package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.InvalidCatalogException;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes catalogs as JSON with Jackson, in the documented format {@code docs/json-format.md}:
 * an object with {@code "format": "investment-catalog"} and {@code "formatVersion": 1}, the
 * reference data, the incentives and the opportunities. Dates are ISO-8601 strings and amounts and
 * other decimals are strings, so that JavaScript clients lose no digits.
 *
 * <p>Reading checks the whole document and builds the catalog with every check of
 * {@link Catalog.Builder#build()}; any problem is a {@link CatalogJsonException} that says where
 * and what, and no half-built catalog is ever returned. Documents over {@link #maxDocumentBytes()}
 * are refused. Writing then reading gives an equal catalog. Immutable and thread-safe.
 */
public final class CatalogJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "investment-catalog";
    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The default size limit of a document: 256 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 256L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final long maxDocumentBytes;

    private CatalogJson(long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxDocumentBytes)
                        .maxNestingDepth(64)
                        .maxNumberLength(100)
                        .maxStringLength(16 * 1024 * 1024)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * The reader and writer with the default size limit.
     *
     * @return the instance, never null
     */
    public static CatalogJson standard() {
        return Holder.STANDARD;
    }

    /**
     * A reader and writer with another size limit.
     *
     * @param maxDocumentBytes the largest document read, in bytes, at least 1
     * @return the instance, never null
     * @throws IllegalArgumentException when the limit is less than 1
     */
    public static CatalogJson withMaxDocumentBytes(long maxDocumentBytes) {
        if (maxDocumentBytes < 1) {
            throw new IllegalArgumentException("maxDocumentBytes must be at least 1: " + maxDocumentBytes);
        }
        return new CatalogJson(maxDocumentBytes);
    }

    /**
     * The size limit of a document read.
     *
     * @return bytes
     */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /**
     * Writes a catalog.
     *
     * @param catalog the catalog, not null
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(Catalog catalog, OutputStream out) throws IOException {
        ObjectNode root = new JsonWriter(mapper).catalog(catalog);
        mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
    }

    /**
     * Writes a catalog to a file, replacing it.
     *
     * @param catalog the catalog, not null
     * @param file    the file, not null
     * @throws IOException when writing fails
     */
    public void write(Catalog catalog, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(catalog, out);
        }
    }

    /**
     * Writes a catalog to a string.
     *
     * @param catalog the catalog, not null
     * @return the JSON text, never null
     */
    public String writeString(Catalog catalog) {
        try {
            return mapper.writeValueAsString(new JsonWriter(mapper).catalog(catalog));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write catalog JSON", e);
        }
    }

    /**
     * Reads a catalog.
     *
     * @param in the document; not closed
     * @return the catalog, never null
     * @throws CatalogJsonException when the document is not a valid catalog
     * @throws IOException          when reading fails
     */
    public Catalog read(InputStream in) throws CatalogJsonException, IOException {
        return new JsonReader().catalog(parse(in));
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
     * Reads a catalog from a string.
     *
     * @param json the document, not null
     * @return the catalog, never null
     * @throws CatalogJsonException when the document is not a valid catalog
     */
    public Catalog readString(String json) throws CatalogJsonException {
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (CatalogJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new CatalogJsonException("", e.getMessage(), e);
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
        return new JsonReader().referenceData(parse(in), "");
    }

    /**
     * Writes reference data alone, in the form {@link #readReferenceData(InputStream)} reads.
     *
     * @param data the reference data, not null
     * @param out  where to write; not closed
     * @throws IOException when writing fails
     */
    public void writeReferenceData(ReferenceData data, OutputStream out) throws IOException {
        mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new JsonWriter(mapper).referenceData(data));
    }

    private JsonNode parse(InputStream in) throws CatalogJsonException, IOException {
        try {
            JsonNode node = mapper.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new CatalogJsonException("", "The document is empty; expected a JSON object.", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CatalogJsonException(where, "Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static CatalogJsonException invalid(InvalidCatalogException e) {
        return new CatalogJsonException("", e.getMessage(), e);
    }

    private static final class Holder {
        private static final CatalogJson STANDARD = new CatalogJson(DEFAULT_MAX_DOCUMENT_BYTES);
    }
}
