package ir.anzali.investment.catalog.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import ir.anzali.investment.catalog.incentive.IncentiveId;
import ir.anzali.investment.catalog.internal.LostLetters;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.opportunity.OpportunityId;
import ir.anzali.investment.catalog.reference.Agency;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.reference.Sector;
import ir.anzali.investment.catalog.reference.Subsector;
import ir.anzali.investment.catalog.text.Named;
import ir.anzali.investment.catalog.text.NumberParseException;
import ir.anzali.investment.catalog.text.NumberParser;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the values of the catalog are written in its JSON format: decimals and amounts as strings in
 * the plain form, read with the CSV format's number rules ({@link NumberParser#parsePlain(String)});
 * dates as ISO strings; ids as strings; sectors, subsectors and agencies by code, looked up in the
 * document's reference data ({@link #REFERENCE_DATA}); money as {@code {"amount": …, "currency": …}}.
 * Text that a file cannot carry back ({@link PersianNormalizer#findNonText(CharSequence)}) is
 * refused at its path, whatever value it is read into.
 */
final class CatalogModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The attribute under which a reader finds the reference data that codes are looked up in. */
    static final Class<ReferenceData> REFERENCE_DATA = ReferenceData.class;

    CatalogModule() {
        super("investment-catalog");
        addSerializer(BigDecimal.class, new Writing<>(BigDecimal.class, BigDecimal::toPlainString));
        addDeserializer(BigDecimal.class, new Reading<>(BigDecimal.class, CatalogModule::decimal));
        addSerializer(LocalDate.class, new Writing<>(LocalDate.class, LocalDate::toString));
        addDeserializer(LocalDate.class, new Reading<>(LocalDate.class, CatalogModule::date));
        addSerializer(OpportunityId.class, new Writing<>(OpportunityId.class, OpportunityId::value));
        addDeserializer(OpportunityId.class, new Reading<>(OpportunityId.class, OpportunityId::new));
        addSerializer(IncentiveId.class, new Writing<>(IncentiveId.class, IncentiveId::value));
        addDeserializer(IncentiveId.class, new Reading<>(IncentiveId.class, IncentiveId::new));
        addSerializer(Sector.class, new Writing<>(Sector.class, Named::code));
        addDeserializer(Sector.class, new ByCode<>(Sector.class, (data, code) -> data.sector(code), "Sector"));
        addSerializer(Agency.class, new Writing<>(Agency.class, Named::code));
        addDeserializer(Agency.class, new ByCode<>(Agency.class, (data, code) -> data.agency(code), "Agency"));
        addSerializer(Subsector.class, new Writing<>(Subsector.class, Named::code));
        addDeserializer(Subsector.class, new ByCode<>(Subsector.class, CatalogModule::subsector, "Subsector"));
        addSerializer(Money.class, new MoneyWriting());
        addDeserializer(Money.class, new MoneyReading());
        addSerializer(Investment.class, new InvestmentWriting());
        addDeserializer(Investment.class, new InvestmentReading());
        addDeserializer(String.class, new TextReading());
    }

    /**
     * Reads a string as Jackson does, and refuses a control character, a lone surrogate or a noncharacter
     * in it, and letters lost to {@code ?} ({@link LostLetters}, as in a CSV file of UTF-8), which a CSV
     * file of it would be refused for.
     */
    private static final class TextReading extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        TextReading() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            int at = text == null ? -1 : PersianNormalizer.findNonText(text);
            if (at >= 0) {
                throw JsonMappingException.from(p, String.format("The text holds U+%04X, which is not text (a control"
                        + " character, half of a character whose other half is missing, or a noncharacter) and cannot"
                        + " be written to a file; remove it.", Character.codePointAt(text, at)));
            }
            if (text != null && LostLetters.in(text, false, false)) {
                throw JsonMappingException.from(p, "The text holds \"?\" in place of letters (\""
                        + JsonErrors.quote(text) + "\"): the program that saved it wrote \"?\" for each letter its encoding lacks, and those"
                        + " letters are lost. Take the text again from its original, saved as UTF-8; a question mark"
                        + " belongs after a word (\"چرا?\"), never right before a letter.");
            }
            return text;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return NumberParser.parsePlain(text);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a decimal number: \"" + e.text()
                    + "\"; decimals are written as strings of ASCII digits with an optional point, like \"12.5\", "
                    + "with at most " + NumberParser.MAX_SIGNIFICANT_DIGITS + " significant digits and no exponent");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO date: \"" + JsonErrors.quote(text) + "\"; write 2026-11-27");
        }
    }

    private static Optional<Subsector> subsector(ReferenceData data, String code) {
        return data.sectors().stream().flatMap(s -> s.subsectors().stream()).filter(s -> s.code().equals(code))
                .findFirst();
    }

    /** Writes a value as a string. */
    private static final class Writing<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> text;

        Writing(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(text.apply(value));
        }
    }

    /** Reads a value from a string; an {@link IllegalArgumentException} of the reading becomes an error at the value's path. */
    private static class Reading<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        /** How the text becomes a value; null in subclasses that convert by themselves. */
        private final transient @Nullable Function<String, T> read;

        Reading(Class<T> type, @Nullable Function<String, T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw JsonMappingException.from(p, "Expected a string, found " + JsonErrors.describe(p) + ".");
            }
            return convert(p, ctxt, p.getText());
        }

        T convert(JsonParser p, DeserializationContext ctxt, String text) throws JsonMappingException {
            try {
                return Objects.requireNonNull(read, "read").apply(text);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** Looks a code up in the reference data of the document being read. */
    private interface Lookup<T> {
        Optional<T> find(ReferenceData data, String code);
    }

    /** Reads a sector, subsector or agency by its code. */
    private static final class ByCode<T> extends Reading<T> {
        private static final long serialVersionUID = 1L;
        private final transient Lookup<T> lookup;
        private final String what;

        ByCode(Class<T> type, Lookup<T> lookup, String what) {
            super(type, null);
            this.lookup = lookup;
            this.what = what;
        }

        @Override
        T convert(JsonParser p, DeserializationContext ctxt, String code) throws JsonMappingException {
            ReferenceData data = (ReferenceData) ctxt.getAttribute(REFERENCE_DATA);
            return lookup.find(data, code).orElseThrow(() -> JsonMappingException.from(p, what + " " + JsonErrors.quote(code)
                    + " is not in the reference data; known: " + known(data) + "."));
        }

        private String known(ReferenceData data) {
            return switch (what) {
                case "Sector" -> data.sectors().toString();
                case "Agency" -> data.agencies().toString();
                default -> data.sectors().stream().flatMap(s -> s.subsectors().stream()).toList().toString();
            };
        }
    }

    /** Writes money as {@code {"amount": "…", "currency": "…"}}. */
    private static final class MoneyWriting extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneyWriting() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("amount", value.amount().toPlainString());
            g.writeStringField("currency", value.currency().getCurrencyCode());
            g.writeEndObject();
        }
    }

    /** Reads money, with the number rules of the CSV format and only currencies of money. */
    private static final class MoneyReading extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneyReading() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                throw JsonMappingException.from(p, "Expected {\"amount\": \"…\", \"currency\": \"IRR\"}, found "
                        + JsonErrors.describe(p) + ".");
            }
            String amount = null;
            String currency = null;
            for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                if (!key.equals("amount") && !key.equals("currency")) {
                    throw JsonErrors.at(p, key, "Unknown key; allowed here: [amount, currency].");
                }
                if (value != JsonToken.VALUE_STRING) {
                    throw JsonErrors.at(p, key, "Expected a string, found " + JsonErrors.describe(p) + ".");
                }
                if (key.equals("amount")) {
                    amount = p.getText();
                } else {
                    currency = p.getText();
                }
            }
            if (amount == null) {
                throw JsonErrors.at(p, "amount", "Missing.");
            }
            if (currency == null) {
                throw JsonErrors.at(p, "currency", "Missing.");
            }
            BigDecimal value;
            try {
                value = decimal(amount);
            } catch (IllegalArgumentException e) {
                throw JsonErrors.at(p, "amount", JsonErrors.message(e));
            }
            Currency code;
            try {
                code = Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
                throw JsonErrors.at(p, "currency", "Not an ISO 4217 currency code: \"" + JsonErrors.quote(currency)
                        + "\".");
            }
            try {
                return Money.of(value, code);
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage());
            }
        }
    }

    /** Writes an investment in one currency as its money, and one in several as an array of them. */
    private static final class InvestmentWriting extends StdSerializer<Investment> {
        private static final long serialVersionUID = 1L;
        private static final MoneyWriting MONEY = new MoneyWriting();

        InvestmentWriting() {
            super(Investment.class);
        }

        @Override
        public void serialize(Investment value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (value.isSingle()) {
                MONEY.serialize(value.first(), g, provider);
                return;
            }
            g.writeStartArray();
            for (Money part : value.parts()) {
                MONEY.serialize(part, g, provider);
            }
            g.writeEndArray();
        }
    }

    /** Reads an investment: one money, or an array of at least one, never two in one currency. */
    private static final class InvestmentReading extends StdDeserializer<Investment> {
        private static final long serialVersionUID = 1L;
        private static final MoneyReading MONEY = new MoneyReading();

        InvestmentReading() {
            super(Investment.class);
        }

        @Override
        public Investment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_ARRAY)) {
                return Investment.of(MONEY.deserialize(p, ctxt));
            }
            List<Money> parts = new ArrayList<>();
            Set<Currency> currencies = new HashSet<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                Money part;
                try {
                    part = MONEY.deserialize(p, ctxt);
                } catch (JsonMappingException e) {
                    e.prependPath(null, i);
                    throw e;
                }
                if (!currencies.add(part.currency())) {
                    JsonMappingException e = JsonMappingException.from(p, "A second amount in "
                            + part.currency().getCurrencyCode() + "; give one amount per currency.");
                    e.prependPath(null, i);
                    throw e;
                }
                parts.add(part);
            }
            if (parts.isEmpty()) {
                throw JsonMappingException.from(p, "Expected at least one amount, found an empty array.");
            }
            return new Investment(parts);
        }
    }
}
