package ir.anzali.investment.catalog.opportunity;

import ir.anzali.investment.catalog.validation.CoordinatesPaired;
import ir.anzali.investment.catalog.validation.TextLength;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/**
 * Where an opportunity lies and on what land. Every part is optional. Immutable and thread-safe.
 *
 * @param area       the named part of the zone or city, at most 100 characters, or null
 * @param address    the address, at most 300 characters, or null
 * @param latitude   degrees, −90 to 90, given with the longitude, or null
 * @param longitude  degrees, −180 to 180, given with the latitude, or null
 * @param landAreaM2 the land area in square metres, greater than zero, or null
 * @param landTenure how the land is made available, or null
 */
@CoordinatesPaired
public record Location(
        @TextLength(max = 100) String area,
        @TextLength(max = 300) String address,
        @DecimalMin(value = "-90", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "90", message = "{ir.anzali.investment.catalog.Max.message}") BigDecimal latitude,
        @DecimalMin(value = "-180", message = "{ir.anzali.investment.catalog.Min.message}")
        @DecimalMax(value = "180", message = "{ir.anzali.investment.catalog.Max.message}") BigDecimal longitude,
        @DecimalMin(value = "0", inclusive = false, message = "{ir.anzali.investment.catalog.Greater.message}")
        BigDecimal landAreaM2,
        LandTenure landTenure) {

    /** A location with nothing known. */
    public static final Location UNKNOWN = new Location(null, null, null, null, null, null);

    /**
     * Tells whether nothing is known.
     *
     * @return true when every part is null
     */
    public boolean isUnknown() {
        return equals(UNKNOWN);
    }
}
