# ---- third breadth pass ----
# ASSAULT 190: brawls and scuffles between forces
for v in ['brawl','scuffle','skirmish','tussle','grapple']:
    V(v,'','ASSAULT','190','subj','with','','military',note=v+' (forces, with X)')
    V(v,'with','ASSAULT','190','subj','with','','military',note=v+' with X')
# SANCTION 161: closing diplomatic posts (`shut down Iranian consulates`)
for v,rest in [('shut','down'),('close',''),('shutter',''),('shut','')]:
    for n in ['consulate','consulates','consulate general','embassy','embassies','diplomatic mission','diplomatic missions','trade mission','trade office','representative office','cultural centre','cultural center']:
        V(v,(rest+' ~ '+n).strip(),'SANCTION','161','subj','obj','withdraw','diplomatic',note=f'{v} {rest} ... {n}')
# SANCTION 163: restricting, banning, halting trade in named goods (`restricted exports of gallium to X`)
# verbs that are also nouns (`its ban on exports of X to Y`, `a halt to`) only in their past and -ing forms
NOUNY={'curb','limit','ban','halt','block','stop','cut','freeze'}
def VV(v,rest,*a,**k):
    if v not in NOUNY: return V(v,rest,*a,**k)
    for f in dict.fromkeys(forms(v)[2:]):
        R(f+' '+rest,*a,**{x:y for x,y in k.items()})
for v in ['restrict','curb','limit','ban','halt','suspend','block','stop','cut','freeze','prohibit']:
    VV(v,'~ exports of ~ to','SANCTION','163','subj','to','','economic',note=f'{v} ... exports of ... to X')
    VV(v,'~ imports of ~ from','SANCTION','163','subj','from','','economic',note=f'{v} ... imports of ... from X')
    VV(v,'~ shipments of ~ to','SANCTION','163','subj','to','','economic',note=f'{v} ... shipments of ... to X')
# RETREAT 085: lifting bans on goods, embargoes, flight bans (bans on people are CONCEDE, rows of their own)
for v in ['lift','end','ease','scrap','remove','drop','rescind','relax','revoke','suspend','loosen','roll back']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for g in ['beef','pork','poultry','chicken','meat','seafood','fish','dairy','wine','fruit','fruits','vegetables','grain','wheat','rice','barley','coal','steel',
              'timber','goods','products','cars','vehicles','flights','airlines','ships','vessels','fertiliser','fertilizer','oil','gas','chips','semiconductors']:
        V(verb,(pre+' ~ ban on ~ '+g).strip(),'RETREAT','085','subj','on','','economic',note=f'{v} ... ban on ... {g} (goods: RETREAT 085)')
    for n in ['import ban on','import bans on','export ban on','trade ban on','embargo on','trade embargo on','arms embargo on','flight ban on',
              'ban on flights','ban on imports of','ban on exports of','restrictions on imports','curbs on imports','tariffs on','duties on','anti dumping duties on']:
        V(verb,(pre+' ~ '+n).strip(),'RETREAT','085','subj','on','','economic',note=f'{v} ... {n} (goods, trade: RETREAT 085)')
# COOPERATE 060: teaming up, joining forces
V('team','up to','COOPERATE','060','subj','with',note='team up to (coordinated subjects)')
V('join','forces with','COOPERATE','060','subj','with',note='join forces with X')
V('join','forces to','COOPERATE','060','subj','with',note='join forces to (coordinated subjects)')
V('partner','with','COOPERATE','060','subj','with',note='partner with X')
V('collaborate','with','COOPERATE','060','subj','with',note='collaborate with X')
# AID 070/071: building facilities for X, deposits in X's central bank, debt relief
for n in ['stadium','hospital','hospitals','school','schools','clinic','clinics','road','roads','bridge','bridges','houses','homes','parliament building',
          'conference centre','conference center','airport','water plant','power plant','solar plant','library','university','training centre','training center']:
    V('build','~ '+n+' for','AID','070','subj','for','','economic',note=f'build ... {n} for X (a gift)')
    V('donate','~ '+n+' to','AID','070','subj','to','','economic',note=f'donate ... {n} to X')
