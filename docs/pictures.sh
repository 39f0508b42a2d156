#!/usr/bin/env bash
# Makes the README's pictures from the example networks (examples/networks): two ecomaps and a screenshot of a
# one-page report, written under docs/. Not run by the build, which never writes into the source tree; run it by
# hand from anywhere, with Maven, a JDK 17+ and Debian's chromium (or MAILLAGE_CHROMIUM):
#   bash docs/pictures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM=${MAILLAGE_CHROMIUM:-chromium}
mvn -q -B -pl cli -am package -DskipTests
JAR=cli/target/maillage-cli.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# screenshot FILE WIDTH HEIGHT PNG
screenshot() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$WORK/profile" \
    --window-size="$2,$3" --screenshot="$4" "file://$1" >/dev/null 2>&1
}

# an ecomap at its own size (its user units are pixels)
ecomap() {
  local name=$1 lang=$2 svg="$WORK/$1.svg"
  java -jar "$JAR" render --date 2026-12-01 --lang "$lang" --out "$svg" "examples/networks/$name.json"
  local width height
  width=$(grep -o 'width="[0-9.]*"' "$svg" | head -n 1 | grep -o '[0-9]*' | head -n 1)
  height=$(grep -o 'height="[0-9.]*"' "$svg" | head -n 1 | grep -o '[0-9]*' | head -n 1)
  screenshot "$svg" "$((width + 1))" "$((height + 1))" "docs/ecomap-$name.png"
}

ecomap pairing fr
ecomap network-intervention en
java -jar "$JAR" report --date 2026-12-01 --lang en --out "$WORK/report.html" examples/networks/network-intervention.json
screenshot "$WORK/report.html" 1100 1800 docs/report-network-intervention.png
ls -l docs/*.png
