// The reference scenario for OffloadLab's simulation kernel (releng/bench/sim-bench, docs/PERFORMANCE.md):
// one BulkSendApplication over a point-to-point link, the same topology as org.offloadlab.sim.bench.TcpBulk.
// Built against Debian's ns-3 (apt-get install ns3 libns3-dev) by run.sh; prints one machine-readable line.
//   bulk-p2p RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUN [RECOVERY [BUFFER_BYTES [DELACK_COUNT [SSTHRESH_BASIS]]]]]
// RUN selects the random substream (RngSeedManager::SetRun, default 1); RECOVERY is prr (ns-3's default,
// ns3::TcpPrrRecovery, RFC 6937) or classic (ns3::TcpClassicRecovery: cwnd = ssthresh on entry, RFC 6675/5681);
// BUFFER_BYTES sets both socket buffers (default 256 KiB); DELACK_COUNT is ns3::TcpSocket::DelAckCount (default 2);
// SSTHRESH_BASIS is pipe (ns-3's own: ssthresh = BytesInFlight / 2) or flight (TcpNewRenoFlightSize below:
// FlightSize / 2 as in RFC 5681 and OffloadLab). Counts entries into fast recovery and into loss (RTO), retransmissions,
// the time-weighted mean cwnd and per recovery entry cwnd, pipe, FlightSize and the new ssthresh; BULK_TRACE=FILE
// also writes every change of the sender's cwnd/ssthresh, recovery entries/exits, RTOs and retransmissions as CSV.
#include <algorithm>
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

// ns-3 3.37's TcpNewReno with RFC 5681 §3.2 (4) / RFC 6675 §5 (4.2)'s ssthresh = FlightSize / 2, for the comparison
// only: TcpSocketBase::EnterRecovery passes BytesInFlight() to GetSsThresh, which with SACK is RFC 6675's pipe
// (FlightSize less the SACKed and the lost octets: about dupthresh + 1 segments less at entry), so ns-3 halves a
// smaller window than the RFCs (and OffloadLab's engine) do. HighTxMark - lastAckedSeq is FlightSize (SND.MAX - SND.UNA).
class TcpNewRenoFlightSize : public TcpNewReno {
 public:
  static TypeId GetTypeId() {
    static TypeId tid = TypeId("ns3::TcpNewRenoFlightSize")
                            .SetParent<TcpNewReno>()
                            .SetGroupName("Internet")
                            .AddConstructor<TcpNewRenoFlightSize>();
    return tid;
  }
  TcpNewRenoFlightSize() = default;
  TcpNewRenoFlightSize(const TcpNewRenoFlightSize& sock) = default;
  std::string GetName() const override {
    return "TcpNewRenoFlightSize";
  }
  uint32_t GetSsThresh(Ptr<const TcpSocketState> tcb, uint32_t) override {
    const uint32_t flight = tcb->m_highTxMark.Get() - tcb->m_lastAckedSeq;
    return std::max(2 * tcb->m_segmentSize, flight / 2);
  }
  Ptr<TcpCongestionOps> Fork() override {
    return CopyObject<TcpNewRenoFlightSize>(this);
  }
};
NS_OBJECT_ENSURE_REGISTERED(TcpNewRenoFlightSize);

static uint64_t g_recoveries = 0;
static uint64_t g_timeouts = 0;
static uint64_t g_drops = 0;

// the sender's window trace (docs/PERFORMANCE.md, "Where the 1 % gap comes from"): the traced values, the
// time-weighted mean window, and per recovery episode the window, pipe and FlightSize at entry and ssthresh after
static FILE* g_trace = nullptr;
static uint32_t g_cwnd = 0;
static uint32_t g_ssthresh = 0;
static uint32_t g_pipe = 0;
static uint32_t g_highTx = 0;
static uint32_t g_una = 0;
static uint32_t g_sentEnd = 0;
static uint64_t g_retransmits = 0;
static uint64_t g_recoveryRetransmits = 0;
static double g_cwndArea = 0; // octet-seconds of cwnd
static double g_lastChange = 0;
static double g_recoveryStart = -1;
static double g_recoveryTime = 0;
static uint64_t g_entries = 0;
static double g_sumCwndAtEntry = 0;
static double g_sumPipeAtEntry = 0;
static double g_sumFlightAtEntry = 0;
static double g_sumSsthreshAfterEntry = 0;
static bool g_inRecovery = false;
static bool g_awaitSsthresh = false;

