package dev.gorgiasbridge.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gorgiasbridge.adapters.persistence.testing.TestPostgres;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.in.Finding.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MigrationCheckTest {

    @Test
    void a_fresh_database_fails_with_its_pending_migrations_and_passes_once_migrated() {
        try (var server = TestPostgres.create("migration_check"); var database = PostgresDatabase.connect(server.settings())) {
            Finding before = database.migrationCheck().check().getFirst();
            database.migrate();
            Finding after = database.migrationCheck().check().getFirst();

            assertThat(before.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(before.reason()).contains("migration(s) pending").contains("migrate");
            assertThat(after.verdict()).isEqualTo(Verdict.PASS);
            assertThat(after.reason()).contains("nothing pending");
        }
    }

    @Test
    void an_unreachable_database_fails_with_the_reason() {
        try (var database = PostgresDatabase.connect(new PostgresSettings("jdbc:postgresql://127.0.0.1:1/none", "nobody",
                "not-the-password", 2, Duration.ofSeconds(1)))) {
            Finding finding = database.migrationCheck().check().getFirst();

            assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(finding.reason()).startsWith("cannot read the schema").doesNotContain("not-the-password");
        }
    }
}
