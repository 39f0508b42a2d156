package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.formats.ecomap.Ecomap;
import org.maillage.formats.ecomap.EcomapOptions;
import org.maillage.network.Network;
import org.maillage.testing.NetworkGenerators;

/**
 * The report and the ecomap in a real browser: headless Chromium opens them and takes a screenshot; the
 * screenshot is not blank, the ecomap's centre and legend are drawn, and the browser's log shows nothing from the
 * page (no console message, no resource it failed to load). Under CI ({@code CI} set, as {@code .ci/run} does)
 * a missing browser is a failure; elsewhere the test is skipped with a message. The browser is
 * {@code $MAILLAGE_CHROMIUM}, else {@code /usr/bin/chromium}.
 */
class ReportBrowserTest {
  private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
  private static Path chromium;

  @TempDir
  Path dir;

  @BeforeAll
  static void findTheBrowser() {
    String given = System.getenv("MAILLAGE_CHROMIUM");
    chromium = Path.of(given != null ? given : "/usr/bin/chromium");
    boolean present = Files.isExecutable(chromium);
    if (System.getenv("CI") != null) {
      assertThat(present).as("CI runs the browser tests: %s must be installed (.ci/run installs Debian's chromium)",
          chromium).isTrue();
    }
    assumeThat(present).as("no browser at %s: set MAILLAGE_CHROMIUM or install chromium; browser tests skipped",
        chromium).isTrue();
  }

  private static Network network() {
    return NetworkGenerators.personCentredNetworks().next(new SplittableRandom(7));
  }

  /** Opens a file in headless Chromium, returns the screenshot; the browser's log goes to {@code log}. */
  private BufferedImage screenshot(Path page, int width, int height, Path log) throws Exception {
    Path shot = dir.resolve(page.getFileName() + ".png");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile-" + page.getFileName()),
        "--enable-logging=stderr", "--v=0", "--window-size=" + width + "," + height, "--screenshot=" + shot,
        page.toUri().toString()));
    Process browser = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(browser.waitFor(90, TimeUnit.SECONDS)).as("the browser ends within 90 s").isTrue();
    assertThat(shot).as("the screenshot, log: %s", Files.readString(log)).exists();
    return ImageIO.read(shot.toFile());
  }

  /** The page's own lines of the browser's log: console messages, or lines naming the page (a failed load). */
  private static List<String> pageLines(Path log, Path page) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.contains("CONSOLE") || line.contains(page.toUri().toString()) && !line.contains("bytes written")) {
        lines.add(line);
      }
    }
    return lines;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void the_report_opens_in_a_browser_not_blank_and_without_a_word_in_the_log(String language) throws Exception {
    // given
    Path page = dir.resolve("report-" + language + ".html");
    Files.writeString(page, Report.html(network(), DATE, Locale.forLanguageTag(language)));
    Path log = dir.resolve("report-" + language + ".log");

    // when
    BufferedImage image = screenshot(page, 1100, 1600, log);

    // then
    assertThat(nonWhite(image, 0, 0, image.getWidth(), image.getHeight()))
        .as("painted pixels of the report").isGreaterThan(image.getWidth() * image.getHeight() / 100);
    assertThat(pageLines(log, page)).isEmpty();
  }

  @Test
  void the_ecomap_opens_in_a_browser_with_its_centre_and_legend_drawn() throws Exception {
    // given the ecomap alone, whose user units are pixels
    String svg = Ecomap.svg(network(), EcomapOptions.of(DATE));
    Path page = dir.resolve("ecomap.svg");
    Files.writeString(page, svg);
    Matcher box = Pattern.compile("viewBox=\"(\\S+) (\\S+) (\\S+) (\\S+)\"").matcher(svg);
    assertThat(box.find()).isTrue();
    double minX = Double.parseDouble(box.group(1));
    double minY = Double.parseDouble(box.group(2));
    int width = (int) Math.ceil(Double.parseDouble(box.group(3)));
    int height = (int) Math.ceil(Double.parseDouble(box.group(4)));
    Path log = dir.resolve("ecomap.log");

    // when
    BufferedImage image = screenshot(page, width, height, log);

    // then: the centre, at the drawing's origin, is painted; the legend's rows, at the bottom left, hold dark text
    int cx = (int) Math.round(-minX);
    int cy = (int) Math.round(-minY);
    assertThat(nonWhite(image, cx - 3, cy - 3, cx + 4, cy + 4)).as("the centre").isGreaterThan(20);
    int legendTop = height - 18 * 16;
    assertThat(dark(image, 0, Math.max(0, legendTop), Math.min(width, 500), height)).as("the legend")
        .isGreaterThan(200);
    assertThat(pageLines(log, page)).isEmpty();
  }

  private static int nonWhite(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
      for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          count++;
        }
      }
    }
    return count;
  }

  private static int dark(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
      for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 100 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 100) {
          count++;
        }
      }
    }
    return count;
  }
}
