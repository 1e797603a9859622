-- Renew the lease of an exclusive lock to ARGV[3] ms from now; only the holder may.
--
-- KEYS[1] lock   KEYS[2] index   KEYS[3] audit
-- ARGV[1] owner   ARGV[2] fence   ARGV[3] lease ms   ARGV[4] audit cap   ARGV[5] lock name
--
-- Returns 1 when renewed; the current holder's owner ('' when free) otherwise.

local owner, fence, lease, cap, name = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local cur = redis.call('GET', KEYS[1])
if cur ~= fence .. ':' .. owner then
  return cur and string.match(cur, '^%d+:(.*)$') or ''
end
redis.call('PEXPIRE', KEYS[1], lease)
redis.call('ZADD', KEYS[2], now_ms() + lease, name)
audit(KEYS[3], cap, 'event', 'extend', 'lock', name, 'owner', owner, 'fence', fence,
  'lease_ms', lease)
return 1
