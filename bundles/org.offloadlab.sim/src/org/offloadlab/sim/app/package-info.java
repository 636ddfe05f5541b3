/**
 * Applications on simulated hosts: the socket API they use ({@link org.offloadlab.sim.app.SocketApi}), implemented by
 * emulated peers and by the host's offloaded sockets, and the synthetic workloads (bulk transfer, request/response,
 * many short connections) that run on it.
 */
package org.offloadlab.sim.app;
