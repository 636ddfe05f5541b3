/**
 * Primitive-array data structures of the DMA buffer manager: the chunk table, int stacks and the flush-timer heap.
 * Exported to the test fragment only.
 */
package org.offloadlab.dma.internal;
