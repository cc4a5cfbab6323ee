#!/usr/bin/env bash
# Benchmark: full-text search at scale. Builds a synthetic corpus (the shared synth.py, as run.sh does) with
# this generator, prints the search index's size (raw and gzipped file by file, as a web server sends it, and
# its file count, under _site/search/data) and times the first query in headless Chromium from file://,
# for a word every statement has and for a rare one. Not a test: speed is measured here, never asserted.
#
#   tests/Benchmark/search.sh                 # N=10000, 7 runs of each measurement
#   tests/Benchmark/search.sh 1000            # another size (or N=1000)
#   RUNS=11 COMMON=russia RARE=wagner tests/Benchmark/search.sh
#
# Two first-query times, each in a fresh browser context (nothing loaded but the page):
#   typed  — the search page is open and its manifest loaded; from submitting the word to its results shown;
#   opened — the page opened with ?q=WORD; from the start of navigation to its results shown.
# "Shown" is the moment search.js writes the status line ("N statements found…"), after the list.
# RARE defaults to the rarest word of six letters or more in the corpus's files (alphabetically
# first among equals); COMMON to "ukraine", which synth.py puts in every statement.
#
# Needs python3, Node.js (20 or later) and Chromium (/usr/bin/chromium, or CHROMIUM_PATH). Playwright's
# Node library is the one Microsoft.Playwright ships (restored by `dotnet build tests`), or
# tests/tools/node_modules/playwright-core if present; nothing is downloaded.
# BENCH is the shared benchmark material, by default the folder `shared/bench` beside this repository's folder;
# WORK holds the corpora (corpus-N, shared with run.sh) and the built site (search-site-N).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=${BENCH:-$(cd "$repo/.." && pwd)/shared/bench}
N=${1:-${N:-10000}}
RUNS=${RUNS:-7}
WORK=${WORK:-/tmp/archive-bench}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
COMMON=${COMMON:-ukraine}

[ -f "$BENCH/synth.py" ] || { echo "synth.py not found in $BENCH; set BENCH=…/shared/bench" >&2; exit 2; }
[ -x "$CHROMIUM" ] || { echo "Chromium not found at $CHROMIUM: apt-get install -y chromium, or set CHROMIUM_PATH" >&2; exit 2; }
command -v node >/dev/null || { echo "node not found: apt-get install -y nodejs" >&2; exit 2; }

