package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.text.PersianNormalizer;
import ir.anzali.investment.catalog.validation.PlainText;
import ir.anzali.investment.catalog.validation.TextLength;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where an opportunity lies and on what land. Every part is optional. Immutable and thread-safe.
 *
 * @param area       the named part of the zone or city, normalized, at most 100 characters
 * @param address    the address, normalized, at most 300 characters
 * @param latitude   degrees, −90 to 90, given with the longitude (a rule of the opportunity)
 * @param longitude  degrees, −180 to 180, given with the latitude (a rule of the opportunity)
 * @param landAreaM2 the land area in square metres, greater than zero; kept without
 *                   trailing zeros after the decimal point
 * @param landTenure how the land is made available
 */
public record Location(
        @TextLength(max = 100) @PlainText @Nullable String area,
        @TextLength(max = 300) @PlainText @Nullable String address,
        @DecimalMin(value = "-90", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "90", message = "{ir.anzali.investment.catalog.Max.message}") @Nullable BigDecimal latitude,
        @DecimalMin(value = "-180", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "180", message = "{ir.anzali.investment.catalog.Max.message}") @Nullable BigDecimal longitude,
        @DecimalMin(value = "0", inclusive = false, message = "{ir.anzali.investment.catalog.Greater.message}")
        @Nullable BigDecimal landAreaM2,
        @Nullable LandTenure landTenure) {

    /** A location with nothing known. */
    public static final Location UNKNOWN = new Location(null, null, null, null, null, null);

    /** The most digits a land area has before the decimal point, and after it. */
    private static final int MAX_AREA_DIGITS = 30;

    /**
     * Normalizes the text ({@link PersianNormalizer}; blank text is absent) and keeps the land area
     * without trailing zeros, so that {@code 12.50} and {@code 12.5} square metres are the same
     * location.
     *
     * @throws IllegalArgumentException when the land area has more than 30 digits before the
     *                                  decimal point or after it
     */
    public Location {
        area = PersianNormalizer.normalizeToNull(area);
        address = PersianNormalizer.normalizeToNull(address);
        if (landAreaM2 != null && !(landAreaM2.scale() == 0 && landAreaM2.precision() <= MAX_AREA_DIGITS)) {
            // A whole area of scale zero within the digits is kept as it is: stripped, it would come back the same.
            BigDecimal m2 = landAreaM2.signum() == 0 ? BigDecimal.ZERO : landAreaM2.stripTrailingZeros();
            if ((long) m2.precision() - m2.scale() > MAX_AREA_DIGITS || m2.scale() > MAX_AREA_DIGITS) {
                throw new IllegalArgumentException("Land area has more than " + MAX_AREA_DIGITS
                        + " digits before or after the decimal point");
            }
            landAreaM2 = m2.scale() < 0 ? m2.setScale(0) : m2;
        }
    }

    /**
     * Tells whether nothing is known.
     *
     * @return true when every part is null
     */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}
