-- wrk script for bench/serve_load.py: each request a GET of /api/events
-- with a random mix of what the page asks (the same mix as random_path()
-- in serve_load.py).
local countries = {"AFG","ARE","ARG","AUS","AUT","BGD","BLR","BRA","CAN","CHE","CHL","CHN","CUB","DEU","EGY",
  "ESP","EST","FIN","FRA","GBR","GRC","HUN","IDN","IND","IRN","IRQ","ISR","ITA","JPN","KAZ","KHM","KOR","LAO",
  "LBN","MEX","MMR","MNG","MYS","NGA","NLD","NOR","NZL","PAK","PHL","POL","PRK","QAT","RUS","SAU","SGP","SRB",
  "SWE","SYR","THA","TUR","TWN","UKR","USA","VNM","ZAF"}
local types = {"AGREE","CONSULT","SUPPORT","CONCEDE","COOPERATE","AID","RETREAT","REQUEST","ACCUSE","REJECT",
  "THREATEN","PROTEST","SANCTION","MOBILIZE","COERCE","ASSAULT"}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
end

local function pick(t) return t[math.random(#t)] end

request = function()
  local k = math.random(4)
  local path
  if k == 1 then
    path = string.format("/api/events?limit=100&offset=%d", math.random(0, 99899))
  elseif k == 2 then
    local a, b = pick(countries), pick(countries)
    path = string.format("/api/events?pair=%s,%s&limit=100", a, b)
  elseif k == 3 then
    local y = 2018 + math.random(7)
    path = string.format("/api/events?country=%s&from=%d-%02d&to=%d-%02d&limit=100", pick(countries), y,
      math.random(6), y, 6 + math.random(6))
  else
    path = string.format("/api/events?type=%s&quad=%d&from=%d&limit=50", pick(types), math.random(4), 2018 + math.random(7))
  end
  return wrk.format("GET", path)
end