# Playwright's Node library: the test tools' own copy, else the one inside the Microsoft.Playwright package.
playwright=""
version=$(sed -n 's/.*"Microsoft.Playwright" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")
for candidate in "$repo/tests/tools/node_modules/playwright-core" "$repo"/tests/bin/*/net10.0/.playwright/package \
                 "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.playwright/$version/.playwright/package"; do
  if [ -f "$candidate/package.json" ]; then playwright=$candidate; break; fi
done
[ -n "$playwright" ] || { echo "Playwright's Node library not found: run 'dotnet build tests' once (it restores Microsoft.Playwright)" >&2; exit 2; }

corpus=$WORK/corpus-$N
if [ ! -d "$corpus/statements" ]; then
  python3 "$BENCH/synth.py" --count "$N" --out "$corpus" >&2
fi
printf 'title: Benchmark archive\nbase_url: https://example.org/archive/\n' > "$corpus/site.yml"

dotnet build -c Release "$repo/generator" -v quiet -nologo >&2
site=$WORK/search-site-$N
dotnet "$repo/generator/bin/Release/net10.0/generator.dll" build --content "$corpus" --templates "$repo/templates" --output "$site" >&2
data=$site/search/data

echo "N=$N, $(nproc) cores, $(basename "$CHROMIUM") $("$CHROMIUM" --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1), node $(node --version)"

# Size: raw bytes, and each file gzipped (-6, a web server's usual level), per part of the index.
python3 - "$data" <<'PY'
import gzip, os, sys
data = sys.argv[1]
def part(files):
    raw = [os.path.getsize(f) for f in files]
    gz = [len(gzip.compress(open(f, "rb").read(), 6)) for f in files]
    return len(files), sum(raw), sum(gz), max(raw, default=0)
def listing(folder):
    folder = os.path.join(data, folder)
    return sorted(os.path.join(folder, f) for f in os.listdir(folder)) if os.path.isdir(folder) else []
parts = {"meta.js": [os.path.join(data, "meta.js")], "term shards (t/)": listing("t"), "document shards (d/)": listing("d")}
every = [os.path.join(root, f) for root, _, files in os.walk(data) for f in files]
n, raw, gz, _ = part(every)
MiB = 1 << 20
print(f"search index: {raw / MiB:.2f} MiB raw ({raw} bytes), {gz / MiB:.2f} MiB gzipped ({gz} bytes), {n} files")
for name, files in parts.items():
    n, raw, gz, largest = part(files)
    print(f"  {name}: {n} files, {raw / MiB:.2f} MiB raw, {gz / MiB:.2f} MiB gzipped, largest {largest / 1024:.1f} KiB")
PY

# Words: in how many statements' files each is (front matter and body: the index reads title, reference,
# tags, issuer, location and body, so near enough; the status line gives the exact count).
read -r RARE common_df rare_df < <(python3 - "$corpus" "$COMMON" "${RARE:-}" <<'PY'
import collections, os, re, sys
corpus, common, rare = sys.argv[1], sys.argv[2], sys.argv[3]
df = collections.Counter()
for root, _, files in os.walk(os.path.join(corpus, "statements")):
    for name in files:
        df.update(set(re.findall(r"[^\W_]+", open(os.path.join(root, name), encoding="utf-8").read().lower())))
if not rare:
    rare = min((c, w) for w, c in df.items() if len(w) >= 6 and w.isalpha())[1]
print(rare, df[common], df[rare])
PY
)
echo "words: common \"$COMMON\" (in $common_df of $N statement files), rare \"$RARE\" (in $rare_df)"

node - "$playwright" "$CHROMIUM" "$site/search/index.html" "$RUNS" "$COMMON" "$RARE" <<'JS'
const [playwrightPath, chromiumPath, searchPage, runsText, ...words] = process.argv.slice(2);
const { chromium } = require(playwrightPath);
const pageUrl = require("url").pathToFileURL(searchPage).href;
const runs = Number(runsText);

// Before any of the page's scripts: note when the status line first says what was found.
const watchStatus = `
  window.__shown = 0;
  new MutationObserver(() => {
    const status = document.getElementById("search-status");
    if (!window.__shown && status && /found/.test(status.textContent)) window.__shown = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });`;

// Index files the page has asked for (search-index.js adds a script element per file): [term shards, document shards].
const loaded = () => {
  const names = Array.from(document.querySelectorAll("script[src]"), s => s.src);
  return [names.filter(n => n.includes("/search/data/t/")).length, names.filter(n => n.includes("/search/data/d/")).length];
};

async function once(browser, word, mode) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watchStatus);
  let ms;
  if (mode === "opened") {
    await page.goto(pageUrl + "?q=" + encodeURIComponent(word));
    await page.waitForFunction(() => window.__shown > 0, null, { timeout: 60000 });
    ms = await page.evaluate(() => window.__shown);
  } else {
    await page.goto(pageUrl);
    // The manifest (meta.js) is a deferred script: loaded by the load event; search.js reads it right after.
    await page.waitForLoadState("load");
    await page.evaluate(() => new Promise(r => setTimeout(r, 100)));
    ms = await page.evaluate(word => new Promise((resolve, reject) => {
      const start = performance.now();
      document.getElementById("search-q").value = word;
      document.getElementById("search-form").requestSubmit();
      const wait = () => window.__shown ? resolve(window.__shown - start)
        : performance.now() - start > 60000 ? reject(new Error("no results after 60 s")) : requestAnimationFrame(wait);
      wait();
    }), word);
  }
  const status = await page.textContent("#search-status");
  const files = await page.evaluate(loaded);
  await context.close();
  return { ms, status, files };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

(async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    // One unmeasured run first: the OS caches the files and Chromium its own code, as for a reader's second visit to any site.
    await once(browser, words[0], "opened");
    for (const word of words) {
      for (const mode of ["typed", "opened"]) {
        const results = [];
        for (let i = 0; i < runs; i++) results.push(await once(browser, word, mode));
        const ms = results.map(r => r.ms);
        const [terms, docs] = results[0].files;
        console.log(`first query "${word}", ${mode.padEnd(6)}: median ${median(ms).toFixed(0)} ms, ${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms over ${runs} runs` +
          ` (${terms} term shard${terms === 1 ? "" : "s"}, ${docs} document shard${docs === 1 ? "" : "s"} loaded; "${results[0].status.trim()}")`);
      }
    }
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e); process.exit(1); });
JS
