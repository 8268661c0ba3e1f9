package dev.gorgiasbridge.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a request through to an admin handler only with a valid {@code Authorization: Bearer} token;
 * anything else is a 401 problem saying why. Without a configured secret every request is refused.
 */
final class AdminGuard {
    private static final Logger log = LoggerFactory.getLogger(AdminGuard.class);
    static final String SUBJECT = "admin_subject";

    private final Optional<AdminTokens> tokens;

    AdminGuard(Optional<AdminTokens> tokens) {
        this.tokens = tokens;
    }

    Handler guard(Handler handler) {
        return ctx -> {
            Optional<String> refusal = refusal(ctx);
            if (refusal.isPresent()) {
                log.info("admin request refused on {} {}: {}", ctx.method(), ctx.path(), refusal.get());
                ctx.header("WWW-Authenticate", "Bearer realm=\"gorgias-bridge\"");
                Problems.send(ctx, 401, "Unauthorized", refusal.get());
                return;
            }
            handler.handle(ctx);
        };
    }

    private Optional<String> refusal(Context ctx) {
        if (tokens.isEmpty()) {
            return Optional.of("the admin API is disabled: JWT_SECRET is not configured");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.of("an Authorization: Bearer token is required");
        }
        return switch (tokens.get().verify(header.substring("bearer ".length()).strip())) {
            case AdminTokens.TokenVerdict.Refused refused -> Optional.of(refused.reason());
            case AdminTokens.TokenVerdict.Admitted admitted -> {
                ctx.attribute(SUBJECT, admitted.subject());
                yield Optional.empty();
            }
        };
    }
}
