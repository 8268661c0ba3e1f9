package dev.gorgiasbridge.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staging dashboard as a person sees it in the browser: what they type, click and read. */
final class DashboardPage {
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    DashboardPage(ChromeDriver driver, URI dashboard) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(dashboard.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    }

    void logIn(String token) {
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.id("login-button")).click();
    }

    /** Waits for the tiles, then for the dead events list, which the same refresh fills. */
    void waitForTiles() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tile-dependencies")));
    }

    String loginError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();
    }

    boolean boardShown() {
        return driver.findElement(By.id("board")).isDisplayed();
    }

    List<WebElement> tiles() {
        return driver.findElements(By.cssSelector("#tiles .tile"));
    }

    String tileValue(String key) {
        return driver.findElement(By.cssSelector("#tile-" + key + " .value")).getText();
    }

    String tileState(String key) {
        return driver.findElement(By.id("tile-" + key)).getAttribute("data-state");
    }

    String tileDetail(String key) {
        return driver.findElement(By.cssSelector("#tile-" + key + " .detail")).getText();
    }

    String chartSummary() {
        return driver.findElement(By.id("chart-summary")).getText();
    }

    int chartBars() {
        return driver.findElements(By.cssSelector("#chart svg g.bar")).size();
    }

    String chartTitle() {
        return driver.findElement(By.id("chart-title")).getText();
    }

    /** Every label written on the chart (the axes' tick labels). */
    List<String> chartLabels() {
        return driver.findElements(By.cssSelector("#chart svg text")).stream().map(WebElement::getText).toList();
    }

    /** The chart's tick marks on one axis: "x" (time) or "y" (events). */
    int axisTicks(String axis) {
        return driver.findElements(By.cssSelector("#chart svg ." + axis + "-tick")).size();
    }

    /** Picks a window by its option value ("1h", "24h", "7d", "30d") and waits for the page to redraw. */
    void chooseWindow(String value, String redrawnSummaryPart) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("window"))).selectByValue(value);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart-summary"), redrawnSummaryPart));
    }

    String queueInWindow(String status) {
        return driver.findElement(By.cssSelector("#queue-" + status + " td.window")).getText();
    }

    boolean notesLinkShown() {
        return driver.findElement(By.id("notes-link")).isDisplayed();
    }

    String queueCount(String status) {
        return driver.findElement(By.cssSelector("#queue-" + status + " td.number")).getText();
    }

    /** The ids of the listed events in this status ("dead" or "retry"), newest first. */
    List<String> listedEventIds(String status) {
        return driver.findElements(By.cssSelector("#dead tbody tr[data-status='" + status + "']")).stream()
                .map(row -> row.getAttribute("id").substring("event-".length())).toList();
    }

    /** The cells of a listed event's row: received, status, ticket, trigger, attempts, last error, action. */
    List<String> listedEvent(String eventId) {
        return driver.findElements(By.cssSelector("#event-" + eventId + " td")).stream().map(WebElement::getText).toList();
    }

    void replay(String eventId) {
        driver.findElement(By.cssSelector("#event-" + eventId + " button.replay")).click();
    }

    String replayStatus() {
        return driver.findElement(By.id("dead-status")).getText();
    }

    /** Waits for the page's own refresh after a replay to list the event no more. */
    void waitUntilNotListed(String eventId) {
        new WebDriverWait(driver, Duration.ofSeconds(40))
                .until(ExpectedConditions.numberOfElementsToBe(By.id("event-" + eventId), 0));
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
