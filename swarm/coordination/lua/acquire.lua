-- Acquire an exclusive lock, issuing a fencing token.
--
-- KEYS[1] lock      string '<fence>:<owner>', PX = lease (gone = free)
-- KEYS[2] fence     integer, INCR per grant (seeded from server time), never expires
-- KEYS[3] holder    string '<fence>:<owner>' of the last grant not yet released (expiry
--                   detection); no TTL, deleted on release
-- KEYS[4] waiters   zset owner -> deadline ms of blocked acquirers
-- KEYS[5] index     zset lock name -> lease end ms of every held lock
-- KEYS[6] audit     capped stream
-- KEYS[7] conflicts hash lock name -> denials since the last sweep
-- KEYS[8] waits     hash lock name -> waits ended (a counter, never reset)
-- KEYS[9] wait secs hash lock name -> seconds of those waits
-- ARGV[1] owner     ARGV[2] lease ms   ARGV[3] audit cap   ARGV[4] lock name
-- ARGV[5] wait ms: > 0 registers the caller as a waiter until now + wait ms
-- ARGV[6] '1' to audit and count a denial (the first attempt of an acquire), else '0'
-- ARGV[7] seconds the caller has waited so far (a decimal string; counted on a later grant)
--
-- Returns the fence (integer) when granted; {holder pttl ms, holder owner} when denied.

local owner, lease, cap, name = ARGV[1], tonumber(ARGV[2]), ARGV[3], ARGV[4]

local cur = redis.call('GET', KEYS[1])
if cur then
  local holder = string.match(cur, '^%d+:(.*)$')
  local pttl = redis.call('PTTL', KEYS[1])
  if ARGV[6] == '1' then
    audit(KEYS[6], cap, 'event', 'deny', 'lock', name, 'owner', owner, 'holder', holder)
    conflict(KEYS[7], name)
  end
  local wait = tonumber(ARGV[5])
  if wait > 0 then redis.call('ZADD', KEYS[4], now_ms() + wait, owner) end
  return {pttl, holder}
end

-- Free. A holder record still here means the last holder's lease ran out unreleased.
local prev = redis.call('GET', KEYS[3])
if prev then
  local pfence, powner = string.match(prev, '^(%d+):(.*)$')
  audit(KEYS[6], cap, 'event', 'expire', 'lock', name, 'owner', powner, 'fence', pfence)
end

local fence = next_fence(KEYS[2])
local fs = string.format('%d', fence)
local value = fs .. ':' .. owner
redis.call('SET', KEYS[1], value, 'PX', lease)
redis.call('SET', KEYS[3], value)
redis.call('ZADD', KEYS[5], now_ms() + lease, name)
if ARGV[6] == '0' then
  redis.call('ZREM', KEYS[4], owner)
  waited(KEYS[8], KEYS[9], name, ARGV[7])
end
audit(KEYS[6], cap, 'event', 'grant', 'lock', name, 'owner', owner, 'fence', fs)
return fence
