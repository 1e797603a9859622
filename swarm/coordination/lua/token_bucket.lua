-- Token bucket shared by every worker: refill by elapsed server time, then take `cost`.
-- After set_from_headers (bucket_set.lua), refill pauses until the API's reset time, when
-- the bucket refills to capacity.
--
-- KEYS[1] bucket hash {tokens, ts (ms), reset_at (ms, optional)}
-- ARGV[1] capacity   ARGV[2] refill rate per second   ARGV[3] cost (0 = peek)
--
-- Returns {allowed 1|0, wait ms as a string, tokens left as a string}.

local cap, rate, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local now = now_ms()
local b = redis.call('HMGET', KEYS[1], 'tokens', 'ts', 'reset_at')
local tokens, ts, reset_at = tonumber(b[1]), tonumber(b[2]), tonumber(b[3])
if not tokens then tokens, ts = cap, now end

local wait = 0
if reset_at and now >= reset_at then
  tokens, reset_at = cap, nil
  redis.call('HDEL', KEYS[1], 'reset_at')
elseif not reset_at then
  tokens = math.min(cap, tokens + math.max(0, now - ts) * rate / 1000)
end

local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
elseif reset_at then
  wait = reset_at - now
else
  wait = math.ceil((cost - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', now)
-- Keep an idle bucket only until it would be full again (or just past the reset).
local full_in = math.ceil((cap - tokens) * 1000 / rate) + 1000
if reset_at then full_in = math.max(full_in, reset_at - now + 1000) end
redis.call('PEXPIRE', KEYS[1], full_in)
return {allowed, tostring(wait), tostring(tokens)}