for n in ['billion in','million in','billion dollars in','million dollars in','dollars in','funds in','deposit in','deposit with']:
    V('deposit','~ '+n,'AID','071','subj','in','','economic',note=f'deposit ... {n} X (central bank support)')
for v in ['write','cancel','forgive','waive','restructure','reschedule']:
    rest={'write':'off ~ debt'}.get(v,'~ debt')
    V(v,rest,'AID','071','subj','gen','','economic',note=f'{v} ... debt (of X)')
    V(v,rest+' owed by','AID','071','subj','obj','','economic',note=f'{v} ... debt owed by X')

# passives with the thing given in between: `X was given tanks by Y` (source: the agent after `by`)
for pp,typ,code in [('given','AID','070'),('granted','AID','070'),('sent','AID','070'),('supplied','AID','072'),('provided','AID','070'),('handed','AID','070'),
                    ('donated','AID','070'),('lent','AID','071'),('loaned','AID','071'),('promised','AGREE','030'),('offered','AGREE','030'),('denied','REJECT','120'),
                    ('refused','REJECT','120'),('shown','SUPPORT','051'),('awarded','SUPPORT','051')]:
    for aux in ['was','were','has been','have been','had been','is being','are being','will be']:
        R(f'{aux} {pp} ~ by',typ,code,'passive','subj',note=f'{aux} {pp} ... by Y (Y gives to X)')
# nominal deliveries of weapons: `Germany's delivery of tanks to Ukraine`
for nn in ['delivery of','deliveries of','supply of','supplies of','transfer of','transfers of','shipment of','shipments of','provision of','donation of','sale of','sales of']:
    for w in ['tanks','weapons','arms','missiles','ammunition','artillery','shells','fighter jets','jets','drones','air defence systems','air defense systems',
              'howitzers','rockets','armoured vehicles','armored vehicles','helicopters','warships','patrol boats','rifles','military equipment','military aid']:
        typ,code=('COOPERATE','061') if nn.startswith('sale') else ('AID','072')
        R(f'{nn} ~ {w} to',typ,code,'subj','to','','military',note=f'{nn} {w} to X')
        R(f'{nn} {w} to',typ,code,'subj','to','','military',note=f'{nn} {w} to X')

# SUPPORT 050: improving ties (`mended ties with`, `bolstered relations`)
for v in ['mend','repair','bolster','deepen','strengthen','improve','boost','warm','revive','reset','solidify','cement','enhance','broaden','reinforce',
          'consolidate','rebuild','restore','reinvigorate','renew','patch up','smooth','elevate','tighten','forge','fortify','shore up','step up']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for n in ['ties','relations','bilateral ties','bilateral relations','diplomatic ties','diplomatic relations','relationship','partnership','friendship','alliance','links']+(['fences'] if verb=='mend' else []):
        V(verb,(pre+' ~ '+n).strip(),'SUPPORT','050','subj','with','','diplomatic',note=f'{v} ... {n} (with X)')
# SANCTION 161: breaking ties in other words (`snapped ties with`)
for v in ['snap','rupture','suspend','freeze','sever','cut','break','end','downgrade','scale back','scale down']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for n in ['ties','relations','diplomatic ties','diplomatic relations','diplomatic links','bilateral ties']:
        V(verb,(pre+' ~ '+n).strip(),'SANCTION','161','subj','with','withdraw','diplomatic',note=f'{v} ... {n} (with X)')
# ACCUSE 111: railing against, bristling at
for v,p in [('rail','against'),('fulminate','against'),('inveigh','against'),('bristle','at'),('fume','at'),('fume','over'),('chafe','at'),
            ('take','aim at'),('round','on'),('lay','into'),('tear','into'),('lash','out against'),('sound','off against'),('speak','out against'),('protest','against')]:
    if (v,p)==('protest','against'): continue
    V(v,p,'ACCUSE','111','subj','obj',note=f'{v} {p} X')
