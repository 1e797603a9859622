-- A waiter of a read-write lock stops waiting (its timeout ended): unregister it, count its
-- wait, and drop the writer intent marker if it is the caller's.
--
-- KEYS: see _rw.lua
-- ARGV[1] owner   ARGV[2] lock name   ARGV[3] seconds the caller waited (a decimal string)
--
-- Returns 1 when an intent marker was dropped, else 0.

redis.call('ZREM', KEYS[7], ARGV[1])
waited(KEYS[11], KEYS[12], ARGV[2], ARGV[3])
if redis.call('GET', KEYS[3]) == ARGV[1] then
  redis.call('DEL', KEYS[3])
  return 1
end
return 0
