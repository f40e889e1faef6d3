#!/usr/bin/env bash
# Proves the packages as an embedder gets them (issue 17): build, pack every publishable package
# with pnpm, lint each tarball with publint and attw, install the tarballs with plain npm in a
# folder outside the workspace, run the ESM example with plain node, type-check a TypeScript
# consumer under nodenext + strict, run the installed CLI, and start the installed service.
# SKIP_BUILD=1 reuses dist/.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
work="$(mktemp -d "${TMPDIR:-/tmp}/grant-ledger-packaging.XXXXXX")"
# KEEP_WORK=1 keeps the folder (tarballs, the installed app) to look into a failure.
if [ "${KEEP_WORK:-}" != 1 ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work"; fi
started=$SECONDS
step() { echo "== packaging: $1 ($((SECONDS - started))s)"; }

# SKIP_BUILD=1 (as in .ci/run, which builds and checks the API reports before the tests) reuses dist/.
if [ "${SKIP_BUILD:-}" != 1 ]; then
  step "build"
  pnpm build
  step "API reports (api/*.api.md; pnpm api:update after an intended change)"
  pnpm api:check
fi

step "pack"
mkdir -p "$work/tarballs"
# Every package that is meant to be published: not private (only the workspace root is;
# tests/packaging/metadata.test.ts keeps it so).
packages=()
for dir in packages/*/ services/*/; do
  if [ "$(node -p "require('./${dir}package.json').private === true")" = false ]; then packages+=("$dir"); fi
done
for dir in "${packages[@]}"; do
  (cd "$dir" && pnpm pack --pack-destination "$work/tarballs" >/dev/null)
done
tarballs=("$work"/tarballs/*.tgz)
echo "${#tarballs[@]} tarballs"

step "publint and attw"
for tgz in "${tarballs[@]}"; do
  if tar -xOzf "$tgz" package/package.json | grep -q '"workspace:'; then
    echo "$tgz keeps a workspace: dependency" >&2
    exit 1
  fi
  echo "$(basename "$tgz")"
  pnpm exec publint run --strict "$tgz" | grep -v '^Running publint\|^Unpacking\|^Linting'
  # Quiet when it passes; on a problem, run again to print the table.
  pnpm exec attw --profile esm-only --quiet "$tgz" ||
    { pnpm exec attw --profile esm-only --no-emoji --no-color "$tgz"; exit 1; }
done

step "npm install the tarballs outside the workspace"
app="$work/app"
mkdir -p "$app"
cp examples/embedding/index.mjs examples/embedding/consumer.ts "$app/"
cd "$app"
npm init -y >/dev/null
npm pkg set type=module
# All tarballs in one install: the packages' dependencies on each other (0.1.0) resolve to
# these, never to the registry, where they are not published.
npm install --no-audit --no-fund --loglevel=error "${tarballs[@]}" "@types/node@^20.17.0"

step "ESM example with plain node, on a SQLite file"
node index.mjs "$app/example.db"

step "TypeScript consumer: nodenext + strict"
tsc="$root/node_modules/typescript/bin/tsc"
cat > tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "noEmit": true,
    "types": ["node"]
  },
  "files": ["consumer.ts"]
}
JSON
node "$tsc" -p tsconfig.json
step "TypeScript consumer: + noPropertyAccessFromIndexSignature"
node "$tsc" -p tsconfig.json --noPropertyAccessFromIndexSignature

step "installed CLI"
npx --no-install grant-ledger --help >/dev/null
npx --no-install grant-ledger demo --store "sqlite:$app/demo.db" --create

step "installed service: grant-ledger-service, GET /healthz"
# The bin itself, not through npx: $! is then the service's own process, which SIGTERM stops.
DATA_DIR="$app/service-data" PORT=0 LOG_LEVEL=silent ./node_modules/.bin/grant-ledger-service >"$app/service.log" 2>&1 &
service=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'service on http://[0-9.:]*' "$app/service.log" | head -1 | cut -d' ' -f3 || true)"
  if [ -n "$url" ] || ! kill -0 "$service" 2>/dev/null; then break; fi
  sleep 0.5
done
if [ -z "$url" ]; then
  echo "the installed service did not start:" >&2
  cat "$app/service.log" >&2
  kill "$service" 2>/dev/null || true
  exit 1
fi
status="$(node -e 'fetch(process.argv[1]).then((r) => console.log(r.status), () => console.log("unreachable"))' "$url/healthz")"
kill -TERM "$service"
wait "$service" || { echo "the installed service did not stop cleanly on SIGTERM" >&2; exit 1; }
if [ "$status" != 200 ]; then
  echo "GET $url/healthz answered $status, not 200" >&2
  cat "$app/service.log" >&2
  exit 1
fi
echo "GET $url/healthz: 200"
step "passed"