# REJECT 120: pushing back, resisting pressure
for v,p in [('push','back against'),('push','back on'),('resist','~ pressure'),('resist','~ demands'),('resist','~ calls'),('defy','~ pressure'),('defy','~ calls'),
            ('stand','firm against'),('hold','out against'),('dig','in against')]:
    V(v,p,'REJECT','120','subj','obj',note=f'{v} {p} (from X)')
# CONSULT 045: mediating something between parties (`mediated a prisoner swap between X and Y`)
for v in ['mediate','broker','facilitate','arrange','negotiate']:
    for n in ['swap','exchange','prisoner swap','prisoner exchange','deal','ceasefire','truce','agreement','accord','talks','release']:
        V(v,'~ '+n+' between','CONSULT','045','subj','obj','third-party','diplomatic',note=f'{v} ... {n} between X and Y')
# AID 071: bankrolling, underwriting
for v in ['bankroll','underwrite','subsidise','subsidize','sponsor']:
    V(v,'','AID','071','subj','obj','','economic',note=v+' (X or X\'s programme)')
# THREATEN 138: sabre-rattling
for ph in ['rattled its sabre','rattled its saber','rattles its sabre','sabre rattling','saber rattling','rattled its nuclear sabre','rattled its nuclear saber','nuclear sabre rattling','nuclear saber rattling']:
    R(ph,'THREATEN','138','subj','against','','military',note=ph)
for v in ['vow','swear','pledge','promise']:
    V(v,'~ revenge','THREATEN','138','subj','against','','',note=f'{v} revenge (against X)')
    V(v,'~ retaliation','THREATEN','138','subj','against','','',note=f'{v} retaliation (against X)')
# RETREAT 0874/087: dismantling barricades, checkpoints, fortifications
for v in ['dismantle','remove','take down','clear']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for n in ['barricades','roadblocks','checkpoints','fortifications','military posts','outposts','border posts']:
        V(verb,(pre+' ~ '+n).strip(),'RETREAT','087','subj','obj','','military',note=f'{v} ... {n}')
# COOPERATE 064: sharing intelligence (`swapped intelligence`)
for v in ['swap','exchange','share','trade','pool']:
    for n in ['intelligence','information','data','evidence','expertise','know how']:
        V(v,'~ '+n,'COOPERATE','064','subj','with','','',note=f'{v} ... {n} (with X)')

# ASSAULT 180 (PLOVER beat): beating people (sport readings are blocked: `team beat`)
for n in ['fishermen','protesters','demonstrators','migrants','refugees','journalists','detainees','prisoners','civilians','workers','students','activists','diplomats','tourists','pilgrims','villagers','asylum seekers']:
    for f in ['beat','beats','beating','beaten','beat up','beats up','beating up']:
        R(f'{f} ~ {n}','ASSAULT','180','subj','obj','beat','',note=f'{f} ... {n}')
# COERCE (PLOVER withhold): cutting water, power, fuel, internet to a place or people
for v,rest in [('cut','off'),('shut','off'),('halt',''),('stop',''),('block',''),('suspend',''),('restrict','')]:
    for n in ['water','water supplies','water supply','electricity','electricity supplies','power','power supplies','fuel','fuel supplies','food','food supplies',
              'medicine','medical supplies','internet','internet access','phone lines','communications']:
        fs=forms(v)[2:] if v in ('cut','halt','stop','block') else forms(v)
        for f in dict.fromkeys(fs):
            R(f'{f} {rest} ~ {n} to'.replace('  ',' '),'COERCE','170','subj','to','withhold','',note=f'{v} {rest} ... {n} to X (withhold public goods)')
