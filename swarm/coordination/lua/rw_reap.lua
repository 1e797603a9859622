-- Sweep one read-write lock whose indexed lease end has passed: record expiries of its
-- holders once, drop it from the index when nobody holds it, and wake its waiters.
--
-- KEYS: see _rw.lua
-- ARGV[1] lock name   ARGV[2] audit cap   ARGV[3] signal token ttl ms
-- ARGV[4] most waiters woken at once
--
-- Returns the number of expired holders recorded.

local name, cap = ARGV[1], ARGV[2]
local now = now_ms()
local n = rw_prune(now, cap, name)
if rw_free() then
  redis.call('ZREM', KEYS[8], name)
  if n > 0 then wake(KEYS[6], KEYS[7], now, tonumber(ARGV[4]), ARGV[3]) end
end
return n
