-- wrk script: every request logs the same user in.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"login":"benchlogin","password":"correct horse battery"}'
