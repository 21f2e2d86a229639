package ir.anzali.investment.catalog.spring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The {@code investment-catalog.*} properties. Immutable.
 *
 * @param language      the language of reports and problem details when a request's
 *                      {@code Accept-Language} asks for neither Persian nor English: {@code fa} (the
 *                      default) or {@code en}
 * @param referenceData a JSON file of reference data (sectors and agencies) in the form of
 *                      {@code CatalogJson.readReferenceData}, such as {@code file:config/reference.json};
 *                      unset, the library's defaults. An application's own {@code ReferenceData} bean wins.
 * @param importing     the {@code investment-catalog.import.*} settings of the importer
 * @param store         the {@code investment-catalog.store.*} settings of the database store
 */
@ConfigurationProperties("investment-catalog")
public record CatalogProperties(@DefaultValue("fa") Locale language, @Nullable Resource referenceData,
        @Name("import") @DefaultValue Import importing, @DefaultValue Store store) {

    /**
     * The {@code investment-catalog.store.*} properties: the store in the application's database,
     * provided when the database module and a {@code DataSource} are present.
     *
     * @param migrate           whether the catalog's tables are created or upgraded when the application
     *                          starts (default true); false when the database's owner applies the
     *                          migrations, or the database may only be read
     * @param connectionTimeout how long a request waits for a connection of Spring Boot's HikariCP pool
     *                          before it is answered 503, at least 250ms (default 5s, instead of
     *                          HikariCP's 30s); {@code spring.datasource.hikari.connection-timeout}, when
     *                          set, wins
     */
    public record Store(@DefaultValue("true") boolean migrate, @DefaultValue("5s") Duration connectionTimeout) {
    }

    /**
     * The {@code investment-catalog.import.*} properties: how the importer reads uploads.
     *
     * @param threads            worker threads that map the rows of one reading, 1 to 64 (default 1: the
     *                           request's own thread). The name stays when the importer takes an
     *                           executor: it is the number of tasks a reading may run at once.
     * @param errorLimit         how many errors a report lists; the rest are counted (default 1000)
     * @param maxOpportunities   the most opportunities one import takes in (default 65536, for a 256 MiB heap)
     * @param maxIncentives      the most incentives one import takes in (default 4096)
     * @param maxFileSize        the most bytes of one file an import takes in (default 128MB); past it,
     *                           the answer is 413 with the report
     * @param temporaryDirectory the folder for the owner-only copies of uploads and the other temporary
     *                           files of a reading; unset, {@code java.io.tmpdir}
     * @param smallestRials      the smallest plausible investment or minimum investment in rials, not
     *                           negative: a smaller one is {@code out-of-range}, with a message proposing
     *                           the missing scale word (default 1000000000, the CSV format's; 0 for none)
     * @param smallestForeignAmount the same in any other currency, in its units (default 1000; 0 for none)
     */
    public record Import(@DefaultValue("1") int threads, @DefaultValue("1000") int errorLimit,
            @DefaultValue("65536") long maxOpportunities, @DefaultValue("4096") long maxIncentives,
            @DefaultValue("128MB") DataSize maxFileSize, @Nullable Path temporaryDirectory,
            @DefaultValue("1000000000") BigDecimal smallestRials, @DefaultValue("1000") BigDecimal smallestForeignAmount) {
    }
}
