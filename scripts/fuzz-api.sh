#!/usr/bin/env bash
# Fuzz the HTTP API with Schemathesis against its own /openapi.json, on a throwaway embedded Remit.
#
#   scripts/fuzz-api.sh                      # the bounded run (a few minutes on 2 cores)
#   FUZZ_MAX_EXAMPLES=200 FUZZ_SEED=7 scripts/fuzz-api.sh   # longer, or another seed
#   FUZZ_KEEP=1 scripts/fuzz-api.sh          # keep the temp dir (Remit log, reports) afterwards
#
# Starts `npx tsx src/main.ts` (the embedded PostgreSQL + Temporal dev server in a temp dir, free
# ports), waits for /healthz, runs Schemathesis with the API key, then a direct auth probe of every
# documented operation, and stops Remit with SIGINT. Exits non-zero if anything
# failed. Schemathesis lives in .tools/fuzz-venv, pinned below.
set -uo pipefail

SCHEMATHESIS_VERSION=4.32.5
SEED=${FUZZ_SEED:-20240611}
MAX_EXAMPLES=${FUZZ_MAX_EXAMPLES:-100}
# One worker: the run is reproducible from its seed, and Python 3.11's ast is not thread-safe
# (Hypothesis then fails with "AST constructor recursion depth mismatch", CPython gh-106905).
WORKERS=${FUZZ_WORKERS:-1}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=.tools/fuzz-venv
bold() { if [ -t 1 ]; then printf '\033[1m%s\033[0m\n' "$*"; else printf '%s\n' "$*"; fi; }

# --- Schemathesis, pinned, in its own venv -------------------------------------------------------
if [ "$("$VENV/bin/st" --version 2>/dev/null)" != "st, version $SCHEMATHESIS_VERSION" ]; then
  bold "==> installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV" || exit 1
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION" || exit 1
fi

# --- a throwaway Remit ---------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/remit-fuzz-XXXXXX")
read -r PORT TEMPORAL_PORT UI_PORT DEAD_PORT < <("$VENV/bin/python" - <<'EOF'
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])
EOF
)
API_KEY="fuzz-api-key-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
WEBHOOK_SECRET=fuzz-webhook-secret-0123456789
BASE="http://127.0.0.1:$PORT"
REMIT_LOG="$WORK/remit.log"
REMIT_PID=

