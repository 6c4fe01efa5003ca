# ---- second breadth pass: verb x object families still missing (each a general CAMEO fact) ----

# MOBILIZE 150/154: moving forces or weapons somewhere (`to X`: the move is aimed at X)
# weapons sent, transferred or shipped to a country are arms aid (AID 072), deployed or stationed ones a move (MOBILIZE)
ARMS=['tanks','armoured vehicles','armored vehicles','artillery','rocket launchers','missile launchers','missiles','air defence systems','air defense systems',
      'drones','howitzers','ammunition','shells','rockets','patriot missiles','patriot batteries','patriot systems','fighter jets','helicopters','rifles','weapons','arms']
for v in ['send','transfer','rush','ship','deliver','supply','provide','hand over','give','donate']:
    parts=v.split(); verb=parts[0]; pre=' '.join(parts[1:])
    for n in ARMS:
        V(verb,(pre+' ~ '+n+' to').strip(),'AID','072','subj','to','','military',note=f'{v} ... {n} to X (arms aid)')
for v in ['deploy','dispatch','send','move','transfer','station','redeploy','position','relocate','rush','forward deploy']:
    for n in ['frigate','frigates','destroyer','destroyers','corvette','corvettes','submarine','submarines','aircraft carrier','carrier strike group',
              'bombers','fighter jets','warplanes','warships','naval vessels','gunboats','coast guard vessels','coast guard ships','troops','soldiers',
              'reinforcements','paratroopers','special forces','marines','tanks','armoured vehicles','armored vehicles','artillery','rocket launchers',
              'missile launchers','missiles','air defence systems','air defense systems','nuclear weapons','nuclear warheads','drones','battalions','brigades']:
        V(v,'~ '+n+' to','MOBILIZE','154','subj','to','','military',note=f'{v} ... {n} to X: a move aimed at X')
        V(v,'~ '+n,'MOBILIZE','150','subj','to','','military',note=f'{v} ... {n}')

# COOPERATE 061: trade deliveries of commodities (`supplied grain to X`); AID 073: relief deliveries
for v in ['supply','export','ship','sell','deliver','send']:
    for n in ['grain','wheat','corn','maize','rice','crude','crude oil','oil','lng','liquefied natural gas','natural gas','gas','coal','fertiliser','fertilizer',
              'electricity','iron ore','diesel','fuel','uranium','soybeans','cargo']:
        V(v,'~ '+n+' to','COOPERATE','061','subj','to','','economic',note=f'{v} ... {n} to X (trade)')
for v in ['ship','send','deliver','airlift','fly','truck','dispatch','rush','donate','provide','distribute']:
    for n in ['vaccines','vaccine doses','medicine','medicines','medical supplies','medical equipment','food','food aid','food supplies','relief','relief supplies',
              'relief goods','humanitarian aid','humanitarian supplies','aid','tents','blankets','drinking water','emergency supplies','ambulances','generators']:
        V(v,'~ '+n+' to','AID','073','subj','to','','humanitarian',note=f'{v} ... {n} to X (relief)')
# AID 071: financing a project in X, contributing funds to X; providing X with something
for v in ['finance','fund','bankroll']:
    for n in ['construction of','construction','project in','projects in','port in','railway in','dam in','bridge in','power plant in','hospital in','hospitals in',
              'schools in','roads in','reconstruction of','rebuilding of','infrastructure in']:
        V(v,'~ '+n,'AID','071','subj','in','','economic',note=f'{v} ... {n} X')
for v in ['contribute','donate','give','grant','allocate','disburse','transfer']:
    for n in ['funds to','million to','billion to','money to','dollars to','euros to','million dollars to','million euros to','grant to','loan to','tranche to']:
        V(v,'~ '+n,'AID','071','subj','to','','economic',note=f'{v} ... {n} X')
V('provide','~ with','AID','070','subj','obj',note='provide X with Y (X in the gap)')
V('supply','~ with','AID','070','subj','obj',note='supply X with Y (X in the gap)')
V('equip','~ with','AID','072','subj','obj','','military',note='equip X with Y')

# RETREAT 0841: handing over or returning captives and remains
for v,rest in [('hand','over'),('return',''),('send','back'),('release','')]:   # not `transfer` (transferring children or soldiers is no release)
    for n in ['detainees','prisoners','prisoners of war','pows','captives','captured soldiers','soldiers','servicemen','hostages','bodies','remains',
              'fishermen','sailors','crew members','crew','civilians','children']:
        V(v,(rest+' ~ '+n).strip(),'RETREAT','0841','subj','to','release','',note=f'{v} {rest} ... {n}')
# RETREAT 0872: easing a military blockade or siege
for v in ['lift','end','ease','relax','loosen','break']:
    for n in ['blockade','naval blockade','siege','closure of']:
        V(v,'~ '+n,'RETREAT','0872','subj','obj','','military',note=f'{v} ... {n}')
# RETREAT 0873: demobilising, standing forces down
for v in ['demobilise','demobilize','disband','stand']:
    rest={'stand':'down ~ forces'}.get(v,'~ forces')
    V(v,rest,'RETREAT','0873','subj','obj','','military')
    if v!='stand': V(v,'~ troops','RETREAT','0873','subj','obj','','military')

