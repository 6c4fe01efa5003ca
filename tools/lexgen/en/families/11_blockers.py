# ---- blockers (typeless rows): readings that are no event between states; no shorter trigger inside fires ----
def B(ph, why):
    if ph.lower() in existing: return
    existing.add(ph.lower())
    rows.append('\t'.join([ph,'trigger','','','','','','','blocker: '+why]))

# peacekeepers named as a force: the act carries the event
for v in ['deploy','send','dispatch','contribute','station']:
    for n in ['peacekeeping troops','peacekeeping force','peacekeeping forces','peacekeeping contingent','peacekeeping battalion']:
        V(v,'~ '+n,'AID','074','subj','to','','military',note=f'{v} ... {n} (to X)')

# natural disasters and economic forces `hit`, `struck`, `pounded`, `battered` a country
for n in ['earthquake','quake','tremor','aftershock','storm','tropical storm','typhoon','hurricane','cyclone','tornado','floods','flood','flooding','flash floods',
          'tsunami','drought','heatwave','heat wave','wildfire','wildfires','landslide','landslides','mudslide','blizzard','snowstorm','monsoon rains','heavy rain',
          'heavy rains','downpours','volcanic eruption','eruption','pandemic','epidemic','outbreak','inflation','recession','crisis','power outage','blackout']:
    for v in ['hit','hits','struck','strikes','striking','battered','batters','pounded','pounds','lashed','lashes','ravaged','ravages','devastated','devastates',
              'slammed','slams','swept','sweeps','killed','kills','destroyed','wrecked','damaged','rocked','rocks','shook','shakes','flattened','engulfed']:
        B(f'{n} {v}', f'{n} {v}: a disaster or economic force, no actor')
        B(f'{n}s {v}' if not n.endswith('s') else n+' '+v, 'plural')
    for aux in ['hit by','struck by','battered by','ravaged by','devastated by','pounded by','killed in','killed by','damaged by','destroyed by','rocked by']:
        B(f'{aux} ~ {n}', f'{aux} a {n}: a disaster, no attacker')

# metaphorical fights and wars: no armed act between states
for n in ['poverty','corruption','climate change','global warming','inflation','drugs','drug trafficking','narcotics','the pandemic','covid','covid 19','disease',
          'malaria','hunger','famine','crime','organised crime','organized crime','cancer','aids','hiv','tuberculosis','extremism','radicalisation','radicalization',
          'wildfires','fires','the virus','smuggling','human trafficking','money laundering','piracy','illegal fishing','desertification','deforestation',
          'pollution','plastic','plastic waste','inequality','unemployment','fake news','disinformation','misinformation','illiteracy','tax evasion','fraud',
          'graft','counterfeiting','cybercrime','locusts','the drought','the floods','illegal mining','illegal logging','poaching','obesity','addiction']:
    for w in ['battle against','battles against','battle with','fight against','fights against','fighting against','war on','war against','struggle against',
              'campaign against','crusade against','crackdown on','combat','combating','combatting','combats','tackle','tackling','offensive against']:
        B(f'{w} {n}', f'{w} {n}: a policy, not an armed act')
for ph in ['trade war','trade wars','price war','price wars','currency war','tariff war','chip war','tech war','culture war','culture wars','cold war',
           'the cold war','war of independence','world war','world war ii','world war two','second world war','first world war','war veterans','war veteran',
           'war memorial','war crimes','war criminal','war criminals','war games','war correspondent','war museum','war of attrition',
           'battle of','battleground state','battleground states','battle for votes','legal battle','court battle','custody battle','political battle',
           'election battle','electoral battle','leadership battle','fight for survival','fight for the title','title fight','prize fight','fight night']:
    B(ph, ph+': no armed act between states')

# sport: a team `beat`, `crushed`, `defeated`, `thrashed` another
for n in ['team','squad','side','national team','eleven','club','players','striker','forward','midfielder','goalkeeper','champion','champions','tennis star',
          'boxer','fighter','wrestler','cricketers','footballers','athletes','swimmer','cyclist','runner','sprinter','skater','golfer','chess player']:
    for v in ['beat','beats','defeated','defeats','crushed','crushes','thrashed','thrashes','routed','hammered','stunned','edged','edges','overpowered',
              'knocked out','eliminated','outclassed','downed','blanked','whitewashed','humbled','upset','drew with','lost to','faces','will face','play','plays','played']:
        B(f'{n} {v}', f'sport: {n} {v}')