# `npx` runs `sh -c tsx …`, which does not pass SIGINT on; signal the tsx process itself (it
# relays to Remit), as Ctrl-C in a terminal would.
remit_process() {
  local queue=("$REMIT_PID") p
  while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[0]}; queue=("${queue[@]:1}")
    if [ "$(cat /proc/"$p"/comm 2>/dev/null)" = node ] && tr '\0' ' ' </proc/"$p"/cmdline 2>/dev/null | grep -q 'tsx.* src/main\.ts'; then
      echo "$p"; return 0
    fi
    queue+=($(pgrep -P "$p"))
  done
  echo "$REMIT_PID"
}
stop_remit() {
  [ -n "$REMIT_PID" ] || return 0
  if kill -0 "$REMIT_PID" 2>/dev/null; then
    kill -INT "$(remit_process)" 2>/dev/null
    for _ in $(seq 1 300); do kill -0 "$REMIT_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$REMIT_PID" 2>/dev/null; then
      echo "Remit did not stop within 30 s of SIGINT; sending SIGTERM" >&2
      kill -TERM "$(remit_process)" 2>/dev/null
      wait "$REMIT_PID" 2>/dev/null
      REMIT_PID=
      return 1
    fi
  fi
  wait "$REMIT_PID" 2>/dev/null
  local rc=$?
  REMIT_PID=
  return $rc
}
cleanup() {
  stop_remit >/dev/null 2>&1
  if [ -n "${FUZZ_KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bold "==> starting Remit on $BASE (data in $WORK)"
STARTED=$(date +%s)
# Provider webhook secrets are set so their signature checks run (and must reject unsigned junk).
# Twilio's API points at a closed local port: nothing leaves the machine.
env REMIT_DATA_DIR="$WORK/data" HOST=127.0.0.1 PORT="$PORT" \
  TEMPORAL_DEV_SERVER_PORT="$TEMPORAL_PORT" TEMPORAL_UI_PORT="$UI_PORT" REMIT_POSTGRES_PORT=0 \
  REMIT_API_KEY="$API_KEY" REMIT_WEBHOOK_SECRET="$WEBHOOK_SECRET" \
  REMIT_LOG_LEVEL=warn \
  TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000 TWILIO_AUTH_TOKEN=fuzz-twilio-token TWILIO_FROM=+15005550006 \
  TWILIO_API_BASE_URL="http://127.0.0.1:$DEAD_PORT" \
  RESEND_WEBHOOK_SECRET=whsec_ZnV6ei1yZXNlbmQtc2VjcmV0LTAxMjM0NTY3 STRIPE_WEBHOOK_SECRET=whsec_fuzz_stripe_secret \
  npx tsx src/main.ts >"$REMIT_LOG" 2>&1 &
REMIT_PID=$!

for _ in $(seq 1 240); do  # up to 2 minutes: a busy 2-core machine starts slowly
  curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null && break
  kill -0 "$REMIT_PID" 2>/dev/null || break
  sleep 0.5
done
if ! curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then
  echo "Remit did not become healthy; its log:" >&2
  tail -n 40 "$REMIT_LOG" >&2
  exit 1
fi
echo "healthy after $(( $(date +%s) - STARTED )) s"

# --- seed corpus: a few real identifiers, so {id} routes get past 404 -----------------------------
# Kept small on purpose: one sequence, three invoices of two customers, due in a month so nothing
# is sent during the run. Schemathesis uses them for about 3 in 4 generated path ids (dictionaries
# below); the rest stay generated, so 404s are exercised too.
seed_post() {
  local out code
  out=$(curl -sS -w '\n%{http_code}' -H "Authorization: Bearer $API_KEY" -H 'content-type: application/json' "$BASE$1" -d "$2")
  code=${out##*$'\n'}
  case "$code" in 200|201) printf '%s' "${out%$'\n'*}" ;; *) echo "seeding $1 failed ($code): ${out%$'\n'*}" >&2; return 1 ;; esac
}
json() { "$VENV/bin/python" -c 'import json,sys; v=json.load(sys.stdin)
for k in sys.argv[1].split("."): v=v[k]
print(v)' "$1"; }
DUE=$(date -u -d '+30 days' +%Y-%m-%d)
invoice_json() { printf '{"externalId":"%s","number":"%s","amountDue":"%s","currency":"%s","dueDate":"%s","sequence":"fuzz-seq","paymentUrl":"https://pay.example.com/%s","customer":{"externalId":"%s","name":"Fuzz Customer","email":"fuzz@example.com","phone":"+14155550123","timezone":"Europe/London"}}' "$1" "$1" "$2" "$3" "$DUE" "$1" "$4"; }
bold "==> seeding: 1 sequence, 3 invoices, 2 customers"
seed_post /v1/sequences '{"name":"fuzz-seq","steps":[{"offset":"-P1D","channel":"email","template":"pre_due_reminder"},{"offset":"P3D","channel":"auto","template":{"subject":"{{invoiceNumber}}","body":"Hi {{customerName}}, {{amountDue}} is due: {{paymentLink}} {{optOutText}}\n\n{{unsubscribeLink}}"}}]}' >/dev/null || exit 1
INV1=$(seed_post /v1/invoices "$(invoice_json fuzz-inv-1 1250.00 USD fuzz-cus-1)" | json id) || exit 1
seed_post /v1/invoices "$(invoice_json fuzz-inv-2 99.95 EUR fuzz-cus-1)" >/dev/null || exit 1
INV3=$(seed_post /v1/invoices "$(invoice_json fuzz-inv-3 5000 JPY fuzz-cus-2)" | json id) || exit 1
CUS1=$(curl -sS -H "Authorization: Bearer $API_KEY" "$BASE/v1/invoices/$INV1" | json customer.id) || exit 1
# Invoice page links (src/domain/invoicePageToken.ts: version, invoice id, expiry, 128-bit HMAC tag)
# for two seeded invoices, valid for a day, so the page and its answers get past the 400 page.
page_token() { "$VENV/bin/python" - "$WEBHOOK_SECRET" "$1" <<'EOF'
import base64, hashlib, hmac, struct, sys, time, uuid
key = hmac.new(sys.argv[1].encode(), b"remit invoice page", hashlib.sha256).digest()
payload = bytes([1]) + uuid.UUID(sys.argv[2]).bytes + struct.pack(">I", int(time.time()) + 86400)
print(base64.urlsafe_b64encode(payload + hmac.new(key, payload, hashlib.sha256).digest()[:16]).decode().rstrip("="))
EOF
}
PAGE1=$(page_token "$INV1") && PAGE3=$(page_token "$INV3") || exit 1
CONFIG="$WORK/schemathesis.toml"
cat >"$CONFIG" <<TOML
# No .schemathesis/ crash cache in the checkout: the curl lines printed for each failure reproduce it.
[cache]
enabled = false

[dictionaries.invoices]
values = ["fuzz-inv-1", "$INV1", "fuzz-inv-2", "$INV3"]
[dictionaries.customers]
values = ["fuzz-cus-1", "$CUS1", "fuzz-cus-2"]
[dictionaries.sequences]
values = ["default", "fuzz-seq"]
[dictionaries.pageTokens]
values = ["$PAGE1", "$PAGE3"]

[[operations]]
include-path-regex = '^/v1/invoices/\{id\}'
parameters = { "path.id" = { dictionary = "invoices", probability = 0.75 } }

[[operations]]
include-path-regex = '^/v1/customers/\{id\}'
parameters = { "path.id" = { dictionary = "customers", probability = 0.75 } }

# The invoice page and its answers with a valid link too. Not Pay now: its 303 leads off to the
# seeded (unreachable) payment URLs.
[[operations]]
include-path-regex = '^/i/\{token\}(/answer)?$'
parameters = { "path.token" = { dictionary = "pageTokens", probability = 0.75 } }

# Webhooks authenticate by signature, which Schemathesis cannot compute: 401/403 is all they can
# answer here, so "only 401/403 responses" is the expected outcome, not a warning.
[[operations]]
include-tag = "webhooks"
warnings = ["missing_test_data", "validation_mismatch", "unsupported_regex", "missing_deserializer"]

# A customer's time zone and locale are checked by Intl, which no JSON Schema can express: left to
# the generator, nearly every invoice fails on them and the fuzzer never gets past validation.
# Fixed here (their validation is tested in test/api), so generated invoices get created.
[[operations]]
include-path = "/v1/invoices"
include-method = "POST"
parameters = { "body.sequence" = { dictionary = "sequences", probability = 0.5 }, "body.customer.timezone" = "Pacific/Chatham", "body.customer.locale" = "ar-EG" }
TOML

# --- Schemathesis --------------------------------------------------------------------------------
CHECKS=not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance,ignored_auth
ST_CMD=("$VENV/bin/st" --config-file "$CONFIG" run "$BASE/openapi.json"
  --header "Authorization: Bearer $API_KEY"
  --checks "$CHECKS"
  --phases examples,coverage,fuzzing,stateful
  --seed "$SEED" --max-examples "$MAX_EXAMPLES" --workers "$WORKERS"
  --generation-database none
  --request-timeout 20 --max-failures 200
  --suppress-health-check too_slow,filter_too_much
  --output-truncate true)
# With FUZZ_KEEP, also keep every request and response (HAR) and a JUnit report.
[ -n "${FUZZ_KEEP:-}" ] && ST_CMD+=(--report junit,har --report-dir "$WORK/report")
bold "==> schemathesis $SCHEMATHESIS_VERSION: seed $SEED, $MAX_EXAMPLES examples per operation, checks $CHECKS"
for a in "${ST_CMD[@]}"; do case "$a" in *" "*) printf "'%s' " "$a" ;; *) printf '%s ' "$a" ;; esac; done | sed "s/$API_KEY/***/g; s#$ROOT/##g; s/^/    /"; echo
ST_STARTED=$(date +%s)
# Run from the temp dir, with Hypothesis' cache under .tools: nothing is written into the checkout.
(cd "$WORK" && HYPOTHESIS_STORAGE_DIRECTORY="$ROOT/$VENV/hypothesis" "$ROOT/${ST_CMD[0]}" "${ST_CMD[@]:1}")
ST_RC=$?
echo "schemathesis finished in $(( $(date +%s) - ST_STARTED )) s (exit $ST_RC)"

