package dev.gorgiasbridge.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords in {@code DATABASE_URL} are read as RFC 3986 says, and never stay inside the JDBC URL. */
class DatabaseUrlTest {

    @Test
    void a_plus_in_the_password_stays_a_plus() {
        assertThat(DatabaseUrl.parse("postgresql://bridge:pa+ss@db.internal:5432/bridge"))
                .hasValueSatisfying(db -> assertThat(db.password().value()).isEqualTo("pa+ss"));
    }

    @Test
    void percent_encoded_characters_are_decoded() {
        assertThat(DatabaseUrl.parse("postgresql://bridge%40ops:p%2Bss%40w%3Ard%2F%25@db.internal:5432/bridge"))
                .hasValueSatisfying(db -> {
                    assertThat(db.user()).isEqualTo("bridge@ops");
                    assertThat(db.password().value()).isEqualTo("p+ss@w:rd/%");
                });
    }

    @Test
    void non_ascii_passwords_are_decoded_as_utf_8() {
        assertThat(DatabaseUrl.parse("postgresql://bridge:m%C3%B6t+d%C3%A9p%C3%B4t@db/bridge"))
                .hasValueSatisfying(db -> assertThat(db.password().value()).isEqualTo("möt+dépôt"));
    }

    @Test
    void the_jdbc_spelling_moves_user_and_password_out_of_the_url_decoding_them_the_same_way() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=bridge&password=a+b%2Bc%40d&sslmode=require"))
                .hasValueSatisfying(db -> {
                    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app?sslmode=require");
                    assertThat(db.user()).isEqualTo("bridge");
                    assertThat(db.password().value()).isEqualTo("a+b+c@d");
                });
        assertThat(DatabaseUrl.parse("jdbc:postgresql://primary:5432,replica:5432/app?targetServerType=primary&password=s3cr%21t"))
                .hasValueSatisfying(db -> {
                    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://primary:5432,replica:5432/app?targetServerType=primary");
                    assertThat(db.password().value()).isEqualTo("s3cr!t");
                });
    }

    @Test
    void broken_percent_encoding_is_not_a_database_url() {
        assertThat(DatabaseUrl.parse("postgresql://bridge:pass%zz@db/bridge")).isEmpty();
        assertThat(DatabaseUrl.parse("postgresql://bridge:pass%4@db/bridge")).isEmpty();
        assertThat(DatabaseUrl.parse("postgresql://bridge:%C3%28@db/bridge")).as("not UTF-8").isEmpty();
    }
}
