/**
 * The host side of an offloaded TCP stack: {@link org.offloadlab.host.HostDriver} (driver and
 * {@link org.offloadlab.sim.app.SocketApi} over the adapter's host interface), the hard-state shadow failover needs
 * ({@link org.offloadlab.host.HardStateShadow}), and the host CPU cost model
 * ({@link org.offloadlab.host.HostCostModel}).
 */
package org.offloadlab.host;