# RETREAT (PLOVER access): letting a third party reach people or places
for v in ['allow','grant','give','permit','offer']:
    V(v,'~ access to','RETREAT','0862','subj','obj','access','',note=f'{v} ... access to (observers, aid workers, diplomats)')
for v in ['allow','let','permit']:
    for n in ['inspectors','monitors','observers','aid workers','humanitarian workers','aid convoys','aid trucks','journalists','diplomats','the red cross','red cross workers']:
        V(v,'~ '+n+' into','RETREAT','0862','subj','to','access','',note=f'{v} ... {n} into X')
        V(v,'~ '+n+' to visit','RETREAT','0862','subj','to','access','',note=f'{v} ... {n} to visit')
# SANCTION 165: quitting mediation
for v,rest in [('withdraw','from ~ mediation'),('quit','~ mediation'),('pull','out of ~ mediation'),('end','~ mediation'),('suspend','~ mediation'),
               ('abandon','~ mediation'),('withdraw','from ~ mediation mission'),('halt','~ mediation')]:
    V(v,rest,'SANCTION','165','subj','with','withdraw','diplomatic',note=f'{v} {rest}')

# drills with a named or qualified exercise in between (`held their annual Freedom Shield exercises`): `their` tells of
# coordinated states (COOPERATE 062 between them), `its` of one state (MOBILIZE 150, no target)
EXN=['exercises','exercise','drills','drill','war games','manoeuvres','maneuvers','naval exercises','naval drills','military exercises','military drills',
     'field exercises','field training','air exercises','air drills','live fire drills','live fire exercises','wargames','war game']
for v,pre in [('hold',''),('conduct',''),('stage',''),('begin',''),('start',''),('launch',''),('kick','off'),('wrap','up'),('conclude',''),('complete',''),
              ('carry','out'),('resume',''),('continue',''),('open',''),('end','')]:
    for n in EXN:
        V(v,(pre+' their ~ '+n).strip(),'COOPERATE','062','subj','with','','military',note=f'{v} {pre} their ... {n} (coordinated states)')
        V(v,(pre+' its ~ '+n).strip(),'MOBILIZE','150','subj','none','troops','military',note=f'{v} {pre} its ... {n} (one state)')

# SANCTION 163: banning a country's products, apps, firms (`Canada bans Chinese apps`)
for f in ['ban','bans','banned','banning','bar','bars','barred','barring','blacklist','blacklists','blacklisted','blacklisting','prohibit','prohibits','prohibited','prohibiting']:
    for n in ['apps','app','companies','firms','company','firm','telecom equipment','equipment','software','products','goods','cars','vehicles','electric vehicles',
              'drones','chips','components','airlines','carriers','ships','vessels','banks','investment','investments','investors','tech','technology','media outlets',
              'broadcasters','steel','solar panels']:
        R(f'{f} ~ {n}','SANCTION','163','subj','obj','discontinue','economic',note=f'{f} ... {n} (of X)')

# SANCTION 163: hitting X with sanctions, tariffs, duties
for v in ['hit','slap','target','punish','sanction','penalise','penalize']:
    for n in ['sanctions','new sanctions','fresh sanctions','tariffs','new tariffs','duties','anti dumping duties','penalties','fines','travel bans','export controls','restrictions','an embargo']:
        V(v,'~ with '+n,'SANCTION','163','subj','obj','discontinue','economic',note=f'{v} X with {n}')
        V(v,'~ with ~ '+n,'SANCTION','163','subj','obj','discontinue','economic',note=f'{v} X with ... {n}')
# designations and labels: a formal terrorist designation is SANCTION 163; name-calling is ACCUSE 111
for v in ['designate','list','blacklist','proscribe','declare','classify']:
    for n in ['terrorist organisation','terrorist organization','terrorist group','terrorist entity','terror group','terror organisation','terror organization','terrorist']:
        V(v,'~ as ~ '+n,'SANCTION','163','subj','obj','discontinue','',note=f'{v} X as a {n}')
        V(v,'~ as '+n,'SANCTION','163','subj','obj','discontinue','',note=f'{v} X as {n}')