static void TraceRow(const char* what) {
  if (g_trace != nullptr) {
    std::fprintf(g_trace, "%.6f,%s,%u,%u,%u,%u\n", Simulator::Now().GetSeconds(), what, g_cwnd, g_ssthresh, g_pipe,
                 g_highTx - g_una);
  }
}

static void CwndChanged(uint32_t, uint32_t now) {
  double t = Simulator::Now().GetSeconds();
  g_cwndArea += g_cwnd * (t - g_lastChange);
  g_lastChange = t;
  g_cwnd = now;
  TraceRow("cwnd");
}

static void SsthreshChanged(uint32_t, uint32_t now) {
  g_ssthresh = now;
  if (g_awaitSsthresh) {
    g_sumSsthreshAfterEntry += now;
    g_awaitSsthresh = false;
  }
  TraceRow("ssthresh");
}

static void PipeChanged(uint32_t, uint32_t now) {
  g_pipe = now;
}

static void HighTxChanged(SequenceNumber32, SequenceNumber32 now) {
  g_highTx = now.GetValue();
}

static void UnaChanged(SequenceNumber32, SequenceNumber32 now) {
  g_una = now.GetValue();
}

static void Sent(Ptr<const Packet> p, const TcpHeader& h, Ptr<const TcpSocketBase>) {
  if (p->GetSize() == 0) {
    return;
  }
  uint32_t seq = h.GetSequenceNumber().GetValue();
  if (g_sentEnd != 0 && static_cast<int32_t>(seq - g_sentEnd) < 0) {
    g_retransmits++;
    if (g_inRecovery) {
      g_recoveryRetransmits++;
    }
    TraceRow("retransmit");
  }
  uint32_t end = seq + p->GetSize();
  if (g_sentEnd == 0 || static_cast<int32_t>(end - g_sentEnd) > 0) {
    g_sentEnd = end;
  }
}

static void CongStateChanged(TcpSocketState::TcpCongState_t from, TcpSocketState::TcpCongState_t to) {
  double t = Simulator::Now().GetSeconds();
  if (to == TcpSocketState::CA_RECOVERY && from != TcpSocketState::CA_RECOVERY) {
    g_recoveries++;
    g_inRecovery = true;
    g_recoveryStart = t;
    // the state changes before EnterRecovery recomputes ssthresh and cwnd: these are the values at entry
    g_entries++;
    g_sumCwndAtEntry += g_cwnd;
    g_sumPipeAtEntry += g_pipe;
    g_sumFlightAtEntry += g_highTx - g_una;
    g_awaitSsthresh = true;
    TraceRow("enter-recovery");
  }
  if (from == TcpSocketState::CA_RECOVERY && to != TcpSocketState::CA_RECOVERY) {
    g_inRecovery = false;
    g_recoveryTime += t - g_recoveryStart;
    TraceRow(to == TcpSocketState::CA_LOSS ? "recovery-to-rto" : "exit-recovery");
  }
  if (to == TcpSocketState::CA_LOSS && from != TcpSocketState::CA_LOSS) {
    g_timeouts++;
    TraceRow("rto");
  }
}

static void RxDropped(Ptr<const Packet>) {
  g_drops++;
}

static void WatchSender() {
  const std::string sock = "/NodeList/0/$ns3::TcpL4Protocol/SocketList/0/";
  Config::ConnectWithoutContext(sock + "CongState", MakeCallback(&CongStateChanged));
  Config::ConnectWithoutContext(sock + "CongestionWindow", MakeCallback(&CwndChanged));
  Config::ConnectWithoutContext(sock + "SlowStartThreshold", MakeCallback(&SsthreshChanged));
  Config::ConnectWithoutContext(sock + "BytesInFlight", MakeCallback(&PipeChanged));
  Config::ConnectWithoutContext(sock + "HighestSequence", MakeCallback(&HighTxChanged));
  Config::ConnectWithoutContext(sock + "HighestRxAck", MakeCallback(&UnaChanged));
  Config::ConnectWithoutContext(sock + "Tx", MakeCallback(&Sent));
}

