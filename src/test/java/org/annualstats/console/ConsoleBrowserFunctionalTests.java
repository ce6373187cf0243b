package org.annualstats.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (Debian's headless Chromium): an analyst signs in, reruns 2020 from
 * the sample exports to completion, downloads the workbook and follows a 附表1 figure down to its
 * records; a viewer is refused a rerun. Screenshots of the pages go to
 * {@code target/test-outputs/console}, and to the folder of {@code -Dconsole.screenshots} (the
 * README's come from {@code -Dconsole.screenshots=docs/console}).
 */
class ConsoleBrowserFunctionalTests {

	private static final Path SAMPLES = Path.of("input-samples");

	private static final Path SCREENSHOTS = Path.of("target", "test-outputs", "console");

	@TempDir
	Path work;

	@Test
	void anAnalystRerunsAYearDownloadsItAndDrillsDownAViewerMayNotRerun() throws Exception {
		Path output = this.work.resolve("out");
		Path downloads = Files.createDirectories(this.work.resolve("downloads"));
		try (TestStore store = TestStore.h2(this.work.resolve("data"))) {
			ConsoleServer.addUser(store, "analyst", ConsoleRole.ANALYST, "analyst-password");
			ConsoleServer.addUser(store, "leader", ConsoleRole.VIEWER, "viewer-password");
			try (ConsoleServer server = ConsoleServer.start(this.work, store, SAMPLES, output)) {
				WebDriver browser = chromium(downloads);
				try {
					signIn(browser, server, "analyst", "analyst-password");
					browser.get(server.url("/years/2020"));
					browser.findElement(By.id("rerun")).click();
					// the click returns before the form's answer has loaded
					new WebDriverWait(browser, Duration.ofSeconds(30)).until((b) -> !b.getCurrentUrl().endsWith("/years/2020")
							|| !b.findElements(By.id("refusal")).isEmpty());
					assertThat(browser.getCurrentUrl()).as(() -> browser.findElement(By.tagName("body")).getText())
						.contains("/runs/2020-");
					screenshot(browser, "run-progress");
					// the page refreshes itself while the run runs
					String run = browser.getCurrentUrl();
					new WebDriverWait(browser, Duration.ofMinutes(5), Duration.ofSeconds(1))
						.ignoring(StaleElementReferenceException.class)
						.ignoring(NoSuchElementException.class)
						.until((b) -> !"RUNNING".equals(b.findElement(By.id("status")).getDomAttribute("data-status")));
					browser.get(run);
					assertThat(browser.findElement(By.id("status")).getDomAttribute("data-status")).isEqualTo("PUBLISHED");
					screenshot(browser, "run");

					browser.get(server.url("/years/2020"));
					browser.findElement(By.id("workbook")).click();
					Path workbook = output.resolve("2020").resolve("statistical-appendix-2020.xlsx");
					assertThat(awaitDownload(downloads, workbook.getFileName().toString()))
						.hasSameBinaryContentAs(workbook);
					screenshot(browser, "year");
					browser.get(server.url("/years"));
					screenshot(browser, "years");

					browser.get(server.url("/years/2020/figures"));
					screenshot(browser, "figures");
					browser.findElement(By.cssSelector("a.figure[data-metric='review.received']")).click();
					new WebDriverWait(browser, Duration.ofSeconds(30))
						.until((b) -> !b.findElements(By.cssSelector("#record-rows tbody tr")).isEmpty());
					List<WebElement> header = browser.findElements(By.cssSelector("#record-rows thead th"));
					assertThat(header.get(0).getText()).isEqualTo("metric_id");
					List<WebElement> rows = browser.findElements(By.cssSelector("#record-rows tbody tr"));
					assertThat(rows).hasSize(Integer.parseInt(
							browser.findElement(By.cssSelector("#values td.num")).getText().replace(",", "")));
					assertThat(rows.get(0).findElement(By.tagName("td")).getText()).isEqualTo("review.received");
					screenshot(browser, "figure");
					signOut(browser);

					signIn(browser, server, "leader", "viewer-password");
					browser.get(server.url("/years/2020"));
					assertThat(browser.findElements(By.id("rerun"))).isEmpty();
					long runs = store.runsRecorded();
					// what a hand-made form would post: refused before anything starts
					((JavascriptExecutor) browser).executeScript("""
							const form = document.createElement('form');
							form.method = 'post';
							form.action = '/years/2020/runs';
							form.appendChild(document.querySelector('input[name=_csrf]').cloneNode());
							document.body.appendChild(form);
							form.submit();""");
					new WebDriverWait(browser, Duration.ofSeconds(30)).until((b) -> !b.findElements(By.id("error")).isEmpty());
					assertThat(browser.findElement(By.id("error")).getDomAttribute("data-status")).isEqualTo("403");
					assertThat(store.runsRecorded()).isEqualTo(runs);
					assertThat(store.count("SELECT COUNT(*) FROM year_lock")).isZero();
				}
				finally {
					browser.quit();
				}
			}
		}
	}

	/** Debian's chromium and its driver, named explicitly: Selenium Manager would try to download a driver. */
	private static WebDriver chromium(Path downloads) {
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN")
			.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
					"download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(1280, 900));
		browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
		return browser;
	}

	private static void signIn(WebDriver browser, ConsoleServer server, String user, String password) {
		browser.get(server.url("/years"));
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		// a click returns before the form's navigation may have ended; a failed sign-in stays on /login
		awaitUrl(browser, (url) -> !url.contains("/login"));
		// back where sign-in interrupted, with the saved request's ?continue
		assertThat(browser.getCurrentUrl()).contains("/years").doesNotContain("/login");
	}

	private static void signOut(WebDriver browser) {
		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		awaitUrl(browser, (url) -> url.contains("/login"));
	}

	private static void awaitUrl(WebDriver browser, Predicate<String> expected) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((b) -> expected.test(b.getCurrentUrl()));
	}

	private static Path awaitDownload(Path folder, String name) throws Exception {
		Path file = folder.resolve(name);
		for (int i = 0; i < 600; i++) {
			// Chromium writes <name>.crdownload first and renames it when complete
			if (Files.isRegularFile(file) && !hasPartial(folder)) {
				return file;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + name + " downloaded into " + folder);
	}

	private static boolean hasPartial(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch((f) -> f.getFileName().toString().endsWith(".crdownload"));
		}
	}

	/** The whole page, up to a height a README can show. */
	private static void screenshot(WebDriver browser, String name) throws IOException {
		Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(1280, Math.min(((Number) height).intValue(), 1800)));
		Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		browser.manage().window().setSize(new Dimension(1280, 900));
		Files.createDirectories(SCREENSHOTS);
		Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		String docs = System.getProperty("console.screenshots");
		if (docs != null) {
			Files.createDirectories(Path.of(docs));
			Files.copy(png, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
