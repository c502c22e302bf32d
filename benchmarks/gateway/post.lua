-- wrk script for the gateway benchmark: the same ~250 B chat request as load.py.
-- BENCH_MODEL (model name), BENCH_STREAM=1 (SSE), BENCH_AUTH (bearer token, optional).
local model = os.getenv("BENCH_MODEL") or "fake-model"
local stream = os.getenv("BENCH_STREAM") == "1"
local auth = os.getenv("BENCH_AUTH") or ""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if auth ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. auth
end
local body = '{"model":"' .. model .. '","messages":[{"role":"system","content":"You are a careful clinical assistant. Answer briefly and in plain language."},{"role":"user","content":"A child has had a mild fever for two days and is drinking well. What should the parents do?"}],"max_tokens":64,"temperature":0'
if stream then
  body = body .. ',"stream":true'
  wrk.headers["Accept"] = "text/event-stream"
end
wrk.body = body .. "}"
