#!/usr/bin/env bash
# Imports every real published list under DATA (the official-format data set of the project's shared data, see
# docs/data-sources.md) strictly with the CLI built in Release, and reports each command and its outcome.
# Usage: tools/import-real-lists.sh DATA [OUTDIR]; exits 1 when any import fails.
set -u
data=${1:?usage: import-real-lists.sh DATA [OUTDIR]}
out=${2:-$(mktemp -d)}
mkdir -p "$out"
cli=${CLI:-$(dirname "$0")/../src/Sanctions.Cli/bin/Release/net10.0/sanctions}
failed=0
run() {
  local name=$1; shift
  if "$cli" import "$@" --out "$out/$name.json" >"$out/$name.out" 2>"$out/$name.err"; then
    echo "ok   $name: $(head -1 "$out/$name.out")"
  else
    echo "FAIL $name (exit $?): $(grep -v '^warning' "$out/$name.err" | head -3)"
    failed=1
  fi
}
d=$data
run un-full un-xml "$d/un/un_consolidated_2026-02-27_full.xml"
run un-excerpt un-xml "$d/un/un_consolidated_excerpt.xml"
run ofac-xml ofac-xml "$d/ofac_xml/consolidated_sdnlist_format_excerpt.xml"
run ofac-csv-tiny ofac-sdn-csv "$d"/ofac_sdn_csv_tiny/*.csv --published 2025-05-16T00:00:00Z
run ofac-csv-2019 ofac-sdn-csv "$d"/ofac_sdn_csv_2019_sample/*.csv --published 2019-01-15T00:00:00Z
run ofac-csv-2021 ofac-sdn-csv "$d"/ofac_sdn_csv_2021_full/*.csv --published 2021-07-07T00:00:00Z
run ofac-csv-2024 ofac-sdn-csv "$d/ofac_sdn_history/sdn-scraped-2024-05-01T18-43Z.csv" --published 2024-05-01T18:43:00Z
run us-csl us-csl "$d/us_csl/consolidated.csv" --published 2025-06-25T00:00:00Z
run bis-dpl bis-dpl "$d/us_bis_dpl/dpl.txt" --published 2019-06-29T00:00:00Z
# The 34 monthly SDN publications of the archive, each alone and then all as one history.
hist=$out/history
mkdir -p "$hist"
tar -xJf "$d/ofac_sdn_history/sdn-monthly-2021-08_2024-05.tar.xz" -C "$hist"
echo "published,files" >"$hist/manifest.csv"
for f in "$hist"/sdn-scraped-*.csv; do
  b=$(basename "$f" .csv); stamp=${b#sdn-scraped-}
  instant="${stamp:0:10}T${stamp:11:2}:${stamp:14:2}:00Z"
  echo "$instant,$(basename "$f")" >>"$hist/manifest.csv"
  run "history-$stamp" ofac-sdn-csv "$f" --published "$instant"
done
run history-all ofac-sdn-csv --history "$hist/manifest.csv"
exit $failed