for ph in ['world cup','champions league','europa league','grand prix','grand slam','olympic games','olympics','paralympics','asian games','friendly match',
           'qualifying match','quarter final','quarterfinal','semi final','semifinal','penalty shootout','penalty shoot out','the final','test match','test series',
           'davis cup','fed cup','copa america','africa cup of nations','euro 2024','euro 2028','nations league','super bowl','tour de france']:
    B(ph, 'sport: '+ph)

# adjectival `occupied` (a place named, no act): `the occupied West Bank`, `Russian-occupied Crimea`
for d in ['the','in','of','into','from','across','throughout','inside','within',   # not `and`, `illegally`, `still`: `invaded and occupied` is an act
          
          'israeli','russian','india','indian','pakistan','pakistani','turkish','moroccan','chinese','japanese','german','nazi','us','american','armenian',
          'azerbaijani','serb','serbian','syrian','iraqi','iranian','british','french','soviet','ukrainian','rebel','militant','taliban','houthi','hamas','islamist']:
    B(f'{d} occupied', f'{d} occupied (adjective): a place, no act')

# mobilising money, voters, support: no military act
for v in ['mobilize','mobilise']:
    for n in ['funds','funding','financing','finance','resources','investment','investments','capital','support','voters','the vote','supporters','public opinion',
              'donors','volunteers','the diaspora','civil society','aid','assistance','the international community','grassroots','members','savings','revenue','pressure groups','pressure']:
        fs=forms(v)
        for f in fs:
            B(f'{f} ~ {n}', f'{v} {n}: no military act')

# statistics of trade: `X's exports to Y rose`
for n in ['exports to','imports from','exports from','imports to','shipments to','trade with','sales to','investment in','investments in']:
    for v in ['rose','fell','grew','increased','decreased','declined','dropped','jumped','surged','slumped','plunged','soared','climbed','slipped','tumbled',
              'reached','totalled','totaled','amounted to','stood at','hit a record','doubled','halved','rebounded','recovered','contracted','expanded']:
        B(f'{n} ~ {v}', f'{n} ... {v}: a statistic, not a delivery')

# other non-event nouns with trigger words inside
for ph in ['invasion forces','invasion force','state of siege','siege mentality','at the jail','at a jail','this jail','in jail','from jail','jail cell','jail cells',
           'attack on democracy','attack on press freedom','attack on free speech','attack on the rule of law','attack on human rights','assault on democracy',
           'attack on the constitution','attack on the judiciary','assault on the rule of law','heart attack','panic attack','asthma attack','shark attack',
           'dog attack','bear attack','attack helicopter','attack helicopters','attack submarine','attack submarines','attack drone','attack drones',
           'strike price','strike rate','strike force','lucky strike','strike zone','ground zero','fire brigade','fire brigades','fire department','fire service',
           'fire station','firefighters','firefighter','fire fighters','ceasefire line','line of fire','fire safety','bush fire','bushfire','bushfires',
           'house fire','forest fire','forest fires','fire broke out','missile defence shield','missile defense shield','weapons of mass destruction']:
    B(ph, ph+': no act between states')

# agent and instrument nouns that a stem row (`destroy*`, `negotiate*`, `support*`) would read as the act
for ph in ['destroyer','destroyers','negotiator','negotiators','chief negotiator','defender','defenders','defence attache','investigator','investigators',
           'supporter','supporters','mediator','mediators','broker','brokers','power broker','power brokers','kidnapper','kidnappers','hijacker','hijackers',
           'invader','invaders','bombardier','attacker','attackers','killer','killers','hacker','raider','raiders','occupier','occupiers',
           'blockade runner','petitioner','petitioners','arrestee','detainee','detainees','deportee','deportees',
           'condemned man','accuser','accusers','the accused','denier','deniers','boycotter','boycotters','picketer','picketers','threat assessment',
           'warner','intimidator','embargoed goods','deployer','interceptor','interceptors','interceptor missile','interceptor missiles',
           'seizure of power','host country','host nation','host city','host cities','hosting rights','guest','guests','recognisable','recognizable',
           'supportive','defensive','defensively','praiseworthy','apologist','apologists','donor','donors','donor country','donor countries','donor conference',
           'loaner','concessionary','investigative','investigative journalist','investigative journalists','phone number','phone numbers','smartphone','smartphones','phone maker']:
    B(ph, ph+': a noun or adjective, not the act')

