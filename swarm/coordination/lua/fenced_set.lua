-- Fenced compare-and-set: write a value only when the writer's fencing token is newer than
-- the last token that wrote it, and remember that token.
--
-- KEYS[1] target key (string)   KEYS[2] its fence key (integer, never expires)
-- KEYS[3] conflicts hash   KEYS[4] audit stream
-- ARGV[1] value   ARGV[2] token   ARGV[3] '1' to also accept token == stored fence
-- ARGV[4] resource name for conflicts/audit   ARGV[5] audit cap
--
-- Returns {1, token} when written; {0, stored fence} when refused.

local token = tonumber(ARGV[2])
local stored = tonumber(redis.call('GET', KEYS[2]) or '0')
if token < stored or (token == stored and ARGV[3] ~= '1') then
  conflict(KEYS[3], ARGV[4])
  audit(KEYS[4], ARGV[5], 'event', 'stale_write', 'lock', ARGV[4], 'fence', ARGV[2],
    'stored', stored)
  return {0, stored}
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], token)
return {1, token}
