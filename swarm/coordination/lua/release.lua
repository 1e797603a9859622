-- Release an exclusive lock: only the owner holding this grant (owner and fence) may.
--
-- KEYS[1] lock   KEYS[2] holder   KEYS[3] signal (list BLPOPed by waiters)
-- KEYS[4] waiters   KEYS[5] index   KEYS[6] audit
-- ARGV[1] owner   ARGV[2] fence   ARGV[3] audit cap   ARGV[4] lock name
-- ARGV[5] signal token ttl ms
--
-- Returns 1 when released; the current holder's owner ('' when free) when the caller does
-- not hold it.

local owner, fence, cap, name = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local mine = fence .. ':' .. owner

local cur = redis.call('GET', KEYS[1])
if cur ~= mine then
  if not cur then
    -- Free: if this caller's grant is the unreleased one, its lease ran out. Record it once.
    if redis.call('GET', KEYS[2]) == mine then
      audit(KEYS[6], cap, 'event', 'expire', 'lock', name, 'owner', owner, 'fence', fence)
      redis.call('DEL', KEYS[2])
      redis.call('ZREM', KEYS[5], name)
    end
    return ''
  end
  return string.match(cur, '^%d+:(.*)$')
end

redis.call('DEL', KEYS[1], KEYS[2])
redis.call('ZREM', KEYS[5], name)
if redis.call('EXISTS', KEYS[4]) == 1 then wake(KEYS[3], KEYS[4], now_ms(), 1, ARGV[5]) end
audit(KEYS[6], cap, 'event', 'release', 'lock', name, 'owner', owner, 'fence', fence)
return 1
