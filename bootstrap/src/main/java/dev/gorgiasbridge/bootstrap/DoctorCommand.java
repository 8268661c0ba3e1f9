package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.http.ReadinessJson;
import dev.gorgiasbridge.application.readiness.port.in.ReadinessReport;
import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.in.Finding.Verdict;
import dev.gorgiasbridge.bootstrap.config.AppEnv;
import dev.gorgiasbridge.bootstrap.doctor.Doctor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code doctor [--json] [--env development|staging|production]}: the go-live checklist, one line per
 * finding; exit status 0 only when nothing fails. Without {@code --env} the configuration is judged by
 * its {@code APP_ENV}'s rules when that is staging or production, and by staging's otherwise: the
 * doctor's purpose is the go-live check, and a development default would pass demo values.
 */
final class DoctorCommand {
    private DoctorCommand() {
    }

    static int run(List<String> args, Map<String, String> environment, Path workingDirectory, PrintStream out, PrintStream err) {
        boolean json = false;
        Optional<AppEnv> judgedAs = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--env") && i + 1 < args.size()) {
                judgedAs = Optional.of(AppEnv.valueOf(args.get(++i).strip().toUpperCase(Locale.ROOT)));
            } else {
                err.println("usage: doctor [--json] [--env development|staging|production]");
                return Main.USAGE;
            }
        }
        AppEnv rules = judgedAs.orElseGet(() -> Doctor.defaultJudgement(environment));
        ReadinessReport report;
        try (Doctor doctor = Doctor.examine(environment, rules, workingDirectory)) {
            report = doctor.report();
        }
        if (json) {
            out.println(ReadinessJson.write(report, rules.wireName()));
        } else {
            print(report, rules, out);
        }
        return report.verdict() == Verdict.FAIL ? Main.FAILURE : Main.OK;
    }

    private static void print(ReadinessReport report, AppEnv rules, PrintStream out) {
        out.println("Gorgias Bridge readiness, judged by " + rules.wireName() + " rules:");
        int width = report.findings().stream().mapToInt(f -> f.item().length()).max().orElse(0);
        for (Finding finding : report.findings()) {
            out.printf("  %-4s  %-" + width + "s  %s%n", finding.verdict(), finding.item(), finding.reason());
        }
        // Each problem is one FAIL line; checks left undone because of one are SKIP lines, not failures.
        long failures = report.count(Verdict.FAIL);
        long warnings = report.count(Verdict.WARN);
        long skipped = report.count(Verdict.SKIP);
        out.println(failures == 0
                ? "Ready: nothing fails (" + warnings + " warning(s))."
                : "Not ready: " + failures + " problem(s) to fix, " + warnings + " warning(s)"
                + (skipped == 0 ? "." : "; " + skipped + " check(s) skipped until they are fixed."));
    }
}
