package ir.anzali.investment.catalog.spring.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Sets how long a request waits for a connection of Spring Boot's HikariCP pool: the starter's
 * {@code investment-catalog.store.connection-timeout} (a few seconds, for a clerk waiting on an
 * upload) instead of HikariCP's 30 seconds, so that a database that cannot be reached is answered
 * 503 in that time. The application's own {@code spring.datasource.hikari.connection-timeout} wins:
 * a pool it sets is left as it is.
 */
public final class PoolWait implements BeanPostProcessor {

    /** The property of Spring Boot's pool that, when set, is left to decide. */
    public static final String SPRING_PROPERTY = "spring.datasource.hikari.connection-timeout";

    private final Environment environment;
    private final Duration wait;

    /**
     * A wait for the pools of an application.
     *
     * @param environment where {@value #SPRING_PROPERTY} may be set, not null
     * @param wait        the wait, at least 250 ms (HikariCP's least), not null
     * @throws IllegalArgumentException when the wait is shorter than 250 ms
     */
    public PoolWait(Environment environment, Duration wait) {
        this.environment = Objects.requireNonNull(environment, "environment");
        if (wait.toMillis() < 250) {
            throw new IllegalArgumentException("investment-catalog.store.connection-timeout is " + wait.toMillis()
                    + "ms: a pool waits at least 250ms for a connection; set 250ms or more, such as 5s");
        }
        this.wait = wait;
    }

    /**
     * A HikariCP pool with the wait, unless the application set its own; any other bean as it is.
     *
     * @param bean the bean, not null
     * @param name its name
     * @return the same bean
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && !environment.containsProperty(SPRING_PROPERTY)) {
            pool.setConnectionTimeout(wait.toMillis());
        }
        return bean;
    }
}
