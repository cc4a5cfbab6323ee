#!/usr/bin/env bash
# Benchmark: `serve`'s save-to-served latency. Starts the Release `serve` on a copy of a synthetic corpus,
# then edits one statement file at a time and polls its page over HTTP until the edit shows, printing each
# latency (save → page served with the change) and serve's own "Updated…/Built…" line, then medians and ranges.
# Not a test: speed is measured here, never asserted in the suite.
#
#   tests/Benchmark/serve.sh                     # N=10000, 7 edits of each kind
#   EDITS=11 KINDS=text tests/Benchmark/serve.sh # only text edits, 11 of them
#   TIMINGS=1 tests/Benchmark/serve.sh           # also serve's own timings of each step (serve --timings)
#
# Kinds: `text` replaces the first paragraph (so the excerpt, and the lists showing it, change too);
# `tail` appends a sentence to the last paragraph (its page only); `title` appends words to the title.
# Each edit waits for the previous one's background refresh (feeds, search index) to finish, as a
# maintainer reading the page would, so edits do not queue behind one another.
# WORK holds the corpora (corpus-N, as tests/Benchmark/run.sh makes them); the copy is made under TMP.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${N:-10000}
EDITS=${EDITS:-7}
KINDS=${KINDS:-text tail title}
WORK=${WORK:-/tmp/archive-bench}
PORT=${PORT:-$((20000 + RANDOM % 20000))}

corpus=$WORK/corpus-$N
[ -d "$corpus/statements" ] || { echo "no corpus at $corpus: run N=$N tests/Benchmark/run.sh once" >&2; exit 2; }

dotnet build -c Release "$repo/generator" -v quiet -nologo >&2
copy=$(mktemp -d "${TMP:-/tmp}/serve-bench-XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp -r "$corpus" "$copy/content"

python3 - "$repo" "$copy/content" "$PORT" "$EDITS" "$KINDS" <<'PY'
import os, re, statistics, subprocess, sys, threading, time, urllib.request, urllib.error

repo, content, port, edits, kinds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split()
serve = subprocess.Popen(
    ["dotnet", f"{repo}/generator/bin/Release/net10.0/generator.dll", "serve",
     "--content", content, "--templates", f"{repo}/templates", "--port", str(port)] + (["--timings"] if os.environ.get("TIMINGS") else []),
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
lines, seen = [], threading.Condition()

def read():
    for line in serve.stdout:
        with seen:
            lines.append(line.rstrip("\n"))
            seen.notify_all()
threading.Thread(target=read, daemon=True).start()

def wait_line(prefix, after, timeout=300):
    """The first output line from index `after` on that starts with `prefix` (a string or a tuple of them)."""
    deadline = time.monotonic() + timeout
    with seen:
        while True:
            for line in lines[after:]:
                if line.startswith(prefix): return line
            if serve.poll() is not None or time.monotonic() > deadline:
                sys.exit("serve stopped or timed out:\n" + "\n".join(lines[-20:]))
            seen.wait(0.5)

def get(path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=10) as r: return r.read().decode()
    except urllib.error.HTTPError: return ""
    except OSError: return ""  # refused, reset or timed out while a full build swaps the folder

def page_of(file):  # content/statements/1990/1990-02-05-x.md → statements/1990/1990-02-05-x/
    return f"statements/{os.path.basename(os.path.dirname(file))}/{os.path.splitext(os.path.basename(file))[0]}/"

def edit(kind, text, marker):
    front_end = text.index("\n---\n", 4) + len("\n---\n")
    head, body = text[:front_end], text[front_end:]
    if kind == "title":
        return re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} {marker}"', head, count=1, flags=re.M) + body
    paragraphs = body.strip("\n").split("\n\n")
    if kind == "text": paragraphs[0] = f"{marker} opens this statement now."
    else: paragraphs[-1] += f" {marker} closes it."
    return head + "\n" + "\n\n".join(paragraphs) + "\n"

start = time.monotonic()
wait_line("Serving ", 0)
print(f"serve ready after {time.monotonic() - start:.1f} s ({wait_line('Built ', 0)})", flush=True)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(content, "statements")) for f in fs if f.endswith(".md"))
results = {}
for kind in kinds:
    for i in range(edits):
        # Spread over the archive (old and new, long and short lists), a different file for every edit.
        file = files[(kinds.index(kind) * edits + i) * 7919 % len(files)]
        original = open(file, encoding="utf-8").read()
        marker = f"Benchedit{kind}{i}x{int(time.time() * 1000) % 100000}"
        changed = edit(kind, original, marker)
        assert changed != original, file
        time.sleep(1.0)  # let the previous edit's refresh settle into the quiet a reader gives it
        after = len(lines)
        t0 = time.monotonic()
        with open(file, "w", encoding="utf-8") as f: f.write(changed)
        while marker not in get(page_of(file)):
            if time.monotonic() - t0 > 120: sys.exit(f"edit of {file} not served after 120 s:\n" + "\n".join(lines[-20:]))
            time.sleep(0.002)
        ms = (time.monotonic() - t0) * 1000
        said = wait_line(("Updated ", "Built "), after)
        results.setdefault(kind, []).append(ms)
        print(f"{kind:5} {ms:7.0f} ms  {os.path.basename(file)[:50]:50}  serve: {said}", flush=True)
        if os.environ.get("TIMINGS"): print("      " + wait_line("  timings:", after, 10).strip(), flush=True)
        # Wait for the background refresh (or a full build) to finish before the next edit.
        if said.startswith("Updated "): wait_line("Refreshed ", after, 120)

serve.terminate()
serve.wait(30)
for kind, ms in results.items():
    print(f"{kind}: save to served median {statistics.median(ms):.0f} ms, range {min(ms):.0f}–{max(ms):.0f} ms, {len(ms)} edits")
PY
