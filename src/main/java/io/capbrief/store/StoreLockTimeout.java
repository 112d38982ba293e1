package io.capbrief.store;

import java.util.Locale;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Sets {@link StoreSettings#lockTimeout()} on every connection of the pool, in the dialect of its
 * database, so that a transaction left holding a lock (a stuck process on the shared PostgreSQL
 * store) fails the run that waits for it instead of blocking it for ever. A
 * {@code spring.datasource.hikari.connection-init-sql} set by the operator is left as it is.
 */
@Component
class StoreLockTimeout implements BeanPostProcessor {

    // a provider: a post-processor is made before the settings are bound
    private final ObjectProvider<StoreSettings> settings;

    StoreLockTimeout(ObjectProvider<StoreSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
            statement(pool.getJdbcUrl(), settings.getObject()).ifPresent(pool::setConnectionInitSql);
        }
        return bean;
    }

    /**
     * The statement that sets the lock timeout of a session on the database of this URL; none for
     * other databases, nor for an H2 URL that sets its own LOCK_TIMEOUT.
     */
    static Optional<String> statement(String url, StoreSettings settings) {
        long millis = settings.lockTimeout().toMillis();
        String jdbc = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (jdbc.startsWith("jdbc:h2:") && !jdbc.contains(";lock_timeout=")) {
            return Optional.of("SET LOCK_TIMEOUT " + millis);
        }
        if (jdbc.startsWith("jdbc:postgresql:")) {
            return Optional.of("SET lock_timeout = " + millis);
        }
        return Optional.empty();
    }
}
