package dev.specgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the dashboard of the hostile spec set in headless Chromium (the Debian packages: {@code /usr/bin/chromium}
 * and {@code /usr/bin/chromedriver}, or {@code -Dchromium.binary} / {@code -Dchromedriver.binary}), filters it to one
 * rule and checks that the spec text is shown as text and none of it ran. Runs in the {@code browser} profile only:
 * {@code ./mvnw -Pbrowser test}. Keeps {@code target/dashboard-browser-test.png} as a test artifact.
 */
class DashboardBrowserTest {

    private static final Path OUTPUT = Path.of("target", "dashboard-browser-test");
    private static final Path SCREENSHOT = Path.of("target", "dashboard-browser-test.png");

    /** Selenium warns that it has no DevTools support for this Chromium; the test uses WebDriver only. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    Path profile;

    private ChromeDriver driver;

    @BeforeEach
    void start() {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void filterShowsOneRuleAndSpecTextStaysText() throws Exception {
        Path page = new HtmlDashboardWriter()
                .write(DashboardFixture.check(), DashboardFixture.context(), OUTPUT.toAbsolutePath());
        driver.manage().window().setSize(new Dimension(412, 915)); // a phone
        driver.get(page.toUri().toString());

        assertEquals("3 of 3 findings shown", text("#shown"), "the page's own script ran");
        assertEquals("undefined", js("return typeof window.specXss"), "no script from spec text ran");
        assertEquals(List.of(), driver.findElements(By.tagName("img")), "no image from spec text");
        assertEquals(1L, js("return document.scripts.length"));
        assertEquals(
                "<script>window.specXss = \"title\"</script> Refunds",
                text("#specs tbody tr[data-spec='docs/specs/hostile.md'] a"));
        assertEquals(
                "\"><img src=x onerror=\"window.specXss='author'\">",
                text("#specs tbody tr[data-spec='docs/specs/hostile.md'] td:nth-child(3)"));
        assertEquals(
                "Refund x within window.specXss='req' five days.",
                text("#requirements tbody tr[data-spec='docs/specs/hostile.md'] td:nth-child(4)"));

        assertEquals(List.of("4:13", "3:13", "16:1"), texts("#findings tbody tr td:nth-child(2)"));
        driver.findElement(By.xpath("//section[@id='findings']//th[2]/button")).click();
        assertEquals(List.of("3:13", "4:13", "16:1"), texts("#findings tbody tr td:nth-child(2)"), "sorted by line");

        driver.findElement(By.cssSelector("#filter-rule option[value='required-section']"))
                .click();

        List<WebElement> shown = driver.findElements(By.cssSelector("#findings tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        assertEquals(
                List.of("required-section"),
                shown.stream().map(row -> row.getAttribute("data-rule")).toList());
        assertEquals(
                List.of(
                        "docs/specs/ledger.md",
                        "16:1",
                        "required-section",
                        "error",
                        "Missing section \"Rollout\" (template line 15)"),
                shown.get(0).findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals("1 of 3 findings shown", text("#shown"));
        assertEquals(
                Boolean.TRUE,
                js("return document.documentElement.scrollWidth <= window.innerWidth"),
                "no sideways scrolling on a phone-sized window");

        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOT) > 0);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }
}
