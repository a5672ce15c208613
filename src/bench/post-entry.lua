-- wrk script: every request records one new ledger entry with the access token given in BENCH_TOKEN.
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kind":"purchase","concept":"Bench","quantity":"1","unitPrice":"1.00","category":"bench"}'
