package dev.gorgiasbridge.bootstrap.config;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code DATABASE_URL} in either spelling operators use: {@code postgresql://user:pass@host:port/db?…}
 * (also {@code postgres://}) or {@code jdbc:postgresql://host:port/db?user=…&password=…}. Credentials are
 * kept apart from the JDBC URL in both spellings, so the JDBC URL can be logged or appear in a driver's
 * error message without a password in it.
 *
 * <p>User and password are percent-decoded only (RFC 3986 §2.1): {@code %40} is {@code @}, {@code %2B} and
 * {@code +} are both {@code +}. Form decoding, which turns {@code +} into a space, is for query strings of
 * HTML forms, not for the userinfo of a URL.
 */
public record DatabaseUrl(String jdbcUrl, String user, Secret password) {
    private static final String JDBC_PREFIX = "jdbc:postgresql://";

    public static Optional<DatabaseUrl> parse(String text) {
        String value = text.strip();
        if (value.startsWith(JDBC_PREFIX)) {
            return jdbc(value);
        }
        if (!value.startsWith("postgresql://") && !value.startsWith("postgres://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() <= 1) {
                return Optional.empty();
            }
            String user = "";
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = percentDecoded(parts[0]);
                password = parts.length == 2 ? percentDecoded(parts[1]) : "";
            }
            String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
            String jdbc = JDBC_PREFIX + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                    + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return Optional.of(new DatabaseUrl(jdbc, user, new Secret(password)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The JDBC spelling: {@code user} and {@code password} parameters move out of the URL into the record. */
    private static Optional<DatabaseUrl> jdbc(String value) {
        try {
            // Several hosts (h1:5432,h2:5432) make a registry-based authority: no host, but a valid URL.
            URI uri = new URI(value.substring("jdbc:".length()));
            String user = "";
            String password = "";
            List<String> kept = new ArrayList<>();
            for (String parameter : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                String raw = parameter.contains("=") ? parameter.substring(parameter.indexOf('=') + 1) : "";
                switch (name) {
                    case "user" -> user = percentDecoded(raw);
                    case "password" -> password = percentDecoded(raw);
                    default -> kept.add(parameter);
                }
            }
            String base = value.contains("?") ? value.substring(0, value.indexOf('?')) : value;
            String jdbc = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
            return Optional.of(new DatabaseUrl(jdbc, user, new Secret(password)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** RFC 3986 percent-decoding as UTF-8; {@code +} is an ordinary character. */
    static String percentDecoded(String text) {
        var bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int percent = text.indexOf('%', i);
            int end = percent < 0 ? text.length() : percent;
            bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 3 > text.length()) {
                throw new IllegalArgumentException("incomplete percent-encoding");
            }
            bytes.write(HexFormat.fromHexDigits(text, percent + 1, percent + 3));
            i = percent + 3;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("percent-encoding is not UTF-8", e);
        }
    }
}
