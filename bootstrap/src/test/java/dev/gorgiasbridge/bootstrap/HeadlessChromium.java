package dev.gorgiasbridge.bootstrap;

import dev.gorgiasbridge.adapters.persistence.testing.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with a fresh profile that is deleted
 * afterwards. Nothing is downloaded: the browser and driver come from the {@code chromium} and
 * {@code chromium-driver} packages that {@code scripts/test} installs.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser; skipped locally and failed in CI when Chromium or its driver is not installed. */
    static HeadlessChromium start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            TestServices.unavailable("Chromium", BROWSER + " or " + DRIVER
                    + " is missing; apt-get install chromium chromium-driver");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("gorgias-bridge-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // The network here is closed: without the background-networking flags Chromium keeps calling out.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--window-size=1280,1700", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
