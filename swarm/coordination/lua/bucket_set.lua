-- Feed a token bucket from an API's rate-limit headers: `remaining` calls until the window
-- resets at `reset_at`; no refill before then, a full bucket after.
--
-- KEYS[1] bucket hash {tokens, ts, reset_at}
-- ARGV[1] remaining   ARGV[2] reset epoch ms   ARGV[3] capacity
--
-- Returns the tokens now in the bucket (string).

local remaining = math.min(tonumber(ARGV[1]), tonumber(ARGV[3]))
local reset_at = tonumber(ARGV[2])
local now = now_ms()
if reset_at <= now then
  redis.call('HSET', KEYS[1], 'tokens', tostring(remaining), 'ts', now)
  redis.call('HDEL', KEYS[1], 'reset_at')
  return tostring(remaining)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(remaining), 'ts', now, 'reset_at', reset_at)
redis.call('PEXPIRE', KEYS[1], reset_at - now + 1000)
return tostring(remaining)
