package ir.anzali.investment.catalog.validation;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.money.Investment;
import ir.anzali.investment.catalog.money.Money;
import ir.anzali.investment.catalog.text.LocalizedText;
import ir.anzali.investment.catalog.text.PersianNormalizer;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The constraint validators of this package's annotations. They are public classes, as Bean
 * Validation providers instantiate them through their public constructors, nested in a class that
 * is not, so that they are no part of the API.
 */
final class Validators {

    private Validators() {
    }

    /** Checks the range. */
    public static final class CatalogDateValidator implements ConstraintValidator<CatalogDate, LocalDate> {
        private static final LocalDate FIRST_DATE = LocalDate.parse(CatalogDate.FIRST);
        private static final LocalDate LAST_DATE = LocalDate.parse(CatalogDate.LAST);

        /**
         * Tells whether a date lies in the catalog's range.
         *
         * @param value the date, or null
         * @return true when the date is null or in range
         */
        static boolean inRange(@Nullable LocalDate value) {
            return value == null || !value.isBefore(FIRST_DATE) && !value.isAfter(LAST_DATE);
        }

        @Override
        public boolean isValid(@Nullable LocalDate value, ConstraintValidatorContext context) {
            return inRange(value);
        }
    }

    /** Checks a string against {@link CatalogId#CatalogId.REGEX}. */
    public static final class CatalogIdValidator implements ConstraintValidator<CatalogId, String> {

        /**
         * Tells whether a value matches {@link CatalogId#CatalogId.REGEX}, without a regular-expression engine.
         *
         * @param value the value, or null
         * @return true when the value is null or matches
         */
        static boolean matches(@Nullable String value) {
            if (value == null) {
                return true;
            }
            int n = value.length();
            if (n < 3 || n > 40 || value.charAt(0) < 'A' || value.charAt(0) > 'Z') {
                return false;
            }
            for (int i = 1; i < n; i++) {
                char c = value.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return matches(value);
        }
    }

    /** Checks the scheme and host. */
    public static final class HttpUrlValidator implements ConstraintValidator<HttpUrl, URI> {

        /**
         * Tells whether a link is an absolute http or https URL.
         *
         * @param value the link, or null
         * @return true when the link is null or such a URL
         */
        static boolean isHttpUrl(@Nullable URI value) {
            if (value == null) {
                return true;
            }
            String scheme = value.getScheme();
            return value.toString().length() <= HttpUrl.MAX_LENGTH && value.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && value.getHost() != null;
        }

        @Override
        public boolean isValid(@Nullable URI value, ConstraintValidatorContext context) {
            return isHttpUrl(value);
        }
    }

    /** Checks the characters and counts the digits. */
    public static final class PhoneValidator implements ConstraintValidator<Phone, String> {

