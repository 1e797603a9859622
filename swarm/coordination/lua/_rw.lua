-- Helpers of the read-write lock scripts; prepended (after _prelude.lua) to rw_*.lua.
-- Key layout of one read-write lock (KEYS order shared by every rw_*.lua script):
--   KEYS[1] writer    hash {owner, fence}, PEXPIRE = writer lease
--   KEYS[2] readers   zset reader owner -> lease end ms (pruned here, by server time)
--   KEYS[3] intent    string: owner of the first waiting writer, PEXPIRE = intent lease
--   KEYS[4] fence     integer, INCR per grant (readers and writers), never expires
--   KEYS[5] holder    hash {owner, fence} of the unreleased writer grant (expiry detection)
--   KEYS[6] signal    list of wake-up tokens BLPOPed by waiters
--   KEYS[7] waiters   zset owner -> deadline ms of blocked acquirers
--   KEYS[8] index     zset lock name -> latest lease end ms of every held lock
--   KEYS[9] audit     capped stream
--   KEYS[10] conflicts hash lock name -> denials since the last sweep
--   KEYS[11] waits     hash lock name -> waits ended (a counter, never reset)
--   KEYS[12] wait secs hash lock name -> seconds of those waits

-- Drop readers whose lease ended and a writer grant whose lease ended; audit each expiry.
-- Returns how many holders expired.
local function rw_prune(now, cap, name)
  local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now)
  for _, reader in ipairs(gone) do
    audit(KEYS[9], cap, 'event', 'expire', 'lock', name, 'owner', reader, 'mode', 'read')
  end
  local n = #gone
  if n > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now) end
  if redis.call('EXISTS', KEYS[1]) == 0 then
    local prev = redis.call('HMGET', KEYS[5], 'owner', 'fence')
    if prev[1] then
      audit(KEYS[9], cap, 'event', 'expire', 'lock', name, 'owner', prev[1], 'fence', prev[2],
        'mode', 'write')
      redis.call('DEL', KEYS[5])
      n = n + 1
    end
  end
  return n
end

-- True when nobody holds the lock any more (after pruning).
local function rw_free()
  return redis.call('EXISTS', KEYS[1]) == 0 and redis.call('ZCARD', KEYS[2]) == 0
end
