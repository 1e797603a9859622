-- Record one task outcome of an agent: lifetime counters and an exponentially weighted
-- recent success rate.
--
-- KEYS[1] agent hash
-- ARGV[1] '1' success | '0' failure   ARGV[2] weight of the newest outcome (0 < w <= 1)
--
-- Returns the recent success rate (string).

local ok = tonumber(ARGV[1])
local w = tonumber(ARGV[2])
redis.call('HINCRBY', KEYS[1], ok == 1 and 'succeeded' or 'failed', 1)
local rate = tonumber(redis.call('HGET', KEYS[1], 'success_rate') or ARGV[1])
rate = rate * (1 - w) + ok * w
redis.call('HSET', KEYS[1], 'success_rate', tostring(rate))
return tostring(rate)
