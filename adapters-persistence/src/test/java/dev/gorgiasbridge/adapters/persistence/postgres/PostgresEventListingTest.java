package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.application.contract.EventListingContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresEventListingTest extends EventListingContract {
    private static TestPostgres server;
    private static PostgresDatabase database;

    @BeforeAll
    static void start() {
        server = TestPostgres.create("listing");
        database = server.migrated();
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected Store freshStore() {
        database.jdbi().useHandle(h -> h.execute("TRUNCATE webhook_events CASCADE"));
        return new Store(database.eventInbox(), database.eventListing());
    }
}
