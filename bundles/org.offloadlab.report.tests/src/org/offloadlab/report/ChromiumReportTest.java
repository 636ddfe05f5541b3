package org.offloadlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report the way a reviewer does, in a real browser: headless Chromium (Debian package {@code chromium},
 * installed by {@code releng/scripts/install-deps.sh test}) takes a screenshot, and the screenshot must show the page
 * and its charts, not a blank or broken page. A missing Chromium fails the test with what to install; it never skips,
 * so CI cannot pass without having looked.
 */
class ChromiumReportTest {

    /** The chart palette's first colour (XyCharts), used by no page element: its pixels come from a chart. */
    private static final int CHART_BLUE = 0x1f77b4;
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        fail("headless Chromium is needed to check the HTML report but none was found (/usr/bin/chromium); "
                + "install the Debian package: releng/scripts/install-deps.sh test (or sudo apt-get install chromium)"
                + (System.getenv("CI") != null ? " [CI=" + System.getenv("CI") + "]" : ""));
        return null;
    }

    @Test
    void reportRendersWithItsChartsInHeadlessChromium() throws Exception {
        Path browser = chromium();
        RunReport.writeAll(RunReportTest.failoverRun(List.of()), dir);
        Path html = dir.resolve(RunReport.FILE);
        Path png = dir.resolve("screenshot.png");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1100,2600", "--screenshot=" + png,
                html.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + log());
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + log());
        assertTrue(Files.isRegularFile(png), "no screenshot: " + log());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() >= 1000 && image.getHeight() >= 2000, image.getWidth() + "×" + image.getHeight());

        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long chartBlue = 0;
        long verdictGreen = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    nonWhite++;
                }
                if (close(rgb, CHART_BLUE, 24)) {
                    chartBlue++;
                }
                if (close(rgb, 0x2e7d32, 16)) {
                    verdictGreen++;
                }
            }
        }
        long samples = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(colours.size() > 50, "a blank or flat page: " + colours.size() + " colours");
        assertTrue(nonWhite > samples / 50, "almost all white: " + nonWhite + " of " + samples);
        assertTrue(verdictGreen > 100, "the green integrity verdict is not visible: " + verdictGreen);
        // the charts' lines are drawn in the palette's blue: the embedded SVGs were decoded and rendered
        assertTrue(chartBlue > 200, "no chart lines rendered: " + chartBlue + " blue pixels");
    }

    private static boolean close(int rgb, int target, int tolerance) {
        return Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff)) <= tolerance
                && Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff)) <= tolerance
                && Math.abs((rgb & 0xff) - (target & 0xff)) <= tolerance;
    }

    private String log() {
        try {
            File f = dir.resolve("chromium.log").toFile();
            String s = Files.readString(f.toPath());
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
