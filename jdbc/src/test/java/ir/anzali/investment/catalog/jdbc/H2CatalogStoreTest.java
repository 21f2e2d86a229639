package ir.anzali.investment.catalog.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

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

    static DataSource h2(String url) {
        return new UrlDataSource(url, "sa", "");
    }
}
