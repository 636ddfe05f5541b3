/**
 * The pcap replay source: replays a real capture into the emulated offload adapter. Monitor mode tracks, for every
 * connection, the hard and soft state the adapter would hold and what a failover at any moment would have had to
 * recover. Published as the {@link org.offloadlab.replay.ReplaySource} service.
 */
package org.offloadlab.replay;
