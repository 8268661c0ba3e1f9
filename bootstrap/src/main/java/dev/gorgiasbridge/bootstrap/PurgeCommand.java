package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.application.retention.PurgeCustomerService;
import dev.gorgiasbridge.application.retention.port.in.PurgeCustomer;
import dev.gorgiasbridge.bootstrap.config.Settings;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code purge --customer EMAIL}: erases one customer's data on their request (docs/runbook.md,
 * "Customer data") and prints what was removed. The address is not logged.
 */
final class PurgeCommand {
    private static final String USAGE = "usage: purge --customer EMAIL";

    private PurgeCommand() {
    }

    static int run(List<String> args, Settings settings, Path workingDirectory, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !args.getFirst().equals("--customer")) {
            err.println(USAGE);
            return Main.USAGE;
        }
        CustomerKey.Email customer;
        try {
            customer = CustomerKey.email(args.get(1));
        } catch (IllegalArgumentException e) {
            err.println("purge: not an email address (" + e.getMessage() + ")");
            err.println(USAGE);
            return Main.USAGE;
        }
        try (var database = GorgiasBridge.openDatabase(settings, workingDirectory)) {
            database.postgres().migrate();
            PurgeCustomer purge = new PurgeCustomerService(database.postgres().personalData());
            var erased = purge.purge(customer);
            out.println(erased.nothingFound() ? "nothing kept about " + customer.address()
                    : "removed " + erased.customers() + " customer(s), " + erased.tickets() + " ticket(s), "
                    + erased.notes() + " note(s), " + erased.eventPayloads() + " event payload(s)");
            return Main.OK;
        }
    }
}