# releasing documents, data, media: no release of captives
for f in ['release','releases','released','releasing']:
    for d in ['a','an','the','its','their','his','her','new','annual','first','latest','fresh','full','official','preliminary','final']:
        for n in ['statement','report','video','footage','data','figures','statistics','results','list','document','documents','transcript','photo','photos',
                  'images','pictures','book','album','film','song','budget','white paper','guidelines','details','recording','audio','findings','readout',
                  'summary','map','satellite images','survey','poll','forecast','outlook','strategy','roadmap','manifesto','memoir','trailer','version']:
            B(f'{f} {d} {n}', f'{f} {d} {n}: a publication, not a release of captives')
    for n in ['data','figures','statistics','results','footage','details','images','photos','guidelines','findings','trade data','trade figures','economic data',
              'gdp data','gdp figures','inflation data','customs data','official data','jobs data','export data','import data','growth figures']:
        B(f'{f} {n}', f'{f} {n}: a publication')
for n in ['data','figures','statistics','report','results','video','footage','statement','film','album','book','survey','poll']:
    for aux in ['was released','were released','has been released','have been released','is released','are released']:
        B(f'{n} {aux}', f'{n} {aux}: a publication')

# economic demand: no request
for n in ['oil','gas','lng','coal','goods','exports','imports','products','steel','chips','semiconductors','electricity','housing','credit','loans','cars',
          'iron ore','copper','gold','commodities','energy','fuel','food','grain','wheat','soybeans','beef','wine','luxury goods','consumer goods','labour','labor',
          'workers','tourism','travel','flights','services','weapons','arms','ammunition','the currency','dollars','treasuries','bonds']:
    B(f'demand for ~ {n}', f'demand for {n}: market demand, no request')
for w in ['domestic','global','consumer','export','import','energy','oil','fuel','market','weak','weaker','strong','stronger','rising','falling','slowing','soft',
          'softer','robust','sluggish','solid','seasonal','pent up','chinese','european','american','asian','indian','japanese','german','overseas','foreign',
          'supply and','higher','lower','firm','tepid','booming','growing','shrinking','in','on','high','low','peak']:
    B(f'{w} demand', f'{w} demand: market demand, no request')
for v in ['weakened','slowed','fell','rose','grew','recovered','picked up','softened','increased','decreased','declined','dropped','jumped','surged','slumped','eased','outstripped','outpaced','exceeded','remains','remained','is expected','was expected']:
    B(f'demand {v}', f'demand {v}: market demand')
for ph in ['trade data','trade figures','trade statistics','trade surplus','trade surpluses','trade deficit','trade deficits','trade balance','trade volume','trade volumes']:
    B(ph, ph+': a statistic')

# hosting a sports, cultural or business event: no visit
for f in ['host','hosts','hosted','hosting','will host','to host']:
    for n in ['world cup','olympics','olympic games','games','race','grand prix','tournament','championship','championships','match','final','marathon','concert',
              'concerts','festival','film festival','exhibition','expo','fair','trade fair','fashion show','beauty pageant','contest','song contest','competition',
              'awards','ceremony for','party for','gala','premiere','show','tour','rally race','cup','league','season','series']:
        B(f'{f} ~ {n}', f'{f} ... {n}: a sports, cultural or business event')
# the same with qualifiers in between (`released its annual defence white paper`); not `statement` (`released a joint statement` is SUPPORT)
for f in ['release','releases','released','releasing','publish','publishes','published','publishing']:
    for n in ['white paper','report','video','footage','data','figures','statistics','document','documents','transcript','photos','images','budget',
              'guidelines','findings','survey','forecast','strategy','roadmap','manifesto','album','film','book','outlook','assessment','review']:
        B(f'{f} ~ {n}', f'{f} ... {n}: a publication, not a release of captives')
