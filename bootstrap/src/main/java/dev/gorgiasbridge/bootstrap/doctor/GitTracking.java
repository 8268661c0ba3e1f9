package dev.gorgiasbridge.bootstrap.doctor;

import dev.gorgiasbridge.application.readiness.port.in.Finding;
import dev.gorgiasbridge.application.readiness.port.out.ReadinessCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The readiness item ".env not tracked by git" (docs/configuration.md), asked of git when run inside a checkout. */
final class GitTracking implements ReadinessCheck {
    static final String ITEM = ".env not tracked by git";

    private final Path workingDirectory;

    GitTracking(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String item() {
        return ITEM;
    }

    @Override
    public List<Finding> check() {
        try {
            Answer inside = git("rev-parse", "--is-inside-work-tree");
            if (inside.status() != 0 || !inside.output().equals("true")) {
                return List.of(Finding.pass(ITEM, "not inside a git checkout"));
            }
            Answer tracked = git("ls-files", "--", ".env");
            if (tracked.status() != 0) {
                return List.of(Finding.warn(ITEM, "git could not list the tracked files"));
            }
            return List.of(tracked.output().isEmpty()
                    ? Finding.pass(ITEM, ".env is not tracked")
                    : Finding.fail(ITEM, ".env is tracked by git: remove it (git rm --cached .env) and rotate every secret in it"));
        } catch (IOException e) {
            return List.of(Finding.warn(ITEM, "git is not available to check"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Finding.warn(ITEM, "interrupted"));
        }
    }

    private record Answer(int status, String output) {
    }

    private Answer git(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("git", "-C", workingDirectory.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!git.waitFor(10, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            return new Answer(-1, "");
        }
        return new Answer(git.exitValue(), output);
    }
}
