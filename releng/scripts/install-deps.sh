#!/usr/bin/env bash
# Makes sure the Debian packages a task needs are present: installs them when running as root (or with
# password-less sudo), otherwise says exactly what to install and fails.
#   install-deps.sh gui    GTK 3, fonts, libpcap       (open the workbench)
#   install-deps.sh gui-headless  the same + Xvfb     (the workbench on a machine without a display)
#   install-deps.sh cli    fonts, libpcap              (headless commands, charts as PNG)
#   install-deps.sh test   all of the above + Xvfb, xauth, tshark, tcpdump, chromium (the whole test suite;
#                          chromium opens the HTML run report headless)
set -euo pipefail
case "${1:-test}" in
  gui) pkgs=(libgtk-3-0 libpcap0.8 fonts-dejavu-core) ;;
  gui-headless) pkgs=(libgtk-3-0 libpcap0.8 fonts-dejavu-core xvfb xauth) ;;
  cli) pkgs=(libpcap0.8 fonts-dejavu-core) ;;
  test) pkgs=(libgtk-3-0 libpcap0.8 fonts-dejavu-core xvfb xauth tshark tcpdump chromium) ;;
  *) echo "install-deps.sh: unknown set '$1' (gui, gui-headless, cli or test)" >&2; exit 2 ;;
esac
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "offloadlab: missing system packages: ${missing[*]} (this is not a Debian/Ubuntu system: install their equivalents)" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "offloadlab: missing system packages: ${missing[*]}" >&2
  echo "offloadlab: install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "offloadlab: installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