# CONCEDE 081x: dropping bans and requirements on people
for v in ['scrap','lift','end','drop','remove','ease','relax','waive','rescind','suspend','abolish']:
    for n in ['entry ban','entry bans','travel ban','travel bans','visa ban','visa requirement','visa requirements','visa restrictions','quarantine requirements',
              'ban on journalists','ban on foreign journalists','residence ban']:
        V(v,'~ '+n,'CONCEDE','0812','subj','obj',note=f'{v} ... {n} (on people: CONCEDE)')
for ph in ['consent to','consents to','consented to','consenting to']:
    R(ph,'AGREE','030','subj','obj',note='consent to (a request, a plan)')

# COERCE 174: expelling or forcibly returning people who are not diplomats
for v in ['expel','deport','forcibly repatriate','forcibly return','forcibly deport','kick out']:
    for n in ['journalists','reporters','correspondents','nationals','citizens','migrants','workers','activists','missionaries','students','aid workers','monitors',
              'observers','businessmen','tourists','asylum seekers','dissidents']:
        V(v,'~ '+n,'COERCE','174','subj','obj','expel','',note=f'{v} ... {n} (people, not diplomats: COERCE 174)')
for v in ['forcibly repatriate','forcibly return','forcibly deport']:
    V(v,'','COERCE','174','subj','to','expel','',note=v)
# COERCE 1711: confiscating property or goods
for v in ['confiscate','seize','impound','expropriate','nationalise','nationalize','requisition']:
    for n in ['assets','property','properties','land','farmland','vessel','vessels','boat','boats','ship','ships','cargo','aircraft','plane','equipment','weapons',
              'factory','factories','oil fields','oilfields','mines','bank accounts','holdings','shares','stake']:
        V(v,'~ '+n,'COERCE','1711','subj','obj','','',note=f'{v} ... {n}')
# ASSAULT 175 (PLOVER crowd-control): tear gas, water cannon, rubber bullets; breaking up protests
for v in ['use','fire','lob']:
    V(v,'~ tear gas','ASSAULT','175','subj','against','crowd-control','',note=f'{v} tear gas (crowd control)')
V('use','~ water cannon','ASSAULT','175','subj','against','crowd-control'); V('fire','~ water cannon','ASSAULT','175','subj','against','crowd-control')
V('fire','~ rubber bullets','ASSAULT','175','subj','against','crowd-control')
V('break','up ~ protest','ASSAULT','175','subj','obj','crowd-control'); V('break','up ~ rally','ASSAULT','175','subj','obj','crowd-control')
V('crack','down on ~ protesters','ASSAULT','175','subj','obj','crowd-control'); V('crack','down on ~ demonstrators','ASSAULT','175','subj','obj','crowd-control')

# SANCTION: export controls, withheld revenues and payments
for v in ['impose','tighten','expand','extend','introduce','slap']:
    for n in ['export controls','export restrictions','export curbs','export ban','export bans','import ban','import bans','import restrictions']:
        V(v,'~ '+n,'SANCTION','163','subj','on','','economic',note=f'{v} ... {n} (on X)')
for v in ['withhold','freeze','block','cut off','suspend','halt','stop']:
    parts=v.split(); verb=parts[0]; rest=' '.join(parts[1:])
    for n in ['tax revenues','revenues','payments','transfers','salaries','funds','remittances','gas payments']:
        if verb in ('freeze','block','halt','stop'):   # also nouns (`lifted the freeze on payments`): past and -ing only
            for f in dict.fromkeys(forms(verb)[2:]):
                R(f+' '+(rest+' ~ '+n).strip(),'SANCTION','1621','subj','to','discontinue','economic',note=f'{v} ... {n}')
        else:
            V(verb,(rest+' ~ '+n).strip(),'SANCTION','1621','subj','to','discontinue','economic',note=f'{v} ... {n}')

# ASSAULT: impacts and killings
for ph,code in [('slammed into','195'),('slams into','195'),('slam into','195'),('slamming into','195'),('crashed into','195'),('smashed into','195'),
                ('gunned down','190'),('guns down','190'),('mowed down','190'),('shot and killed','190'),('shot and wounded','190'),('shot at','190'),
                ('opened fire at','190'),('opened fire on','190'),('open fire on','190'),('opens fire on','190'),('fired on','190'),('fired at','190'),('fires at','190')]:
    R(ph,'ASSAULT',code,'subj','obj','','military',note=ph)
for v in ['pummel','hammer','blitz','firebomb','strafe','carpet bomb','napalm']:
    if v=='hammer':
        for n in ['positions','targets','cities','towns','villages']: V(v,'~ '+n,'ASSAULT','190','subj','obj','','military')
    else:
        V(v,'','ASSAULT','190','subj','obj','','military')
for ph in ['car bomb','car bombing','car bombings','truck bomb','truck bombing','roadside bomb','roadside bombing','bomb attack','bomb attacks','grenade attack',
           'rocket attack','rocket attacks','mortar attack','mortar attacks','drone attack','drone attacks','missile attack','missile attacks','sniper fire']:
    R(ph,'ASSAULT','1831' if 'bomb' in ph else '190','subj','against','','military',note=ph)

