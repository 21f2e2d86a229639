package ir.anzali.investment.catalog.text;

import ir.anzali.investment.catalog.internal.text.Digits;
import ir.anzali.investment.catalog.internal.text.NumberWords;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers as catalog data writes them (CSV format §4): ASCII, Persian and Arabic-Indic
 * digits; group separators {@code ,} {@code ٬} (U+066C) or a space between groups of three; a
 * decimal point {@code .}, {@code ٫} (U+066B) or {@code /} between digits ({@code ۲/۵} is 2.5); a
 * leading {@code -} or {@code −} (U+2212). The text is normalized first ({@link PersianNormalizer}),
 * so invisible marks copied with it are ignored.
 *
 * <p>Grouping is checked: {@code 1,200,000,000} is 1200000000, and {@code 1,5} is refused rather
 * than read as one and a half or as fifteen. At most {@value #MAX_SIGNIFICANT_DIGITS} significant
 * digits and {@value #MAX_FRACTION_DIGITS} decimals are read, and exponent notation ({@code 1e3}) is
 * refused, so that no number read here is ever costly to compute with or to print; a longer number
 * is refused before any {@link BigDecimal} is built from it. Every refusal is a
 * {@link NumberParseException} that says why. Stateless and thread-safe.
 */
public final class NumberParser {

    /** The most significant digits a number may have: digits from the first that is not zero. */
    public static final int MAX_SIGNIFICANT_DIGITS = 30;
    /** The most digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 30;
    /** The most digits written, leading zeros included. */
    private static final int MAX_WRITTEN_DIGITS = 2 * MAX_SIGNIFICANT_DIGITS;

    private NumberParser() {
    }

    /**
     * Parses a decimal number, such as a coordinate or a percentage: a single decimal separator
     * followed by three digits is a decimal ({@code 49.462}).
     *
     * @param text the text, not null; surrounding white space is ignored
     * @return the number, never null, with the scale written (trailing zeros kept)
     * @throws NumberParseException when the text is not such a number; the message quotes it
     */
    public static BigDecimal parseDecimal(String text) {
        return parse(text, false, false);
    }

    /**
     * Parses a quantity — an amount or an area — where {@code 1.500} could as well be fifteen
     * hundred as one and a half: a number whose only separator is one {@code .}, {@code ٫} or
     * {@code /} followed by exactly three digits, after one to three digits that do not start with
     * zero, is refused as {@link NumberParseException.Reason#AMBIGUOUS}, with both readings.
     *
     * @param text the text, not null
     * @return the number, never null
     * @throws NumberParseException when the text is not a number or is ambiguous
     */
    public static BigDecimal parseUnambiguous(String text) {
        return parse(text, true, false);
    }

    /**
     * Parses the plain form that {@link BigDecimal#toPlainString()} writes and the catalog's JSON
     * holds: an optional {@code -}, ASCII digits, and optionally {@code .} and more digits, with the
     * same limits on digits as {@link #parseDecimal(String)}; nothing else, not even white space.
     *
     * @param text the text, not null
     * @return the number, never null
     * @throws NumberParseException when the text is not in that form
     */
    public static BigDecimal parsePlain(String text) {
        return parse(text, false, true);
    }

    /**
     * Parses a whole number.
     *
     * @param text the text, not null
     * @return the number
     * @throws NumberParseException when the text is not a whole number in the range of {@code long}
     */
    public static long parseInteger(String text) {
        BigDecimal value = parseDecimal(text);
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new NumberParseException(NumberParseException.Reason.NOT_WHOLE, text,
                    "it is not a whole number, or too large for one", List.of());
        }
    }

    /**
     * Reads a number. Text that reads as a number as it is written is not normalized first: every
     * character such a number holds — digits, signs, separators, single spaces between groups — is
     * one that normalization keeps, but for a no-break space, which it makes a space and which is
     * read as one; so normalizing would change nothing that is read. Other text is read again,
     * normalized, which gives every refusal.
     */
    private static BigDecimal parse(String text, boolean refuseAmbiguous, boolean plain) {
        if (plain) {
            return Objects.requireNonNull(read(text, text, refuseAmbiguous, true, false));
        }
        BigDecimal asWritten = read(text, text, refuseAmbiguous, false, true);
        return asWritten != null ? asWritten
                : Objects.requireNonNull(read(text, PersianNormalizer.normalize(text), refuseAmbiguous, false, false));
    }

    /**
     * Reads the number in {@code s}.
     *
     * @param text      the text as given, quoted by a refusal
     * @param s         the text to read: the text normalized, or as written
     * @param tentative whether to give null instead of a refusal, for text read as written
     * @return the number, or null when tentative and the text is no number as written
     */
    private static @Nullable BigDecimal read(String text, String s, boolean refuseAmbiguous, boolean plain,
            boolean tentative) {
        int n = s.length();
        if (n == 0) {
            return refuse(tentative, text, NumberParseException.Reason.NOT_A_NUMBER, "it is empty");
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '\u2212' && !plain) {
            negative = true;
            i = 1;
        }
        long small = 0;
        char[] digits = null;
        int digitCount = 0;
        int leadingZeros = 0;
        int scale = -1;
        int groupLength = 0;
        int groupCount = 1;
        char separator = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int v = Digits.value(c);
            if (v >= 0) {
                if (plain && c > '9') {
                    return refuse(tentative, text, NumberParseException.Reason.NOT_A_NUMBER, "write ASCII digits 0-9");
                }
                if (digitCount == MAX_WRITTEN_DIGITS) {
                    return refuse(tentative, () -> tooManyDigits(text));
                }
                if (v == 0 && leadingZeros == digitCount) {
                    leadingZeros++;
                }
                if (digitCount < 18) {
                    small = small * 10 + v;
                } else {
                    if (digits == null) {
                        digits = new char[MAX_WRITTEN_DIGITS];
                        String head = Long.toString(small);
                        int pad = 18 - head.length();
                        Arrays.fill(digits, 0, pad, '0');
                        head.getChars(0, head.length(), digits, pad);
                    }
                    digits[digitCount] = (char) ('0' + v);
                }
                digitCount++;
                if (scale >= 0) {
                    scale++;
                } else {
                    groupLength++;
                }
                continue;
            }
            if (c == '.' || !plain && (c == '\u066B' || c == '/')) {
                if (scale >= 0) {
                    return refuse(tentative, text, NumberParseException.Reason.NOT_A_NUMBER, "it has two decimal points");
                }
                if (groupLength == 0 || (groupCount > 1 && groupLength != 3)) {
                    return refuse(tentative, text, NumberParseException.Reason.GROUPING, "digits are grouped wrongly");
                }
                scale = 0;
                continue;
            }
            if (!plain && (c == ',' || c == '\u066C' || c == ' ' || c == '\u00A0' || c == '\u202F')) {
                char kind = (c == ',' || c == '\u066C') ? ',' : ' ';
                if (scale >= 0 || groupLength == 0 || groupLength > 3 || (groupCount > 1 && groupLength != 3)
                        || (separator != 0 && separator != kind)) {
                    return refuse(tentative, text, NumberParseException.Reason.GROUPING,
                            "digits are grouped wrongly; write groups of three, like 1,200,000");
                }
                separator = kind;
                groupCount++;
                groupLength = 0;
                continue;
            }
            if (tentative) {
                return null;
            }
            if ((c == 'e' || c == 'E') && digitCount > 0 && isExponent(s, i + 1)) {
                throw invalid(text, NumberParseException.Reason.EXPONENT,
                        "exponent notation such as 1e3 is not read; write all the digits");
            }
            if (!plain && NumberWords.isNumberInWords(s)) {
                throw invalid(text, NumberParseException.Reason.WORDS, "it is written in words; write it in digits");
            }
            throw invalid(text, NumberParseException.Reason.NOT_A_NUMBER, "'" + c + "' is not a digit");
        }
        if (digitCount == 0) {
            return refuse(tentative, text, NumberParseException.Reason.NOT_A_NUMBER, "it has no digits");
        }
        if (scale == 0) {
            return refuse(tentative, text, NumberParseException.Reason.NOT_A_NUMBER, "no digits follow the decimal point");
        }
        if (scale < 0 && groupCount > 1 && groupLength != 3) {
            return refuse(tentative, text, NumberParseException.Reason.GROUPING,
                    "digits are grouped wrongly; write groups of three, like 1,200,000");
        }
        if (digitCount - leadingZeros > MAX_SIGNIFICANT_DIGITS || scale > MAX_FRACTION_DIGITS) {
            return refuse(tentative, () -> tooManyDigits(text));
        }
        int finalScale = Math.max(scale, 0);
        BigDecimal value;
        if (digitCount <= 18) {
            value = BigDecimal.valueOf(negative ? -small : small, finalScale);
        } else {
            BigInteger unscaled = new BigInteger(new String(digits, 0, digitCount));
            value = new BigDecimal(negative ? unscaled.negate() : unscaled, finalScale);
        }
        int wholeDigits = digitCount - finalScale;
        if (refuseAmbiguous && scale == 3 && groupCount == 1 && wholeDigits <= 3 && leadingZeros == 0) {
            BigDecimal read = value;
            return refuse(tentative, () -> new NumberParseException(NumberParseException.Reason.AMBIGUOUS, text,
                    "the separator may be a decimal point or a thousands separator",
                    List.of(read, read.movePointRight(3))));
        }
        return value;
    }

    /**
     * Writes a number in the plain form, so that {@link #parseUnambiguous(String)} reads it back as
     * the same value: where the plain form would have one to three digits, a point and exactly three
     * decimals ({@code 1.234}), a zero is added ({@code 1.2340}).
     *
     * @param value the number, not null
     * @return the text, never null
     */
    public static String writeUnambiguous(BigDecimal value) {
        String plain = value.toPlainString();
        int point = plain.indexOf('.');
        int whole = point - (value.signum() < 0 ? 1 : 0);
        boolean ambiguous = point >= 0 && plain.length() - point - 1 == 3 && whole >= 1 && whole <= 3
                && plain.charAt(value.signum() < 0 ? 1 : 0) != '0';
        return ambiguous ? plain + "0" : plain;
    }

    /** Whether an exponent's digits, with an optional sign, start at {@code i}. */
    private static boolean isExponent(String s, int i) {
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        return i < s.length() && Digits.value(s.charAt(i)) >= 0;
    }

    private static NumberParseException tooManyDigits(String text) {
        return invalid(text, NumberParseException.Reason.TOO_MANY_DIGITS, "it has more than "
                + MAX_SIGNIFICANT_DIGITS + " significant digits or " + MAX_FRACTION_DIGITS + " decimals");
    }

    /** Refuses text: null when tentative, else the refusal, thrown. */
    private static @Nullable BigDecimal refuse(boolean tentative, String text, NumberParseException.Reason reason,
            String why) {
        return refuse(tentative, () -> invalid(text, reason, why));
    }

    /** Refuses text: null when tentative, else the refusal made, thrown. */
    private static @Nullable BigDecimal refuse(boolean tentative, Supplier<NumberParseException> refusal) {
        if (tentative) {
            return null;
        }
        throw refusal.get();
    }

    private static NumberParseException invalid(String text, NumberParseException.Reason reason, String why) {
        return new NumberParseException(reason, text, why, List.of());
    }
}
