-- wrk script: every request registers a new user, unique across threads.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  local name = string.format("bench%d_%d_%d", thread_id, counter, math.random(1000000))
  local body = string.format(
    '{"username":"%s","email":"%s@example.org","displayName":"Bench","password":"correct horse battery"}',
    name, name)
  return wrk.format("POST", "/users", {["Content-Type"] = "application/json"}, body)
end
