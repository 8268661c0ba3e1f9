package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.adapters.persistence.testing.MigratedPostgres;
import dev.gorgiasbridge.application.contract.EventListingContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEventListingTest extends EventListingContract {
    @RegisterExtension
    static final MigratedPostgres postgres = new MigratedPostgres("listing");



    @Override
    protected Store freshStore() {
        postgres.database().jdbi().useHandle(h -> h.execute("TRUNCATE webhook_events CASCADE"));
        return new Store(postgres.database().eventInbox(), postgres.database().eventListing());
    }
}
