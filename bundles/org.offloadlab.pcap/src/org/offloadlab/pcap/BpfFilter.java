package org.offloadlab.pcap;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.offloadlab.pcap.internal.Libpcap;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * A tcpdump-style capture filter, compiled and run by libpcap ({@code pcap_compile}, {@code bpf_filter}). BPF code
 * depends on the link-layer header, and a pcapng file may mix link types, so a program is compiled lazily for each link
 * type met. Not thread-safe; {@link #close()} frees the native programs.
 */
public final class BpfFilter implements AutoCloseable {

    /** Link types tried by {@link #compile} to tell a bad expression from one that suits only some links. */
    private static final int[] PROBE_LINK_TYPES = {LinkType.ETHERNET, LinkType.LINUX_SLL2, LinkType.LINUX_SLL,
            LinkType.RAW};
    private static final int SNAPLEN = 262_144;

    private final String expression;
    private final Map<Integer, BpfProgram> programs = new HashMap<>();
    private boolean closed;

    private BpfFilter(String expression) {
        this.expression = expression;
    }

    /**
     * @throws IllegalArgumentException
     *             with libpcap's own message when the expression does not compile for any common link type
     * @throws IllegalStateException
     *             telling to install libpcap0.8 when libpcap cannot be loaded
     */
    public static BpfFilter compile(String expression) {
        Objects.requireNonNull(expression, "expression");
        Libpcap.ensureLoadable();
        BpfFilter filter = new BpfFilter(expression);
        IllegalArgumentException first = null;
        for (int linkType : PROBE_LINK_TYPES) {
            try {
                filter.programFor(linkType);
                return filter;
            } catch (IllegalArgumentException e) {
                first = first == null ? e : first;
            }
        }
        filter.close();
        throw first;
    }

    public String expression() {
        return expression;
    }

    /**
     * @throws IllegalArgumentException
     *             when the expression cannot be compiled for the frame's link type (for example {@code ether host} on
     *             raw IP)
     */
    public boolean matches(Frame frame) {
        if (closed) {
            throw new IllegalStateException("BPF filter \"" + expression + "\" is closed");
        }
        return programFor(frame.linkType()).applyFilter(frame.data(), frame.originalLength(), frame.capturedLength());
    }

    private BpfProgram programFor(int linkType) {
        BpfProgram program = programs.get(linkType);
        if (program == null) {
            program = compileFor(linkType);
            programs.put(linkType, program);
        }
        return program;
    }

    private BpfProgram compileFor(int linkType) {
        try (PcapHandle dead = Pcaps.openDead(DataLinkType.getInstance(Libpcap.dltOfLinkType(linkType)), SNAPLEN)) {
            // the handle's compileFilter reports pcap_geterr(), libpcap's own words; Pcaps.compileFilter does not
            return dead.compileFilter(expression, BpfCompileMode.OPTIMIZE, PcapHandle.PCAP_NETMASK_UNKNOWN);
        } catch (PcapNativeException e) {
            throw new IllegalArgumentException("BPF expression \"" + expression + "\" does not compile for link type "
                    + LinkType.name(linkType) + ": " + e.getMessage(), e);
        } catch (NotOpenException e) {
            throw new IllegalStateException(e);
        } catch (LinkageError e) {
            throw Libpcap.notLoadable(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        programs.values().forEach(BpfProgram::free);
        programs.clear();
    }
}
