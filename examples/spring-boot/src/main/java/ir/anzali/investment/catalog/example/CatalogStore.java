package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.Catalog;
import ir.anzali.investment.catalog.reference.ReferenceData;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The application's catalog, in memory: read by any number of requests at once, replaced by one
 * import at a time, so that an import all or nothing is merged into the catalog it read against and
 * the heap holds one import's rows at most.
 */
@Component
public class CatalogStore {

    private final ReentrantLock imports = new ReentrantLock();
    private volatile Catalog current;

    /**
     * An empty catalog of the reference data.
     *
     * @param referenceData the reference data bean, not null
     */
    public CatalogStore(ReferenceData referenceData) {
        this.current = Catalog.empty(referenceData);
    }

    /**
     * The catalog as it is now.
     *
     * @return the catalog, never null
     */
    public Catalog current() {
        return current;
    }

    /**
     * Replaces the catalog by what an import makes of it, one import at a time.
     *
     * @param <T>    what the import gives
     * @param change the import, given the current catalog; not null
     * @param result the catalog an import's outcome holds, not null
     * @return what the import gave
     */
    public <T> T update(Function<Catalog, T> change, Function<T, Catalog> result) {
        imports.lock();
        try {
            T outcome = change.apply(current);
            current = result.apply(outcome);
            return outcome;
        } finally {
            imports.unlock();
        }
    }
}
