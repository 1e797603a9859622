-- Helpers shared by every lock script; swarm.coordination.scripts prepends this file.
-- Time is the Redis server's clock (TIME), so leases never depend on a worker's clock.

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

-- Append one event to the capped audit stream (XADD MAXLEN ~ cap).
local function audit(stream, cap, ...)
  redis.call('XADD', stream, 'MAXLEN', '~', cap, '*', ...)
end

-- Count a conflict on a resource (the sweep summarises and resets these counters).
local function conflict(counters, name)
  redis.call('HINCRBY', counters, name, 1)
end

-- Count a wait on a lock that has ended (granted or given up) and add its length in seconds
-- (a decimal string); counters that only grow (the sweep reports them, never resets).
local function waited(counts, seconds, name, secs)
  redis.call('HINCRBY', counts, name, 1)
  redis.call('HINCRBYFLOAT', seconds, name, secs)
end

-- Wake up to `most` registered waiters: drop waiters whose own deadline passed, then push
-- one token per live waiter onto the signal list their BLPOP watches. Tokens expire after
-- `ttl` ms so a token nobody takes does not linger.
local function wake(signal, waiters, now, most, ttl)
  redis.call('ZREMRANGEBYSCORE', waiters, '-inf', now)
  local n = redis.call('ZCARD', waiters)
  if n > most then n = most end
  if n > 0 then
    for _ = 1, n do redis.call('LPUSH', signal, '1') end
    redis.call('LTRIM', signal, 0, most - 1)
    redis.call('PEXPIRE', signal, ttl)
  end
  return n
end

-- The next fencing token of a lock: INCR on a key that never expires. A missing key (first
-- grant ever, or a Redis that lost its data) starts at the server time in microseconds, so
-- tokens stay above every token issued before the loss (one grant per microsecond at most).
local function next_fence(key)
  local fence = redis.call('INCR', key)
  if fence == 1 then
    local t = redis.call('TIME')
    fence = tonumber(t[1]) * 1000000 + tonumber(t[2])
    redis.call('SET', key, string.format('%d', fence))
  end
  return fence
end
