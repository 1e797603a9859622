-- Renew a read ('r') or write ('w') hold to ARGV[4] ms from now; only the holder may.
--
-- KEYS: see _rw.lua
-- ARGV[1] mode   ARGV[2] owner   ARGV[3] fence   ARGV[4] lease ms   ARGV[5] audit cap
-- ARGV[6] lock name
--
-- Returns {1, ''} when renewed; {0, writer owner or ''} when the caller does not hold it.

local mode, owner, fence, lease, cap, name =
  ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
local now = now_ms()
rw_prune(now, cap, name)

if mode == 'r' then
  if redis.call('ZADD', KEYS[2], 'XX', 'CH', now + lease, owner) == 0
      and not redis.call('ZSCORE', KEYS[2], owner) then
    return {0, redis.call('HGET', KEYS[1], 'owner') or ''}
  end
else
  local cur = redis.call('HMGET', KEYS[1], 'owner', 'fence')
  if cur[1] ~= owner or cur[2] ~= fence then return {0, cur[1] or ''} end
  redis.call('PEXPIRE', KEYS[1], lease)
end
redis.call('ZADD', KEYS[8], 'GT', now + lease, name)
audit(KEYS[9], cap, 'event', 'extend', 'lock', name, 'owner', owner, 'fence', fence,
  'mode', mode, 'lease_ms', lease)
return {1, ''}