for v in ['label','brand','call','dub','denounce','describe']:
    for n in ['terrorist state','terrorist regime','terror state','state sponsor of terrorism','aggressor','aggressor state','rogue state','occupier','pariah state','enemy','enemy state']:
        V(v,'~ '+n,'ACCUSE','111','subj','obj',note=f'{v} X a/an {n}')
        V(v,'~ as ~ '+n,'ACCUSE','111','subj','obj',note=f'{v} X as a/an {n}')

# THREATEN 138: announced strikes in reported speech (`said it would target arms depots in X`)
for m in ['would','could','might']:
    for v in ['target','strike','attack','hit','bomb','shell','destroy','invade','shoot down','sink','wipe out','annihilate','crush','retaliate against','strike back at']:
        R(f'{m} {v}','THREATEN','138','subj','obj','','military',note=f'{m} {v} (announced or conditional use of force)')
# ASSAULT 190: munitions landing or exploding in a country (`shells landed in X`)
for n in ['shell','shells','rocket','rockets','missile','missiles','mortar','mortars','mortar rounds','projectile','projectiles','artillery shells','bomb','bombs','drone','drones','grenade','grenades']:
    for v in ['landed in','landed on','fell in','fell on','exploded in','struck','hit','slammed into','rained down on','crashed into']:
        R(f'{n} {v}','ASSAULT','190','subj','obj','','military',note=f'{n} {v} X (source: whose munitions)')
# ASSAULT 190: raids on military targets (a raid on people or offices stays COERCE)
for v in ['raid','storm']:
    for n in ['air base','airbase','base','military base','airfield','outpost','positions','barracks','naval base','command post','headquarters']:
        V(v,'~ '+n,'ASSAULT','190','subj','obj','','military',note=f'{v} ... {n}')
# ASSAULT 186 (targeted: executions)
for ph in ['hanged','put to death','executed by hanging','executed by firing squad','sent to the gallows']:
    R(ph,'ASSAULT','186','subj','obj','targeted','',note=ph+' (execution)')

# AGREE 0331: money committed to X (a pledge)
for v in ['commit','earmark','set aside']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for n in ['billion dollars to','million dollars to','billion euros to','million euros to','billion to','million to','dollars to','funds to']:
        V(verb,(pre+' ~ '+n).strip(),'AGREE','0331','subj','to','','economic',note=f'{v} ... {n} X (pledge)')
# SUPPORT 050/054: new chapters, recognition granted
for v,rest in [('open','~ new chapter'),('turn','~ new page'),('begin','~ new chapter'),('start','~ new chapter'),('usher','in ~ new era'),('turn','the page')]:
    V(v,rest,'SUPPORT','050','subj','with','','diplomatic',note=f'{v} {rest} (in relations)')
for v in ['grant','extend','accord','give']:
    V(v,'~ recognition to','SUPPORT','054','subj','to','','diplomatic',note=f'{v} ... recognition to X')
    V(v,'~ diplomatic recognition to','SUPPORT','054','subj','to','','diplomatic',note=f'{v} ... diplomatic recognition to X')
# COOPERATE 061: buying a country's goods (`bought Russian wheat`), opening shared infrastructure
for v in ['buy','purchase','import','acquire','order']:
    for n in ['wheat','grain','corn','rice','oil','crude','crude oil','gas','lng','coal','fertiliser','fertilizer','uranium','electricity','soybeans','beef',
              'weapons','arms','fighter jets','jets','warplanes','tanks','missiles','air defence systems','air defense systems','submarines','frigates','warships',
              'helicopters','drones','howitzers','ammunition','military equipment','aircraft','planes','trains','nuclear reactors','reactors']:
        # past forms only: `promised to buy soybeans` is the content of a promise (AGREE), not a purchase
        for f in dict.fromkeys(forms(v)[2:4]):
            R(f'{f} ~ {n}','COOPERATE','061','subj','obj','','economic',note=f'{v} ... {n} (from X, or X\'s {n})')
            R(f'{f} ~ {n} from','COOPERATE','061','subj','from','','economic',note=f'{v} ... {n} from X')
