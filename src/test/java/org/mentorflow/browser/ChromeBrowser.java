package org.mentorflow.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (packages chromium and chromium-driver, which
 * .ci/run installs): a real browser with JavaScript, cookies and the portal's real forms. Waits are for
 * elements to appear, never fixed sleeps. Screenshots of each step land in target/browser/.
 */
final class ChromeBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;

    ChromeBrowser(int port) {
        this(port, "en-GB");
    }

    /** A browser whose person reads {@code language} (a tag like de-DE): what it sends and what pages ask it for. */
    ChromeBrowser(int port, String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1300,1000", "--lang=" + language, "--no-first-run", "--disable-extensions");
        // headless Chromium takes navigator.languages from this preference, not from --lang alone
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the console, so close() can tell a Content-Security-Policy violation from a working page
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        // generous: a shared, busy machine can take long for a first Tasklist draw; a working page answers in seconds
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // a page replaced while a condition reads it (a stale element, Chrome's "node does not belong to the
        // document") is read again on the next poll instead of failing the test
        this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Sets a field's value as the page's own date picker would (typing into a date field depends on the locale). */
    void setValue(By field, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(field), value);
    }

    /** Clicks as a person does: scrolled into the middle of the window first (Tasklist pins a footer over the end). */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Clicks a button that loads a new page and waits until the old page is gone, so nothing found next is stale. */
    void submit(By button) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(button));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
    }

    /** Waits until the page shows this text somewhere, then returns the page's whole visible text. */
    String waitForText(String text) {
        return wait.until(driver -> {
            String page = driver.findElement(By.tagName("body")).getText();
            return page.contains(text) ? page : null;
        });
    }

    /** Waits until something the page caused is true (read from the application, not the page). */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        wait.until(driver -> condition.getAsBoolean());
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void logIn(String user, String password) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        submit(By.cssSelector("form.login button[type=submit]"));
    }

    /** The portal's "Log out", from whatever page the browser is on (Tasklist included). */
    void logOut() {
        open("/");
        click(By.cssSelector("form.logout button"));
        find(By.cssSelector("a.login"));
    }

    /** The window's size, for a phone's width or a whole long page in one screenshot. */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Runs a script in the page and gives its result (numbers come back as Long or Double). */
    Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The height of the whole page as laid out now, for a screenshot of all of it. */
    int pageHeight() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).intValue();
    }

    void screenshot(String name) {
        screenshot(Path.of("target", "browser"), name);
    }

    /** A screenshot for the manual: into {@code directory}, e.g. docs/images, named {@code name}.png. */
    void screenshot(Path directory, String name) {
        try {
            Files.write(Files.createDirectories(directory).resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs this script in every page the browser opens from now on, before the page's own scripts. */
    void beforeEveryPage(String javascript) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", javascript));
    }

    @Override
    public void close() {
        try {
            List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
            violations.forEach(violation -> System.out.println("CSP violation: " + violation));
        } finally {
            driver.quit();
        }
    }
}
