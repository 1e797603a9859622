-- Release a read ('r') or write ('w') hold of a read-write lock; only the holder may.
--
-- KEYS: see _rw.lua
-- ARGV[1] mode   ARGV[2] owner   ARGV[3] fence   ARGV[4] audit cap   ARGV[5] lock name
-- ARGV[6] signal token ttl ms   ARGV[7] most waiters woken at once
--
-- Returns {1, ''} when released; {0, writer owner or ''} when the caller does not hold it.

local mode, owner, fence, cap, name = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local now = now_ms()
rw_prune(now, cap, name)

if mode == 'r' then
  if redis.call('ZREM', KEYS[2], owner) == 0 then
    return {0, redis.call('HGET', KEYS[1], 'owner') or ''}
  end
else
  local cur = redis.call('HMGET', KEYS[1], 'owner', 'fence')
  if cur[1] ~= owner or cur[2] ~= fence then return {0, cur[1] or ''} end
  redis.call('DEL', KEYS[1], KEYS[5])
end

audit(KEYS[9], cap, 'event', 'release', 'lock', name, 'owner', owner, 'fence', fence,
  'mode', mode)
if rw_free() then
  redis.call('ZREM', KEYS[8], name)
  wake(KEYS[6], KEYS[7], now, tonumber(ARGV[7]), ARGV[6])
end
return {1, ''}
