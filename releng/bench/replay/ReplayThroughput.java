// In-process replay throughput (docs/PERFORMANCE.md, "Replay"): analysis, monitor and conformance mode, four rounds in
// one JVM so the JIT is warm. Run with the classes of a quicktest build on the class path, e.g.
//   releng/dev/quicktest.sh org.offloadlab.testing org.offloadlab.pcap org.offloadlab.tcp org.offloadlab.analysis org.offloadlab.replay
//   java -Xmx1g -XX:+UseParallelGC -cp /tmp/quicktest.XXXX:<pcap4j, jna, slf4j jars> releng/bench/replay/ReplayThroughput.java CAPTURE
import java.nio.file.Path;
import org.offloadlab.analysis.CaptureAnalyzer;
import org.offloadlab.replay.*;
public class ReplayThroughput { public static void main(String[] a) throws Exception {
  Path p = Path.of(a[0]); CaptureAnalyzer an = CaptureAnalyzer.create(); ReplaySource rs = ReplaySource.create(an);
  for (int round = 0; round < 4; round++) {
    long t0 = System.nanoTime(); var r0 = an.analyze(p, null, null); long t1 = System.nanoTime();
    var r1 = rs.monitor(p, ReplayOptions.monitor(), null); long t2 = System.nanoTime();
    var r2 = rs.conformance(p, ReplayOptions.monitor(), null, null); long t3 = System.nanoTime();
    long frames = r0.frames();
    System.out.printf("round %d: frames %d; analyze %.2f s (%.2f M/s), monitor %.2f s (%.2f M/s), conformance %.2f s (%.2f M/s); conns %d/%d/%d%n",
      round, frames, (t1-t0)/1e9, frames/((t1-t0)/1e3), (t2-t1)/1e9, frames/((t2-t1)/1e3), (t3-t2)/1e9, frames/((t3-t2)/1e3), r0.connections().size(), r1.connections().size(), r2.connections().size());
  }
}}
