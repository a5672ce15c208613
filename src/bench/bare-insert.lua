-- wrk script: the bare server's insert, with the body a ledger post sends.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"kind":"purchase","concept":"Bench","quantity":"1","unitPrice":"1.00","category":"bench"}'
