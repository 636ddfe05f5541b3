package org.offloadlab.analysis;

/**
 * How to analyse.
 *
 * @param bpfFilter
 *            a BPF (tcpdump) filter expression applied before analysis, or {@code null} for none
 * @param validateChecksums
 *            count TCP/IP checksum errors as malformed; off by default because captures taken on the sending host carry
 *            checksum-offload artefacts that are not corruption
 */
public record AnalysisOptions(String bpfFilter, boolean validateChecksums) {

    public static final AnalysisOptions DEFAULT = new AnalysisOptions(null, false);
}
