package ir.anzali.investment.catalog.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration of the store's tables written in Java, where it needs the library's own functions:
 * its version, which is also its checksum, and its description, run in Flyway's transaction.
 */
public abstract class StoreMigration implements JavaMigration {

    private final int version;
    private final String description;

    /**
     * A migration.
     *
     * @param version     its number, after those of the migrations before it
     * @param description what it does, not null
     */
    StoreMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        upgrade(context.getConnection());
    }

    /**
     * Changes the tables, and what they hold.
     *
     * @param c the connection, in the migration's transaction
     * @throws SQLException when a statement fails
     */
    abstract void upgrade(Connection c) throws SQLException;
}
