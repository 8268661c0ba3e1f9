package dev.gorgiasbridge.domain.planted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the_domain_does_no_io: a domain value reading a file. */
public record PlantedFileReading(Path path) {
    public String text() {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
