package ir.anzali.investment.catalog.csv.property;

/**
 * Runs a property for many seeds. A failing case names its seed; rerun one seed with
 * {@code -Dcatalog.seed=N}. The default base seed is fixed, so that every build checks the same
 * cases; {@code -Dcatalog.seed.base=N} explores others.
 */
public final class Seeds {

    /** A property of one seed. */
    public interface Property {
        void check(long seed) throws Exception;
    }

    private Seeds() {
    }

    public static void forEach(int cases, Property property) throws Exception {
        String one = System.getProperty("catalog.seed");
        long base = Long.getLong("catalog.seed.base", 20261127L);
        long first = one != null ? Long.parseLong(one) : base;
        int count = one != null ? 1 : cases;
        for (long seed = first; seed < first + count; seed++) {
            try {
                property.check(seed);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("Property failed for seed " + seed + " (rerun with -Dcatalog.seed=" + seed
                        + "): " + e.getMessage(), e);
            }
        }
    }
}