# ACCUSE: holding responsible, criticising sharply
for v in ['hold','held']:
    pass
V('hold','~ responsible for','ACCUSE','112','subj','obj',note='hold X responsible for (blame)')
V('hold','~ accountable for','ACCUSE','112','subj','obj',note='hold X accountable for')
for v in ['upbraid','reprove','rebuke','decry','disparage','belittle','ridicule','lampoon','fault','chide','harangue']:
    V(v,'','ACCUSE','111','subj','obj',note=v+' (criticise)')
for v in ['open','launch','begin','start','order','announce']:
    for n in ['investigation into','probe into','inquiry into','investigation of','criminal case against','case against','criminal investigation into','war crimes investigation']:
        V(v,'~ '+n,'ACCUSE','090','subj','obj','','legal',note=f'{v} ... {n}')
for v in ['file','lodge','bring','submit']:
    for n in ['complaint against','lawsuit against','case against','suit against','claim against','legal action against','grievance against']:
        V(v,'~ '+n,'ACCUSE','115','subj','obj','','legal',note=f'{v} ... {n}')
V('take','~ to court','ACCUSE','115','subj','obj','','legal'); V('haul','~ before','ACCUSE','115','subj','obj','','legal'); V('drag','~ to court','ACCUSE','115','subj','obj','','legal')

# REQUEST: pleas and petitions
for v in ['plead','beseech','entreat','exhort','implore','beg']:
    V(v,'with','REQUEST','020','subj','with',note=f'{v} with X (for)')
    V(v,'~ to','REQUEST','020','subj','obj',note=f'{v} X to ...')
V('petition','~ for','REQUEST','020','subj','obj',note='petition X for')
V('petition','~ to','REQUEST','020','subj','obj',note='petition X to')

# REJECT 125: refusing to meet; SANCTION 164: leaving negotiations
for v in ['decline','reject','turn','spurn','snub','rebuff','refuse']:
    rest={'turn':'down ~ invitation'}.get(v,'~ invitation')
    V(v,rest,'REJECT','125','subj','obj',note=f'{v} ... invitation (to talks, a meeting)')
for v in ['pull','walk','withdraw','back']:
    rest={'pull':'out of ~ talks','walk':'away from ~ talks','withdraw':'from ~ talks','back':'out of ~ talks'}[v]
    V(v,rest,'SANCTION','164','subj','with','','diplomatic',note=f'{v} {rest} (CAMEO 164 halt negotiations)')
for v in ['balk','baulk']:
    V(v,'at','REJECT','120','subj','obj',note=v+' at')
V('back','out of','REJECT','120','subj','obj',note='back out of (a deal, a commitment)')

# SUPPORT 051: siding with and rallying behind
V('rally','behind','SUPPORT','051','subj','obj',note='rally behind X')
V('throw','~ weight behind','SUPPORT','051','subj','obj',note='throw its weight behind X')
V('come','out in support of','SUPPORT','051','subj','obj',note='come out in support of X')
V('vouch','for','SUPPORT','051','subj','obj',note='vouch for X')

# COOPERATE: joint action with a modifier inside (`joint air force drills`), coordinated efforts
for n in ['drills','exercises','exercise','patrols','manoeuvres','maneuvers','war games','naval drills','air drills','operation','operations']:
    R('joint ~ '+n,'COOPERATE','063' if n.startswith('operation') else '062','subj','with','','military',note=f'joint ... {n} (joint air force drills)')
for v in ['coordinate','co ordinate','synchronise','synchronize','pool']:
    for n in ['efforts','response','actions','policies','resources']:
        V(v,'~ '+n,'COOPERATE','060','subj','with',note=f'{v} ... {n} (with X)')

# CONSULT 043: hosting a named counterpart or delegation
for v in ['welcome','receive','host','greet']:
    for n in ['counterpart','delegation','visiting counterpart']:
        V(v,'~ '+n,'CONSULT','043','subj','obj','visit','diplomatic',note=f'{v} ... {n} (host)')

# COERCE 1712 (cyber): what hackers do (the noun `hackers` alone is a blocker)
for v in ['attacked','targeted','breached','hit','stole','infiltrated','penetrated','hacked','hacked into','broke into','compromised','disrupted','paralysed','paralyzed','crippled','shut down','knocked out']:
    for n in ['hackers','hacker groups','hacking groups','cyber spies','cyberspies','state hackers','state backed hackers','state sponsored hackers']:
        R(f'{n} ~ {v}','COERCE','1712','subj','obj','','cyber',note=f'{n} {v} (state-linked cyber attack)')
for v in ['attack','target','breach','hack','infiltrate','disrupt','paralyse','paralyze','cripple']:
    for n in ['websites','networks','servers','computer systems','computer networks','email accounts','government websites','infrastructure networks','power grid','banks']:
        V(v,'~ '+n,'COERCE','1712','subj','obj','','cyber',note=f'{v} ... {n} (cyber)')