# --- direct auth probe: every operation without credentials --------------------------------------
# ignored_auth only probes operations that answered 2xx during the run, so every documented
# operation is also sent once without credentials and once with wrong ones: API-key routes must
# answer 401, signed webhooks 401 (403 if documented: provider not configured), never 2xx or 5xx.
bold "==> auth probe: every operation without credentials, and with wrong ones"
"$VENV/bin/python" - "$BASE" <<'EOF'
import json, sys, urllib.request, urllib.error
base = sys.argv[1]
doc = json.load(urllib.request.urlopen(base + "/openapi.json"))
schemes = doc["components"]["securitySchemes"]
failures = checked = 0
for path, ops in doc["paths"].items():
    for method, op in ops.items():
        requirement = op.get("security", doc.get("security", []))
        if not requirement:
            continue  # public: /healthz
        scheme = schemes[next(iter(requirement[0]))]
        header = "Authorization" if scheme["type"] == "http" else scheme["name"]
        wrong = "Bearer wrong-key-0123456789abcdef" if scheme["type"] == "http" else "t=1,v1=" + "0" * 64
        documented = {int(s) for s in op["responses"] if s.isdigit()}
        expect = {401} | ({403} & documented if scheme["type"] == "apiKey" else set())
        ctype = next(iter(op.get("requestBody", {}).get("content", {})), None)
        data = (b"{}" if ctype == "application/json" else b"a=b") if ctype else None
        for label, headers in (("none", {}), ("wrong", {header: wrong})):
            if ctype:
                headers["Content-Type"] = ctype
            req = urllib.request.Request(base + path.replace("{id}", "fuzz-probe"), data=data, method=method.upper(), headers=headers)
            try:
                status = urllib.request.urlopen(req).status
            except urllib.error.HTTPError as e:
                status = e.code
            checked += 1
            if status not in expect or status not in documented:
                failures += 1
                print(f"  FAIL {method.upper()} {path}, {label} {header}: {status}, expected {'/'.join(map(str, sorted(expect)))} (documented)")
