#!/usr/bin/env bash
# The ledger's "Done when", with curl: two organizers record purchases, a sponsorship and ticket sales,
# void a wrong entry, see the balance against a budget, export CSV, and settle up.
# One process (role all):  docs/ledger-walkthrough.sh
# Split mode:              USER_URL=http://u:7070 EVENT_URL=http://e:7070 LEDGER_URL=http://t:7070 docs/ledger-walkthrough.sh
set -euo pipefail
USER_URL=${USER_URL:-http://localhost:7070}
EVENT_URL=${EVENT_URL:-$USER_URL}
LEDGER_URL=${LEDGER_URL:-$USER_URL}
H='Content-Type: application/json'
RUN=$RANDOM

register() { # name -> "userId token"
  local u="$1$RUN"
  curl -sf -X POST "$USER_URL/users" -H "$H" -d '{"username":"'"$u"'","email":"'"$u"'@example.org","displayName":"'"$1"'","password":"correct horse battery"}' >/dev/null
  local id; id=$(curl -sf "$USER_URL/users/by-username/$u" -H "Authorization: Bearer $(token "$u")" | jq -r .id)
  echo "$id $(token "$u") $u"
}
token() { curl -sf -X POST "$USER_URL/tokens" -H "$H" -d '{"login":"'"$1"'","password":"correct horse battery"}' | jq -r .accessToken; }

read -r _ ANA_TOKEN _ <<<"$(register Ana)"
read -r _ LUIS_TOKEN LUIS_NAME <<<"$(register Luis)"
ANA="Authorization: Bearer $ANA_TOKEN"; LUIS="Authorization: Bearer $LUIS_TOKEN"

EVENT=$(curl -sf -X POST "$EVENT_URL/events" -H "$H" -H "$ANA" -d '{"name":"Summer fair","currency":"EUR",
  "start":"2026-06-01T10:00:00+02:00","end":"2026-06-03T22:00:00+02:00","timeZone":"Europe/Madrid"}' | jq -r .id)
curl -sf -X POST "$EVENT_URL/events/$EVENT/members" -H "$H" -H "$ANA" -d '{"username":"'"$LUIS_NAME"'","role":"ORGANIZER"}' >/dev/null
L="$LEDGER_URL/events/$EVENT/ledger"

post() { curl -sf -X POST "$L/entries" -H "$H" -H "$1" -d "$2" | jq -r '.id + "  " + .kind + " " + .concept + " " + .signedAmount'; }
post "$ANA"  '{"kind":"purchase","concept":"Drinks","quantity":"30","unitPrice":"3.00","category":"food","date":"2026-06-02"}'
post "$LUIS" '{"kind":"purchase","concept":"Sound system","unitPrice":"150.00","category":"sound","date":"2026-06-02"}'
post "$LUIS" '{"kind":"sponsorship","concept":"Bakery Pérez","unitPrice":"100.00","counterparty":"Bakery Pérez","date":"2026-06-02"}'
post "$ANA"  '{"kind":"sale","concept":"Tickets","quantity":"25","unitPrice":"8.00","category":"tickets","date":"2026-06-02"}'
WRONG=$(post "$ANA" '{"kind":"purchase","concept":"Drinks","quantity":"30","unitPrice":"3.00","date":"2026-06-02"}' | cut -d' ' -f1)
curl -sf -X POST "$L/entries/$WRONG/void" -H "$H" -H "$ANA" -d '{"reason":"recorded twice"}' | jq -c '{voided, voiding}'

curl -sf -X PUT "$L/budget" -H "$H" -H "$ANA" -d '{"categories":{"food":"80.00","sound":"200.00"}}' >/dev/null
curl -sf "$L/balance" -H "$LUIS" | jq -c '{in, out, net, budget: [.budget.categories[] | {name, planned, actual, remaining, overBudget}]}'

curl -sf "$L/export.csv" -H "$LUIS" -o "ledger-$EVENT.csv" && echo "exported ledger-$EVENT.csv ($(wc -l <"ledger-$EVENT.csv") lines)"

SETTLE=$(curl -sf "$L/settle-up" -H "$LUIS")
echo "$SETTLE" | jq -r '.transfers[].text'
echo "$SETTLE" | jq -c '.transfers[]' | while read -r t; do
  curl -sf -X POST "$L/settle-up/transfers" -H "$H" -H "$ANA" -d "$t" | jq -r '"recorded " + .kind + " " + .concept + " " + .amount'
done
curl -sf "$L/settle-up" -H "$LUIS" | jq -c '{positions: [.positions[] | {name, position}], transfers: (.transfers | length)}'
