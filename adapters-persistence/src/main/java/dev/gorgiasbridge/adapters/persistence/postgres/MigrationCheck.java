package dev.gorgiasbridge.adapters.persistence.postgres;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * The readiness item "database reachable and migrations current": asks Flyway what the database holds,
 * without migrating it; a pending or failed migration fails, as the service would start on a stale schema.
 */
final class MigrationCheck implements ReadinessCheck {
    static final String ITEM = "database reachable and migrations current";

    private final DataSource dataSource;

    MigrationCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String item() {
        return ITEM;
    }

    @Override
    public List<Finding> check() {
        MigrationInfoService info;
        try {
            info = Flyway.configure().dataSource(dataSource).locations(PostgresDatabase.MIGRATIONS).load().info();
        } catch (FlywayException e) {
            return List.of(Finding.fail(ITEM, "cannot read the schema: " + firstLine(e)));
        }
        long failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
        if (failed > 0) {
            return List.of(Finding.fail(ITEM, failed + " migration(s) failed; repair the database before going live"));
        }
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0) {
            return List.of(Finding.fail(ITEM, pending.length + " migration(s) pending, up to version "
                    + pending[pending.length - 1].getVersion() + "; run the migrate command"));
        }
        MigrationInfo current = info.current();
        return List.of(Finding.pass(ITEM, "reachable; schema at version "
                + (current == null ? "none" : current.getVersion()) + ", nothing pending"));
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
