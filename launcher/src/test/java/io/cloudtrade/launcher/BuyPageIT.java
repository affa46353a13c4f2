package io.cloudtrade.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The buy page as a customer uses it, in a real browser: Debian's Chromium, headless, driven through
 * Debian's chromedriver against the whole platform started in-process. Nothing is downloaded: the
 * driver and the browser are given by path, so Selenium Manager never runs.
 *
 * <p>On failure the page as it was is kept in {@code target/buy-page-failure.png} and {@code .html}.
 */
class BuyPageIT {
  static final String CHROMIUM = System.getProperty("cloudtrade.test.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("cloudtrade.test.chromedriver", "/usr/bin/chromedriver");
  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final Pattern AMOUNT = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  static final Duration UI_WAIT = Duration.ofSeconds(30);
  static final Duration INSTANCE_WAIT = Duration.ofSeconds(60);

  static Platform platform;
  static Path browserProfile;
  static WebDriver driver;
  static String baseUrl;

  @BeforeAll
  static void start() throws Exception {
    Files.deleteIfExists(TARGET.resolve("buy-page-failure.png")); // never leave an old failure next to a new run
    Files.deleteIfExists(TARGET.resolve("buy-page-failure.html"));
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromedriver");
    Path data = Path.of(System.getProperty("cloudtrade.test.dir", "target/it-data"), "buy-page-" + ProcessHandle.current().pid());
    platform = Platform.start(LauncherOptions.parse("--data-dir=" + data, "--fresh", "--random-ports", "--port=0"));
    baseUrl = "http://127.0.0.1:" + platform.gatewayPort() + "/";

    browserProfile = Files.createTempDirectory("buy-page-chromium-");
    Files.createDirectories(TARGET);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withLogFile(TARGET.resolve("buy-page-chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1000", "--user-data-dir=" + browserProfile);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      try {
        if (platform != null) {
          platform.close();
        }
      } finally {
        deleteTree(browserProfile);
      }
    }
  }

  /** Each test signs in for itself: one that failed half-way leaves no session to the next. */
  @AfterEach
  void forgetTheSession() {
    if (driver != null) {
      driver.manage().deleteAllCookies();
    }
  }

  /** CI installs both with apt-get; a missing browser is a broken setup, never a reason to skip. */
  static void requireExecutable(String path, String what) {
    if (!Files.isRegularFile(Path.of(path)) || !Files.isExecutable(Path.of(path))) {
      fail(what + " is not installed at " + path + ": BuyPageIT drives Debian's Chromium through its chromedriver."
          + " Install both with: sudo apt-get install -y chromium chromium-driver"
          + " (or point -Dcloudtrade.test.chromium / -Dcloudtrade.test.chromedriver at them)");
    }
  }

  @Test
  void aCustomerSignsInPricesAConfigurationBuysItAndSignsOut() throws Exception {
    try {
      wrongPasswordIsRefusedOnTheSignInForm();
      signInShowsTheProductWithAPrice();
      aBiggerInstanceForAYearIsPricedWithTheYearDiscount();
      anInvalidConfigurationNamesTheRuleAndCannotBeBought();
      buyingCreatesAnInstanceThatBecomesNormalAndIsPaidFromTheBalance();
      signingOutReturnsToTheSignInForm();
    } catch (Throwable failure) {
      keepThePage(failure);
      throw failure;
    }
  }

  @Test
  void aCustomerPaysWithAlipayByScanningTheQrCodeAndThePageFollowsThePayment() throws Exception {
    try {
      driver.get(baseUrl);
      waitUntil("the sign-in form is shown", d -> shown("#login-view"));
      type("#login-name", DemoData.CUSTOMER_LOGIN);
      type("#login-password", DemoData.CUSTOMER_PASSWORD);
      find("#login-submit").click();
      waitUntil("the purchase view is shown", d -> shown("#app-view") && !shown("#login-view"));
      BigDecimal price = waitForPrice("the default configuration is priced");
      waitUntil("the balance is shown", d -> amountIn(text("#balance")) != null);
      BigDecimal balanceBefore = amountIn(text("#balance"));

      find("#pay-alipay + span").click(); // the radio button's face
      assertThat(find("#pay-alipay").isSelected()).isTrue();
      waitUntil("#buy offers to pay with Alipay", d -> find("#buy").isEnabled() && text("#buy").contains("Alipay"));
      find("#buy").click();

      waitUntil("the QR code is shown, loaded, waiting for payment", d -> shown("#channel-payment") && shown("#qr-image")
          && ((Number) js("const i = document.querySelector('#qr-image'); return i.complete ? i.naturalWidth : 0;")).intValue() > 0
          && "Pending".equals(find("#qr-state").getDomAttribute("data-status")));
      assertThat(text("#qr-state")).containsIgnoringCase("waiting for payment");
      assertThat(amountIn(text("#qr-amount"))).as("the amount to pay is the price").isEqualByComparingTo(price);
      assertThat(text("#qr-currency")).isEqualTo(text("#price-currency"));
      String paymentId = find("#channel-payment").getDomAttribute("data-payment-id");
      String orderId = find("#channel-payment").getDomAttribute("data-order-id");
      assertThat(paymentId).matches("\\d+");
      assertThat(orderId).matches("\\d+");
      js("window.cloudtradeNoReload = 'still the same page';");

      HttpResponse<String> scanned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + platform.alipaySandboxPort() + "/sandbox/trades/" + paymentId + "/scan"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"SUCCESS\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(scanned.statusCode()).as("the sandbox's answer to the scan: %s", scanned.body()).isLessThan(300);

      waitUntil("the page shows the payment as paid", d -> "Succeeded".equals(find("#qr-state").getDomAttribute("data-status"))
          && text("#qr-state").contains("Paid"));
      waitUntil("the message says order " + orderId + " was paid",
          d -> orderId.equals(find("#result-order-id").getDomAttribute("data-order-id")));
      assertThat(find("#message").getDomAttribute("class")).contains("message-success");
      assertThat(text("#message")).contains("Alipay");
      assertThat(js("return window.cloudtradeNoReload;")).as("the page was not reloaded").isEqualTo("still the same page");
      String instanceId = find("#result-instance-id").getDomAttribute("data-instance-id");
      assertThat(instanceId).startsWith("i-");

      By instanceStatus = By.cssSelector("#instances tbody tr[data-instance-id='" + instanceId + "'] td.status");
      new WebDriverWait(driver, INSTANCE_WAIT)
          .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
          .withMessage(() -> "instance " + instanceId + " shows Normal in #instances; rows now: " + text("#instances tbody"))
          .until(d -> "Normal".equals(d.findElement(instanceStatus).getText().trim()));
      By orderRow = By.cssSelector("#orders tbody tr[data-order-id='" + orderId + "']");
      waitUntil("order " + orderId + " is listed as Paid in #orders",
          d -> d.findElement(orderRow).findElement(By.cssSelector("td.status")).getText().contains("Paid"));
      assertThat(amountIn(text("#balance"))).as("paid with Alipay: the balance is untouched").isEqualByComparingTo(balanceBefore);

      By paymentRow = By.cssSelector("#payments tbody tr[data-payment-id='" + paymentId + "']");
      waitUntil("payment " + paymentId + " is listed as Succeeded in the Payments view",
          d -> d.findElement(paymentRow).findElement(By.cssSelector("td.status")).getText().contains("Succeeded"));
      WebElement row = driver.findElement(paymentRow);
      assertThat(row.getDomAttribute("data-order-id")).isEqualTo(orderId);
      assertThat(row.findElement(By.cssSelector("td.channel")).getText()).isEqualTo("Alipay");
      assertThat(row.findElement(By.cssSelector("td.scene")).getText()).isEqualTo("QR");
      assertThat(amountIn(row.findElement(By.cssSelector("td.amount")).getText())).isEqualByComparingTo(price);
      assertThat(row.findElement(By.cssSelector("td.paid time"))).as("the time it was paid").isNotNull();

      find("#logout").click();
      waitUntil("the sign-in form is shown again", d -> shown("#login-view") && !shown("#app-view"));
    } catch (Throwable failure) {
      keepThePage(failure);
      throw failure;
    }
  }

  // ------------------------------------------------------------------------------------------- steps

  void wrongPasswordIsRefusedOnTheSignInForm() {
    driver.get(baseUrl);
    waitUntil("the sign-in form is shown", d -> shown("#login-view"));
    assertThat(shown("#app-view")).as("the purchase view before signing in").isFalse();

    type("#login-name", DemoData.CUSTOMER_LOGIN);
    type("#login-password", "not-the-password");
    find("#login-submit").click();

    waitUntil("#message shows the LoginFailed error", d -> shown("#message") && text("#message").contains("LoginFailed"));
    assertThat(find("#message").getDomAttribute("class")).contains("message-error");
    assertThat(shown("#login-view")).as("still on the sign-in form").isTrue();
    assertThat(shown("#app-view")).as("the purchase view after a wrong password").isFalse();
    assertThat(shown("#session-box")).as("the session box after a wrong password").isFalse();
  }

  BigDecimal monthlyDefaultPrice;

  void signInShowsTheProductWithAPrice() {
    type("#login-name", DemoData.CUSTOMER_LOGIN);
    type("#login-password", DemoData.CUSTOMER_PASSWORD);
    find("#login-submit").click();

    waitUntil("the purchase view is shown", d -> shown("#app-view") && !shown("#login-view"));
    assertThat(shown("#session-box")).isTrue();
    assertThat(text("#session-name")).isNotBlank();
    assertThat(shown("#message")).as("no error after signing in: %s", text("#message")).isFalse();

    waitUntil("the product select offers ecs, selected", d -> "ecs".equals(select("#product").getFirstSelectedOption().getDomAttribute("value")));
    assertThat(select("#product").getOptions()).extracting(o -> o.getDomAttribute("value")).contains("ecs");
    waitUntil("#attr-InstanceType is rendered", d -> !driver.findElements(By.cssSelector("#attr-InstanceType")).isEmpty());
    monthlyDefaultPrice = waitForPrice("the default configuration is priced");
    assertThat(monthlyDefaultPrice).isPositive();
    waitUntil("#buy is enabled for a priced configuration", d -> find("#buy").isEnabled());
    waitUntil("the balance is shown", d -> amountIn(text("#balance")) != null);
  }

  void aBiggerInstanceForAYearIsPricedWithTheYearDiscount() {
    Select instanceType = select("#attr-InstanceType");
    String before = instanceType.getFirstSelectedOption().getDomAttribute("value");
    String other = instanceType.getOptions().stream().map(o -> o.getDomAttribute("value"))
        .filter(v -> !v.equals(before) && v.startsWith("ecs.g7.")).findFirst()
        .orElseThrow(() -> new AssertionError("no other ecs.g7 instance type than " + before));
    instanceType.selectByValue(other);
    BigDecimal monthly = waitForPriceOtherThan(monthlyDefaultPrice, "the price of " + other + " for a month");
    BigDecimal monthlyList = amountIn(text("#price-list"));
    BigDecimal monthlyDiscount = monthlyList.subtract(monthly); // zero, unless a promotion runs

    select("#period").selectByValue("1:Year");
    waitUntil("the price for a year shows a discount line",
        d -> !updating() && amountIn(text("#price-final")) != null && !discountLines().isEmpty()
            && amountIn(text("#price-list")) != null && amountIn(text("#price-list")).compareTo(monthlyList) != 0);
    BigDecimal listPrice = amountIn(text("#price-list"));
    BigDecimal finalPrice = amountIn(text("#price-final"));
    BigDecimal discount = listPrice.subtract(finalPrice);
    assertThat(finalPrice).isNotEqualByComparingTo(monthly);
    assertThat(text("#price-meta")).contains("1 year prepaid");
    // every line is a monthly list price times the months
    assertThat(listPrice).isEqualByComparingTo(monthlyList.multiply(BigDecimal.valueOf(12)));
    // a year is "12 months for the price of 10": at least a sixth off the list price, on top of anything a month gets
    assertThat(finalPrice).isLessThanOrEqualTo(listPrice.multiply(BigDecimal.TEN).divide(BigDecimal.valueOf(12), 2, RoundingMode.CEILING));
    assertThat(discount).isGreaterThan(monthlyDiscount.multiply(BigDecimal.valueOf(12)));

    List<WebElement> discounts = discountLines();
    String shown = discounts.stream().map(WebElement::getText).reduce("", (a, b) -> a + " | " + b);
    assertThat(shown.toLowerCase(Locale.ROOT)).as("the price lines mention the discount").contains("discount");
    BigDecimal sum = discounts.stream().map(line -> amountIn(line.findElement(By.cssSelector("td.num")).getText()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).as("the discount lines add up to list price - total, in: %s", shown).isEqualByComparingTo(discount);
    assertThat(amountIn(text("#price-discount"))).isEqualByComparingTo(discount);
  }

  BigDecimal yearlyPrice;

  void anInvalidConfigurationNamesTheRuleAndCannotBeBought() {
    BigDecimal essd = amountIn(text("#price-final"));
    select("#attr-SystemDiskCategory").selectByValue("cloud_efficiency");
    BigDecimal ultraDisk = waitForPriceOtherThan(essd, "the price with an ultra disk");

    type("#attr-SystemDiskSize", "600");
    waitUntil("#price-errors names the rule CloudEfficiencyDiskUpTo500",
        d -> !updating() && shown("#price-errors") && text("#price-errors").contains("CloudEfficiencyDiskUpTo500"));
    assertThat(find("#attr-SystemDiskSize").getDomProperty("value")).isEqualTo("600");
    assertThat(text("#price-errors")).contains("InvalidConfiguration");
    assertThat(text("#price-final")).isEqualTo("—");
    assertThat(find("#buy").isEnabled()).as("#buy for an invalid configuration").isFalse();
    assertThat(find("#attr-SystemDiskSize").findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"))
        .getDomAttribute("class")).as("the disk size field is marked").contains("invalid");

    type("#attr-SystemDiskSize", "100");
    yearlyPrice = waitForPrice("the price comes back with a 100 GB ultra disk");
    assertThat(shown("#price-errors")).isFalse();
    assertThat(yearlyPrice).isNotEqualByComparingTo(ultraDisk);
    waitUntil("#buy is enabled again", d -> find("#buy").isEnabled());
  }

  void buyingCreatesAnInstanceThatBecomesNormalAndIsPaidFromTheBalance() {
    BigDecimal balanceBefore = amountIn(text("#balance"));
    assertThat(amountIn(text("#price-final"))).isEqualByComparingTo(yearlyPrice);
    find("#buy").click();

    waitUntil("#result-instance-id appears", d -> !driver.findElements(By.cssSelector("#result-instance-id")).isEmpty());
    assertThat(find("#message").getDomAttribute("class")).contains("message-success");
    String instanceId = find("#result-instance-id").getDomAttribute("data-instance-id");
    String orderId = find("#result-order-id").getDomAttribute("data-order-id");
    assertThat(instanceId).startsWith("i-");
    assertThat(orderId).isNotBlank();

    By instanceStatus = By.cssSelector("#instances tbody tr[data-instance-id='" + instanceId + "'] td.status");
    new WebDriverWait(driver, INSTANCE_WAIT)
        .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "instance " + instanceId + " shows Normal in #instances; rows now: " + text("#instances tbody"))
        .until(d -> "Normal".equals(d.findElement(instanceStatus).getText().trim()));

    BigDecimal expectedBalance = balanceBefore.subtract(yearlyPrice);
    waitUntil("#balance went down by the price, to " + expectedBalance,
        d -> expectedBalance.compareTo(amountIn(text("#balance"))) == 0);

    By orderRow = By.cssSelector("#orders tbody tr[data-order-id='" + orderId + "']");
    waitUntil("order " + orderId + " is listed as Paid in #orders",
        d -> d.findElement(orderRow).findElement(By.cssSelector("td.status")).getText().contains("Paid"));
    assertThat(amountIn(driver.findElement(orderRow).findElement(By.cssSelector("td.amount")).getText()))
        .isEqualByComparingTo(yearlyPrice);
  }

  void signingOutReturnsToTheSignInForm() {
    find("#logout").click();
    waitUntil("the sign-in form is shown again", d -> shown("#login-view") && !shown("#app-view"));
    assertThat(shown("#session-box")).isFalse();
    assertThat(text("#message")).containsIgnoringCase("signed out");

    driver.navigate().refresh(); // the session is gone on the server too
    waitUntil("the sign-in form is shown after a reload", d -> shown("#login-view") && !shown("#app-view"));
  }

  // ------------------------------------------------------------------------------------------- helpers

  static WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  static boolean shown(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  /** The text a user sees (empty for hidden elements). */
  static String text(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getText();
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  static Select select(String css) {
    return new Select(find(css));
  }

  /** Replaces the content of a text or number field: clear it, then type. */
  static void type(String css, String value) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(value);
  }

  static boolean updating() {
    return text("#price-state").contains("updating");
  }

  static List<WebElement> discountLines() {
    return driver.findElements(By.cssSelector("#price-lines tr[data-discount]"));
  }

  static BigDecimal amountIn(String text) {
    Matcher m = AMOUNT.matcher(text.replace(",", ""));
    return m.find() ? new BigDecimal(m.group()) : null;
  }

  /** Waits until the page shows a price (no quote pending, no error) and returns it. */
  static BigDecimal waitForPrice(String what) {
    waitUntil(what, d -> !updating() && !shown("#price-errors") && amountIn(text("#price-final")) != null);
    return amountIn(text("#price-final"));
  }

  static BigDecimal waitForPriceOtherThan(BigDecimal previous, String what) {
    waitUntil(what + " (other than " + previous + ")", d -> {
      BigDecimal now = amountIn(text("#price-final"));
      return !updating() && !shown("#price-errors") && now != null && now.compareTo(previous) != 0;
    });
    return amountIn(text("#price-final"));
  }

  static void waitUntil(String what, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, UI_WAIT)
        .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> what + "; #message: [" + text("#message") + "], #price-errors: [" + text("#price-errors")
            + "], #price-final: [" + text("#price-final") + "]")
        .until(condition);
  }

  static void keepThePage(Throwable failure) {
    if (driver == null) {
      return;
    }
    try {
      Files.createDirectories(TARGET);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), TARGET.resolve("buy-page-failure.png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(TARGET.resolve("buy-page-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
      failure.addSuppressed(new AssertionError("the page at the failure: " + TARGET.resolve("buy-page-failure.png")
          + " and " + TARGET.resolve("buy-page-failure.html") + " (url " + driver.getCurrentUrl() + ")"));
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
