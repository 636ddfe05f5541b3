// The reference scenario for OffloadLab's simulation kernel (releng/bench/sim-bench, docs/PERFORMANCE.md):
// one BulkSendApplication over a point-to-point link, the same topology as org.offloadlab.sim.bench.TcpBulk.
// Built against Debian's ns-3 (apt-get install ns3 libns3-dev) by run.sh; prints one machine-readable line.
//   bulk-p2p RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUN [RECOVERY [BUFFER_BYTES [DELACK_COUNT]]]]
// RUN selects the random substream (RngSeedManager::SetRun, default 1); RECOVERY is prr (ns-3's default,
// ns3::TcpPrrRecovery, RFC 6937) or classic (ns3::TcpClassicRecovery: cwnd = ssthresh on entry, RFC 6675/5681);
// BUFFER_BYTES sets both socket buffers (default 256 KiB); DELACK_COUNT is ns3::TcpSocket::DelAckCount (default 2). Counts entries into fast recovery and into loss (RTO).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/traffic-control-module.h"

using namespace ns3;

static uint64_t g_recoveries = 0;
static uint64_t g_timeouts = 0;
static uint64_t g_drops = 0;

static void CongStateChanged(TcpSocketState::TcpCongState_t from, TcpSocketState::TcpCongState_t to) {
  if (to == TcpSocketState::CA_RECOVERY && from != TcpSocketState::CA_RECOVERY) {
    g_recoveries++;
  }
  if (to == TcpSocketState::CA_LOSS && from != TcpSocketState::CA_LOSS) {
    g_timeouts++;
  }
}

static void RxDropped(Ptr<const Packet>) {
  g_drops++;
}

static void WatchSender() {
  Config::ConnectWithoutContext("/NodeList/0/$ns3::TcpL4Protocol/SocketList/0/CongState",
                                MakeCallback(&CongStateChanged));
}

