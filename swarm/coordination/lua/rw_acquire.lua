-- Acquire a read-write lock for reading ('r') or writing ('w'), issuing a fencing token.
-- Many readers or one writer. A blocked writer that waits leaves an intent marker with its
-- own short lease; new readers are refused while it exists, so writers are not starved.
--
-- KEYS: see _rw.lua (writer, readers, intent, fence, holder, signal, waiters, index, audit,
--       conflicts, waits, wait secs)
-- ARGV[1] mode 'r' | 'w'   ARGV[2] owner   ARGV[3] lease ms   ARGV[4] audit cap
-- ARGV[5] lock name   ARGV[6] wait ms (> 0: register as a waiter; a writer also sets intent)
-- ARGV[7] '1' to audit and count a denial   ARGV[8] writer intent lease ms
-- ARGV[9] seconds the caller has waited so far (a decimal string; counted on a later grant)
--
-- Returns the fence (integer) when granted; {wait hint ms, blocking owner} when denied.

local mode, owner, lease, cap, name = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local wait = tonumber(ARGV[6])
local now = now_ms()
rw_prune(now, cap, name)

local blocker, hint
local writer = redis.call('HGET', KEYS[1], 'owner')
local intent = redis.call('GET', KEYS[3])
if writer then
  blocker, hint = writer, redis.call('PTTL', KEYS[1])
elseif intent and intent ~= owner then
  blocker, hint = intent, redis.call('PTTL', KEYS[3])
elseif mode == 'w' then
  local last = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
  if #last > 0 then blocker, hint = last[1], tonumber(last[2]) - now end
end

if blocker then
  if ARGV[7] == '1' then
    audit(KEYS[9], cap, 'event', 'deny', 'lock', name, 'owner', owner, 'holder', blocker,
      'mode', mode)
    conflict(KEYS[10], name)
  end
  if wait > 0 then
    redis.call('ZADD', KEYS[7], now + wait, owner)
    if mode == 'w' and (not intent or intent == owner) then
      redis.call('SET', KEYS[3], owner, 'PX', ARGV[8])
    end
  end
  return {hint, blocker}
end

local fence = next_fence(KEYS[4])
if mode == 'r' then
  redis.call('ZADD', KEYS[2], now + lease, owner)
else
  redis.call('HSET', KEYS[1], 'owner', owner, 'fence', fence)
  redis.call('PEXPIRE', KEYS[1], lease)
  redis.call('HSET', KEYS[5], 'owner', owner, 'fence', fence)
  if intent == owner then redis.call('DEL', KEYS[3]) end
end
redis.call('ZADD', KEYS[8], 'GT', now + lease, name)
redis.call('ZREM', KEYS[7], owner)
if ARGV[7] == '0' then waited(KEYS[11], KEYS[12], name, ARGV[9]) end
audit(KEYS[9], cap, 'event', 'grant', 'lock', name, 'owner', owner, 'fence', fence,
  'mode', mode)
return fence
