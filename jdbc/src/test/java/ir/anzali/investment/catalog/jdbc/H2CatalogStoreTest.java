package ir.anzali.investment.catalog.jdbc;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The store on H2, the embedded default: a private in-memory database per test. */
class H2CatalogStoreTest extends CatalogStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String url = "";

    @Override
    DataSource freshDatabase() {
        url = "jdbc:h2:mem:catalog" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        return h2(url);
    }

    @Override
    DataSource impatient() {
        return h2(url + ";LOCK_TIMEOUT=50");
    }

    @Override
    DataSource wrongPassword() {
        return new UrlDataSource(url, "sa", "not-the-password");
    }

    /** H2 makes a missing database when asked for it, unless told {@code IFEXISTS=TRUE}. */
    @Override
    DataSource missingDatabase() {
        return h2("jdbc:h2:mem:not-there" + DATABASES.incrementAndGet() + ";IFEXISTS=TRUE");
    }

    @Test
    void an_h2_file_another_program_holds_open_is_in_use_said_in_persian_and_english() {
        StoreException e = new StoreException(StoreException.Task.SEARCHING, null,
                new SQLException("Database may be already in use", "90020", 90020));
        assertThat(e.failure()).isEqualTo(StoreException.Failure.IN_USE);
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("The catalog's database is open in another program, found"
                + " while searching the catalog: an H2 file opens in one program at a time. Try again when the other"
                + " program has finished.");
        assertThat(e.message(Locale.forLanguageTag("fa"))).startsWith("هنگام جست‌وجو در فهرست پایگاه دادهٔ فهرست"
                + " در برنامهٔ دیگری باز بود");
    }

    static DataSource h2(String url) {
        return new UrlDataSource(url, "sa", "");
    }
}