        /**
         * Tells whether a value is a phone number.
         *
         * @param value the value, or null
         * @return true when the value is null or a phone number
         */
        static boolean isPhone(@Nullable String value) {
            if (value == null) {
                return true;
            }
            if (value.length() > Phone.MAX_LENGTH) {
                return false;
            }
            int digits = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Digits.value(c) >= 0) {
                    digits++;
                } else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')') {
                    return false;
                }
            }
            return digits >= Phone.MIN_DIGITS && digits <= Phone.MAX_DIGITS;
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return isPhone(value);
        }
    }

    /** Checks the sign of the amount. */
    public static final class PositiveAmountValidator implements ConstraintValidator<PositiveAmount, Money> {
        @Override
        public boolean isValid(@Nullable Money value, ConstraintValidatorContext context) {
            return value == null || value.isPositive();
        }
    }

    /** Checks that a rial amount has no fraction. */
    public static final class WholeRialsValidator implements ConstraintValidator<WholeRials, Money> {
        @Override
        public boolean isValid(@Nullable Money value, ConstraintValidatorContext context) {
            return value == null || !value.currency().equals(Money.IRR) || value.amount().scale() <= 0;
        }
    }

    /** Checks that every part of an investment is greater than zero. */
    public static final class PositiveInvestmentValidator implements ConstraintValidator<PositiveAmount, Investment> {
        @Override
        public boolean isValid(@Nullable Investment value, ConstraintValidatorContext context) {
            if (value != null) {
                for (Money part : value.parts()) {
                    if (!part.isPositive()) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Checks that the rial part of an investment has no fraction. */
    public static final class WholeRialsInvestmentValidator implements ConstraintValidator<WholeRials, Investment> {
        @Override
        public boolean isValid(@Nullable Investment value, ConstraintValidatorContext context) {
            return value == null || value.in(Money.IRR).map(m -> m.amount().scale() <= 0).orElse(true);
        }
    }

    /** Checks a string. */
    public static final class PlainTextOfString implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || PersianNormalizer.findNonText(value) < 0;
        }
    }

    /** Checks both languages of a localized text. */
    public static final class PlainTextOfLocalizedText implements ConstraintValidator<PlainText, LocalizedText> {
        @Override
        public boolean isValid(@Nullable LocalizedText value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean faValid = value.fa() == null || PersianNormalizer.findNonText(value.fa()) < 0;
            boolean enValid = value.en() == null || PersianNormalizer.findNonText(value.en()) < 0;
            return faValid && enValid || Languages.report(context, faValid, enValid);
        }
    }

    /** Checks every item of a list. */
    public static final class PlainTextOfList implements ConstraintValidator<PlainText, List<String>> {
        @Override
        public boolean isValid(@Nullable List<String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            for (String item : value) {
                if (PersianNormalizer.findNonText(item) >= 0 || item.indexOf(';') >= 0 || item.indexOf('|') >= 0
                        || item.indexOf('\u060C') >= 0) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{ir.anzali.investment.catalog.PlainText.item.message}")
                            .addConstraintViolation();
                    return false;
                }
            }
            return true;
        }
    }

    /** Checks a string. */
    public static final class TextLengthOfString implements ConstraintValidator<TextLength, String> {
        private int max;

        @Override
        public void initialize(TextLength annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.length() <= max;
        }
    }

    /** Checks both languages of a localized text. */
    public static final class TextLengthOfLocalizedText implements ConstraintValidator<TextLength, LocalizedText> {
        private int max;

        @Override
        public void initialize(TextLength annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(@Nullable LocalizedText value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean faValid = value.fa() == null || value.fa().length() <= max;
            boolean enValid = value.en() == null || value.en().length() <= max;
            return faValid && enValid || Languages.report(context, faValid, enValid);
        }
    }

    /** Checks every item of a list, and the number of items. */
    public static final class TextLengthOfList implements ConstraintValidator<TextLength, List<String>> {
        private int max;
        private int maxItems;

        @Override
        public void initialize(TextLength annotation) {
            max = annotation.max();
            maxItems = annotation.maxItems();
        }

        @Override
        public boolean isValid(@Nullable List<String> value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean valid = value.size() <= maxItems;
            for (int i = 0; valid && i < value.size(); i++) {
                valid = value.get(i).length() <= max;
            }
            if (!valid) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{ir.anzali.investment.catalog.TextLength.list.message}")
                        .addConstraintViolation();
            }
            return valid;
        }
    }

    /** Reports a violation of a localized text on the language that breaks it ({@code title.fa}). */
    private static final class Languages {

            private Languages() {
            }

        /**
         * Replaces the default violation with one per language that is not valid.
         *
         * @return false, for the validator to return
         */
        static boolean report(ConstraintValidatorContext context, boolean faValid, boolean enValid) {
            context.disableDefaultConstraintViolation();
            String template = context.getDefaultConstraintMessageTemplate();
            if (!faValid) {
                context.buildConstraintViolationWithTemplate(template).addPropertyNode("fa").addConstraintViolation();
            }
            if (!enValid) {
                context.buildConstraintViolationWithTemplate(template).addPropertyNode("en").addConstraintViolation();
            }
            return false;
        }
    }
}
