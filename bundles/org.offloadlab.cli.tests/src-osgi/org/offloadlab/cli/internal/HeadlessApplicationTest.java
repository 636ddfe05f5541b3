package org.offloadlab.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application inside a running framework: arguments come from the application context, the analyzer is the
 * DS service of org.offloadlab.analysis, and the exit code is the returned Integer. Skipped outside OSGi.
 */
class HeadlessApplicationTest {

    @BeforeEach
    void requireFrameworkWithDs() throws BundleException {
        Bundle self = FrameworkUtil.getBundle(getClass());
        Assumptions.assumeTrue(self != null, "runs inside OSGi only");
        // The test runtime installs the DS runtime but, unlike a product, may leave it stopped.
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.apache.felix.scr") && b.getState() != Bundle.ACTIVE) {
                b.start(Bundle.START_TRANSIENT);
            }
        }
    }

    @Test
    void analyzeThroughTheApplicationUsesTheAnalyzerService() throws Exception {
        Path capture = Cli.capture("simple_http.pcap");
        Output output = run("analyze", capture.toString(), "--format", "json");
        assertEquals(ExitCode.OK, output.exitCode(), output.err());
        String client = Cli.truth(capture).get(0).get("client");
        assertTrue(output.out().contains("\"a\": \"" + client + "\""), output.out());
    }

    @Test
    void usageErrorsBecomeTheExitCode() throws Exception {
        Output output = run("analyze", "--bogus");
        assertEquals(ExitCode.USAGE, output.exitCode());
        assertTrue(output.err().contains("unknown option --bogus"), output.err());
    }

    @Test
    void versionIsTheBundleVersion() throws Exception {
        Output output = run("version");
        assertEquals(ExitCode.OK, output.exitCode());
        assertTrue(output.out().startsWith("offloadlab " + FrameworkUtil.getBundle(getClass()).getVersion()),
                output.out());
    }

    private record Output(int exitCode, String out, String err) {
    }

    /** Runs the application with System.out/err captured (it writes to the real streams, as a launcher expects). */
    private static Output run(String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Object result;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            result = new HeadlessApplication().start(new FakeApplicationContext(args));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Output((Integer) result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Just enough of what the Equinox launcher passes to an application. */
    private static final class FakeApplicationContext implements IApplicationContext {
        private final String[] args;

        FakeApplicationContext(String[] args) {
            this.args = args;
        }

        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, args);
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
