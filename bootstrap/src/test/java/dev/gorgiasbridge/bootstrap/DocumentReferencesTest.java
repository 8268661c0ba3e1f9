package dev.gorgiasbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reasons a comment points to live in the repository: no source cites a design brief kept elsewhere, and
 * every {@code docs/…} page a source names exists.
 */
class DocumentReferencesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern OUTSIDE_BRIEF = Pattern.compile("\\bDESIGN(\\.md|\\s+(section\\s+)?[0-9R])");
    private static final Pattern DOCS_PAGE = Pattern.compile("\\bdocs/([a-z0-9-]+\\.md)");

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ROOT.relativize(file).toString().matches("[a-z-]+/src/(main|test)/.*\\.(java|sql|js|html)"
                            + "|[a-z-]+/(pom\\.xml|README\\.md)|pom\\.xml|README\\.md|docs/.*\\.md"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .filter(file -> !file.endsWith("DocumentReferencesTest.java"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_source_cites_the_outside_design_brief() {
        assertThat(sources()).isNotEmpty()
                .filteredOn(file -> OUTSIDE_BRIEF.matcher(read(file)).find())
                .as("files citing DESIGN sections instead of the repository's docs/").isEmpty();
    }

    @Test
    void every_docs_page_a_source_names_exists() {
        List<String> missing = sources().stream().flatMap(file -> {
            Matcher page = DOCS_PAGE.matcher(read(file));
            return page.results().map(found -> found.group(1))
                    .filter(name -> !Files.exists(ROOT.resolve("docs").resolve(name)))
                    .map(name -> ROOT.relativize(file) + " -> docs/" + name);
        }).distinct().toList();

        assertThat(missing).isEmpty();
    }
}