for v in ['inaugurate','commission','launch','unveil','complete']:   # not 'open' (opening a bridge or crossing is often letting traffic through: RETREAT)
    for n in ['pipeline','gas pipeline','oil pipeline','bridge','railway','rail link','power line','power link','interconnector','undersea cable','highway','border crossing','joint venture']:
        V(v,'~ '+n,'COOPERATE','061','subj','with','','economic',note=f'{v} ... {n} (between the states named)')
# AID 073: airdrops of relief
for f in ['airdrop','airdrops','airdropped','airdropping','air drop','air dropped','air dropping','parachuted','dropped']:
    for n in ['food','aid','humanitarian aid','relief','supplies','relief supplies','medical supplies','food parcels','meals','water']:
        for p in ['into','to','over','on']:
            R(f'{f} ~ {n} {p}','AID','073','subj','to','','humanitarian',note=f'{f} ... {n} {p} X')
# RETREAT 0862/087: reopening passages; disengaging
for v in ['reopen','open','unblock','restore']:
    for n in ['corridor','crossing','crossings','border crossing','border crossings','checkpoint','checkpoints','road','highway','bridge','airspace','port','ports','land border','border']:
        V(v,'~ '+n+' to','RETREAT','0862','subj','to','access','',note=f'{v} ... {n} to X')
for ph,code in [('disengage from','0874'),('disengages from','0874'),('disengaged from','0874'),('disengaging from','0874'),('disengaged','0874'),('completed disengagement','0874'),
                ('completed the disengagement','0874'),('troop disengagement','0874'),('military disengagement','0874')]:
    R(ph,'RETREAT',code,'subj','from','withdraw','military',note=ph)

# idioms (each a fixed phrase, all tenses)
for v,rest,typ,code,t in [('turn','a deaf ear to','REJECT','120','to'),('give','the cold shoulder to','REJECT','120','to'),('give','short shrift to','REJECT','120','to'),
                          ('slam','the door on','REJECT','120','obj'),('pour','cold water on','REJECT','120','obj'),('throw','cold water on','REJECT','120','obj'),
                          ('reject','~ out of hand','REJECT','120','obj'),('give','~ blessing to','SUPPORT','051','to'),('throw','~ support behind','SUPPORT','051','obj'),
                          ('extend','~ olive branch to','AGREE','030','to'),('offer','~ olive branch to','AGREE','030','to'),('hold','out ~ olive branch to','AGREE','030','to'),
                          ('point','the finger at','ACCUSE','112','obj'),('take','~ to task','ACCUSE','111','obj'),('call','out','ACCUSE','111','obj'),
                          ('draw','~ red line','THREATEN','130','obj'),('issue','~ stern warning to','THREATEN','130','to'),('issue','~ warning to','THREATEN','130','to'),
                          ('fire','~ warning shots at','THREATEN','138','obj'),('fire','warning shots','THREATEN','138','against')]:
    V(v,rest,typ,code,'subj',t,note=f'{v} {rest}')

# CONSULT 043: welcoming a visiting leader somewhere (`welcomed Vietnam's president at a state banquet`);
# `welcomed the president's decision` does not match (no preposition right after the title)
for f in ['welcome','welcomes','welcomed','welcoming','greet','greets','greeted','greeting']:
    for ttl in ['president','prime minister','premier','chancellor','king','queen','emir','crown prince','foreign minister','defence minister','defense minister',
                'counterpart','delegation','leader','vice president','head of state','sultan','monarch','first lady']:
        for p in ['at','to','in','on','with']:
            R(f'{f} ~ {ttl} {p}','CONSULT','043','subj','obj','visit','diplomatic',note=f'{f} ... {ttl} {p} (hosting a visit)')
