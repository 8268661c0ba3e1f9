package dev.gorgiasbridge.bootstrap.config;

import java.util.List;

/** The settings cannot be used; every problem is listed, none of them shows a secret's value. */
public final class InvalidSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidSettingsException(AppEnv env, List<String> problems) {
        super("refusing to start with APP_ENV=" + (env == null ? "?" : env.wireName()) + ", "
                + problems.size() + " configuration problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
