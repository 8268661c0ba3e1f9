package dev.gorgiasbridge.adapters.persistence.testing;

import dev.gorgiasbridge.adapters.persistence.postgres.PostgresDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database with the schema migrated, for one test class: declare it as a static
 * {@code @RegisterExtension} field. Dropped after the class.
 */
public final class MigratedPostgres implements BeforeAllCallback, AfterAllCallback {
    private final String purpose;
    private TestPostgres server;
    private PostgresDatabase database;

    public MigratedPostgres(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestPostgres.create(purpose);
        database = server.migrated();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
    }

    public PostgresDatabase database() {
        return database;
    }

    public TestPostgres server() {
        return server;
    }

    /** Empties the tables (and what references them), for a test that needs a clean slate. */
    public void truncate(String tables) {
        database.jdbi().useHandle(h -> h.execute("TRUNCATE " + tables + " CASCADE"));
    }
}