int main(int argc, char* argv[]) {
  if (argc < 6 || argc > 11) {
    std::fprintf(stderr, "usage: bulk-p2p RATE_BPS DELAY_MS LOSS SECONDS QUEUE_PACKETS [RUN [prr|classic [BUFFER [DELACK"
                         " [pipe|flight]]]]]\n");
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
  const std::string basis = argc > 10 ? argv[10] : "pipe";
  if (basis != "pipe" && basis != "flight") {
    std::fprintf(stderr, "bulk-p2p: SSTHRESH_BASIS must be pipe or flight, got %s\n", basis.c_str());
    return 2;
  }
  if (recovery != "prr" && recovery != "classic") {
    std::fprintf(stderr, "bulk-p2p: RECOVERY must be prr or classic, got %s\n", recovery.c_str());
    return 2;
  }

  // the same TCP as OffloadLab's side: NewReno with SACK, timestamps, window scaling, IW10, 1448-octet segments
  // (MSS 1460 minus 12 octets of timestamp option), 256 KiB buffers, 200 ms minimum RTO, 40 ms delayed ACK
  Config::SetDefault("ns3::TcpL4Protocol::SocketType",
                     StringValue(basis == "flight" ? "ns3::TcpNewRenoFlightSize" : "ns3::TcpNewReno"));
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

  if (const char* path = std::getenv("BULK_TRACE")) {
    g_trace = std::fopen(path, "w");
    if (g_trace == nullptr) {
      std::fprintf(stderr, "bulk-p2p: cannot write BULK_TRACE=%s\n", path);
      return 2;
    }
    std::fprintf(g_trace, "time_s,event,cwnd,ssthresh,pipe,flight\n");
  }
  Simulator::Schedule(MilliSeconds(1), &WatchSender);
  Simulator::Stop(Seconds(seconds));
  auto t0 = std::chrono::steady_clock::now();
  Simulator::Run();
  auto t1 = std::chrono::steady_clock::now();
  g_cwndArea += g_cwnd * (seconds - g_lastChange);
  if (g_inRecovery) {
    g_recoveryTime += seconds - g_recoveryStart;
  }
  if (g_trace != nullptr) {
    std::fclose(g_trace);
  }
  const double n = g_entries > 0 ? static_cast<double>(g_entries) : 1.0;
  const double seg = 1448.0;
  uint64_t rx = DynamicCast<PacketSink>(sinkApps.Get(0))->GetTotalRx();
  double wall = std::chrono::duration<double>(t1 - t0).count();
  std::printf("ns3 version=3.37 run=%llu recovery=%s ssthresh_basis=%s rate=%s delay_ms=%g loss=%g seconds=%g rx_bytes=%llu"
              " goodput_mbps=%.3f wall_s=%.3f loss_drops=%llu recoveries=%llu timeouts=%llu retransmits=%llu"
              " recovery_retransmits=%llu mean_cwnd_segs=%.2f recovery_s=%.3f entry_cwnd_segs=%.2f"
              " entry_pipe_segs=%.2f entry_flight_segs=%.2f ssthresh_after_entry_segs=%.2f\n",
              static_cast<unsigned long long>(run), recovery.c_str(), basis.c_str(), rate.c_str(), delayMs, loss, seconds,
              static_cast<unsigned long long>(rx), rx * 8.0 / seconds / 1e6, wall,
              static_cast<unsigned long long>(g_drops), static_cast<unsigned long long>(g_recoveries),
              static_cast<unsigned long long>(g_timeouts), static_cast<unsigned long long>(g_retransmits),
              static_cast<unsigned long long>(g_recoveryRetransmits), g_cwndArea / seconds / seg, g_recoveryTime,
              g_sumCwndAtEntry / n / seg, g_sumPipeAtEntry / n / seg, g_sumFlightAtEntry / n / seg,
              g_sumSsthreshAfterEntry / n / seg);
  Simulator::Destroy();
  return 0;
}