print(f"  {checked} requests to {checked // 2} protected operations: " + ("all refused" if not failures else f"{failures} failure(s)"))
sys.exit(1 if failures else 0)
EOF
PROBE_RC=$?

# --- stop Remit cleanly --------------------------------------------------------------------------
bold "==> stopping Remit (SIGINT)"
stop_remit
STOP_RC=$?
if grep -q "stopped cleanly" "$REMIT_LOG"; then echo "stopped cleanly"; else echo "Remit did not report a clean stop (exit $STOP_RC)"; STOP_RC=1; fi
# What HTTP cannot show: a request that was answered but broke something behind it (an
# unhandled error, a workflow task failing on input the API accepted).
LOG_RC=0
PROBLEMS='"level":"error"|Workflow failed|Failing workflow task|Unhandled'
if grep -qE "$PROBLEMS" "$REMIT_LOG"; then
  LOG_RC=1
  echo "Remit logged problems during the run (FUZZ_KEEP=1 keeps its whole log):"
  grep -E "$PROBLEMS" "$REMIT_LOG" | head -n 10 | cut -c1-300
fi
echo
bold "==> result: schemathesis exit $ST_RC, auth probe exit $PROBE_RC, Remit log $LOG_RC, clean stop exit $STOP_RC, total $(( $(date +%s) - STARTED )) s"
[ "$ST_RC" = 0 ] && [ "$PROBE_RC" = 0 ] && [ "$LOG_RC" = 0 ] && [ "$STOP_RC" = 0 ]
