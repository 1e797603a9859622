-- Sweep one exclusive lock whose indexed lease end has passed: record the expiry once,
-- forget the holder and wake its waiters. Never touches a lock that is still held.
--
-- KEYS[1] lock   KEYS[2] holder   KEYS[3] signal   KEYS[4] waiters   KEYS[5] index
-- KEYS[6] audit
-- ARGV[1] lock name   ARGV[2] audit cap   ARGV[3] signal token ttl ms
--
-- Returns 1 when an expiry was recorded, 0 otherwise.

local name, cap = ARGV[1], ARGV[2]
local now = now_ms()
local pttl = redis.call('PTTL', KEYS[1])
if pttl > 0 then
  redis.call('ZADD', KEYS[5], now + pttl, name)  -- still held: the index was behind
  return 0
end
redis.call('ZREM', KEYS[5], name)
local prev = redis.call('GET', KEYS[2])
if not prev then return 0 end
local pfence, powner = string.match(prev, '^(%d+):(.*)$')
redis.call('DEL', KEYS[2])
audit(KEYS[6], cap, 'event', 'expire', 'lock', name, 'owner', powner, 'fence', pfence,
  'by', 'sweep')
wake(KEYS[3], KEYS[4], now, 1, ARGV[3])
return 1
