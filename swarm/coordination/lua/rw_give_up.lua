-- A waiter of a read-write lock stops waiting (its timeout ended): unregister it, and drop
-- the writer intent marker if it is the caller's.
--
-- KEYS: see _rw.lua
-- ARGV[1] owner
--
-- Returns 1 when an intent marker was dropped, else 0.

redis.call('ZREM', KEYS[7], ARGV[1])
if redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
  return 1
end
return 0