int main(int argc, char* argv[]) {
  if (argc < 6 || argc > 10) {
    std::fprintf(stderr, "usage: bulk-p2p RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUN [prr|classic [BUFFER [DELACK]]]]\n");
    return 2;
  }
  const std::string rate = std::string(argv[1]) + "bps";
  const double delayMs = std::atof(argv[2]);
  const double loss = std::atof(argv[3]);
  const double seconds = std::atof(argv[4]);
  const std::string queue = std::string(argv[5]) + "p";
  const uint64_t run = argc > 6 ? std::strtoull(argv[6], nullptr, 10) : 1;
  const std::string recovery = argc > 7 ? argv[7] : "prr";
  const uint32_t buffer = argc > 8 ? std::strtoul(argv[8], nullptr, 10) : 256 * 1024;
  const uint32_t delAck = argc > 9 ? std::strtoul(argv[9], nullptr, 10) : 2;
  if (recovery != "prr" && recovery != "classic") {
    std::fprintf(stderr, "bulk-p2p: RECOVERY must be prr or classic, got %s\n", recovery.c_str());
    return 2;
  }

  // the same TCP as OffloadLab's side: NewReno with SACK, timestamps, window scaling, IW10, 1448-octet segments
  // (MSS 1460 minus 12 octets of timestamp option), 256 KiB buffers, 200 ms minimum RTO, 40 ms delayed ACK
  Config::SetDefault("ns3::TcpL4Protocol::SocketType", StringValue("ns3::TcpNewReno"));
  Config::SetDefault("ns3::TcpSocket::SegmentSize", UintegerValue(1448));
  Config::SetDefault("ns3::TcpSocket::InitialCwnd", UintegerValue(10));
  Config::SetDefault("ns3::TcpSocket::SndBufSize", UintegerValue(buffer));
  Config::SetDefault("ns3::TcpSocket::RcvBufSize", UintegerValue(buffer));
  Config::SetDefault("ns3::TcpSocket::DelAckTimeout", TimeValue(MilliSeconds(40)));
  Config::SetDefault("ns3::TcpSocket::DelAckCount", UintegerValue(delAck));
  Config::SetDefault("ns3::TcpSocketBase::MinRto", TimeValue(MilliSeconds(200)));
  Config::SetDefault("ns3::TcpSocketBase::Sack", BooleanValue(true));
  Config::SetDefault("ns3::TcpSocketBase::Timestamp", BooleanValue(true));
  Config::SetDefault("ns3::TcpSocketBase::WindowScaling", BooleanValue(true));
  Config::SetDefault("ns3::TcpL4Protocol::RecoveryType",
                     TypeIdValue(recovery == "prr" ? TcpPrrRecovery::GetTypeId() : TcpClassicRecovery::GetTypeId()));
  RngSeedManager::SetSeed(1);
  RngSeedManager::SetRun(run);

  NodeContainer nodes;
  nodes.Create(2);
  PointToPointHelper p2p;
  p2p.SetDeviceAttribute("DataRate", StringValue(rate));
  p2p.SetChannelAttribute("Delay", TimeValue(MicroSeconds(static_cast<int64_t>(delayMs * 1000))));
  p2p.SetQueue("ns3::DropTailQueue", "MaxSize", StringValue(queue));
  NetDeviceContainer devices = p2p.Install(nodes);

  // Bernoulli packet loss on the data direction only (the receiver's device), as on OffloadLab's link
  Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
  em->SetAttribute("ErrorUnit", StringValue("ERROR_UNIT_PACKET"));
  em->SetAttribute("ErrorRate", DoubleValue(loss));
  devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(em));
  devices.Get(1)->TraceConnectWithoutContext("PhyRxDrop", MakeCallback(&RxDropped));

  InternetStackHelper stack;
  stack.Install(nodes);
  Ipv4AddressHelper address;
  address.SetBase("10.1.1.0", "255.255.255.0");
  Ipv4InterfaceContainer ifaces = address.Assign(devices);
  // no queue discipline above the device (Assign installed pfifo_fast): the device's drop-tail queue is the only
  // queue, as in OffloadLab
  TrafficControlHelper tch;
  tch.Uninstall(devices);

  const uint16_t port = 5001;
  BulkSendHelper source("ns3::TcpSocketFactory", InetSocketAddress(ifaces.GetAddress(1), port));
  source.SetAttribute("MaxBytes", UintegerValue(0));
  source.SetAttribute("SendSize", UintegerValue(64 * 1024));
  ApplicationContainer sourceApps = source.Install(nodes.Get(0));
  sourceApps.Start(Seconds(0.0));
  sourceApps.Stop(Seconds(seconds));
  PacketSinkHelper sink("ns3::TcpSocketFactory", InetSocketAddress(Ipv4Address::GetAny(), port));
  ApplicationContainer sinkApps = sink.Install(nodes.Get(1));
  sinkApps.Start(Seconds(0.0));
  sinkApps.Stop(Seconds(seconds));

  Simulator::Schedule(MilliSeconds(1), &WatchSender);
  Simulator::Stop(Seconds(seconds));
  auto t0 = std::chrono::steady_clock::now();
  Simulator::Run();
  auto t1 = std::chrono::steady_clock::now();
  uint64_t rx = DynamicCast<PacketSink>(sinkApps.Get(0))->GetTotalRx();
  double wall = std::chrono::duration<double>(t1 - t0).count();
  std::printf("ns3 version=3.37 run=%llu recovery=%s rate=%s delay_ms=%g loss=%g seconds=%g rx_bytes=%llu"
              " goodput_mbps=%.3f wall_s=%.3f loss_drops=%llu recoveries=%llu timeouts=%llu\n",
              static_cast<unsigned long long>(run), recovery.c_str(), rate.c_str(), delayMs, loss, seconds,
              static_cast<unsigned long long>(rx), rx * 8.0 / seconds / 1e6, wall,
              static_cast<unsigned long long>(g_drops), static_cast<unsigned long long>(g_recoveries),
              static_cast<unsigned long long>(g_timeouts));
  Simulator::Destroy();
  return 0;
}
