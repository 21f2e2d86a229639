package ir.anzali.investment.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Decimals for property tests: zeros, trailing zeros, negative values and scales, and up to 50 digits. */
public final class RandomDecimals {

    private RandomDecimals() {
    }

    /**
     * A decimal drawn from a seeded generator.
     *
     * @param random the generator
     * @return the decimal, never null
     */
    public static BigDecimal next(SplittableRandom random) {
        BigInteger unscaled = switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(-20, 20));
            case 1 -> BigInteger.valueOf(random.nextLong(-1_000_000, 1_000_000)).multiply(BigInteger.TEN.pow(random.nextInt(0, 12)));
            case 2 -> new BigInteger(random.nextInt(1, 170), new java.util.Random(random.nextLong()));
            default -> BigInteger.valueOf(random.nextLong());
        };
        int scale = random.nextInt(3) == 0 ? random.nextInt(-6, 7) : 0;
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
    }

    /**
     * What a conversion of a decimal gives: its result, or the message of the
     * {@link IllegalArgumentException} it throws, so that two conversions compare whole.
     *
     * @param conversion the conversion
     * @return the decimal, or the message
     */
    public static Object outcome(Supplier<BigDecimal> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
