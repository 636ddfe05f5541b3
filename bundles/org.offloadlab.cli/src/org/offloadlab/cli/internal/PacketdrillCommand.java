package org.offloadlab.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.offloadlab.tcp.TcpConfig;
import org.offloadlab.tcp.packetdrill.PacketdrillRunner;
import org.offloadlab.tcp.packetdrill.ScriptResult;

/**
 * {@code packetdrill SCRIPT|DIR…}: runs packetdrill-syntax scripts against the TCP engine and prints one verdict line
 * per script and the totals. The runner never throws: unreadable or unparsable scripts are failures, unsupported
 * constructs are reported and skipped.
 */
final class PacketdrillCommand implements Command {

    @Override
    public String name() {
        return "packetdrill";
    }

    @Override
    public String synopsis() {
        return "SCRIPT|DIR... [--profile linux|rfc]";
    }

    @Override
    public String summary() {
        return "Run packetdrill scripts against the TCP engine.";
    }

    @Override
    public String help() {
        return """
                Runs packetdrill-syntax scripts (.pkt) against OffloadLab's TCP engine on virtual time and prints one
                line per script: PASS, FAIL with the script line, the expected and the actual packet or result, or
                UNSUPPORTED with the constructs that were skipped (Python blocks, shell commands, epoll, ...), then
                the totals.

                  SCRIPT|DIR       script files, or directories whose *.pkt files are run in name order
                  --profile NAME   linux (the default: initial window 10, Linux option order, 200 ms minimum RTO)
                                   or rfc (the RFC defaults)

                Exit code 0 when no script failed (unsupported ones do not fail), 1 when at least one failed.""";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws UsageException {
        Arguments parsed = new Arguments.Spec().value("--profile").parse(args);
        TcpConfig config = switch (parsed.value("--profile", "linux")) {
            case "linux" -> TcpConfig.linuxDefaults();
            case "rfc" -> TcpConfig.rfcDefaults();
            default -> throw new UsageException("--profile must be linux or rfc");
        };
        if (parsed.positional().isEmpty()) {
            throw new UsageException("missing SCRIPT");
        }
        List<ScriptResult> results = new ArrayList<>();
        for (Path script : scripts(parsed.positional())) {
            ScriptResult result = PacketdrillRunner.run(script, config);
            results.add(result);
            context.out().println(result.summary());
        }
        String summary = PacketdrillRunner.summary(results);
        context.out().println(summary.substring(summary.lastIndexOf('\n') + 1));
        boolean failed = results.stream().anyMatch(r -> r.status() == ScriptResult.Status.FAIL);
        return failed ? ExitCode.CHECK_FAILED : ExitCode.OK;
    }

    private static List<Path> scripts(List<String> names) throws UsageException {
        List<Path> scripts = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".pkt")).sorted()
                            .toList();
                    if (found.isEmpty()) {
                        throw new UsageException("no .pkt scripts in " + name);
                    }
                    scripts.addAll(found);
                } catch (IOException e) {
                    throw new UsageException("cannot list " + name + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                scripts.add(path);
            } else {
                throw new UsageException("no such file: " + name);
            }
        }
        return scripts;
    }
}
