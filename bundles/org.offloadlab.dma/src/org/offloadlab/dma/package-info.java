/**
 * The DMA buffer manager of the emulated offload adapter (DESIGN §5; patent family CA2573156 "memory management in an
 * offload of network protocol processing").
 * <ul>
 * <li>Memory: {@link org.offloadlab.dma.HostMemory} of {@link org.offloadlab.dma.BufferPool}s (index free lists).</li>
 * <li>Groups: {@link org.offloadlab.dma.BufferGroup}, chosen by {@link org.offloadlab.dma.GroupRule}s in a
 * {@link org.offloadlab.dma.GroupSelector} from {@link org.offloadlab.dma.ConnectionAttributes}; exhaustion per
 * {@link org.offloadlab.dma.ExhaustionPolicy}.</li>
 * <li>The facade {@link org.offloadlab.dma.DmaManager}: receive (buffered / zero-copy, partial handover), send
 * (buffered / zero-copy by threshold, partial transmit and acknowledgement), delayed DMA with expedited transfer; the
 * host hears through a {@link org.offloadlab.dma.HostSink}.</li>
 * <li>Accounting: {@link org.offloadlab.dma.Accounting}, {@link org.offloadlab.dma.AccountingSnapshot},
 * {@link org.offloadlab.dma.AccountingSampler} (time series, CSV), {@link org.offloadlab.dma.CpuCostModel}.</li>
 * </ul>
 */
package org.offloadlab.dma;
