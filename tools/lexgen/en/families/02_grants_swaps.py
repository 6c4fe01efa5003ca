R('funded','AID','070','subj','to',note='funded')
R('granted','AID','071','subj','obj','economic',note='granted (a sum, a loan): longer rows take granted access/amnesty/asylum')
R('grants','AID','071','subj','to','economic',note='grants (noun)')
for v,rest in [('withdraw','~ organization case'),('withdraw','~ wto case'),('withdraw','~ wto complaint'),('drop','~ wto case'),('drop','~ wto complaint'),('withdraw','~ arbitration case'),('drop','~ arbitration case'),('withdraw','~ arbitration claim')]:
    V(v,rest,'CONCEDE','083','subj','obj','','legal')
for v,rest in [('carry','out ~ joint raid'),('carry','out ~ joint raids'),('carry','out ~ joint operation'),('carry','out ~ joint operations'),('conduct','~ joint raid'),('conduct','~ joint operation'),('conduct','~ joint operations'),('launch','~ joint operation'),('launch','~ joint investigation'),('carry','out ~ joint patrols'),('carry','out ~ joint exercises'),('carry','out ~ joint drills')]:
    V(v,rest,'COOPERATE','063' if 'raid' in rest or 'oper' in rest or 'invest' in rest else '062','subj','with')
R('swapped','RETREAT','0841','subj','with','release','',note='swapped (prisoners, bodies)')
R('swap','RETREAT','0841','subj','with','release','',note='swap (noun: prisoner swap)')
for n in ['aircraft','military aircraft','warplanes','fighter jets','jets','bombers','drones','warships','ships','vessels','destroyers','troops','forces','tanks','missiles','carrier','submarines','coast guard ships','coast guard vessels']:
    R(n+' toward','MOBILIZE','154','subj','to','','military',note=n+' toward X: the move is aimed at X')
    R(n+' towards','MOBILIZE','154','subj','to','','military',note=n+' towards X')
    R(n+' near','MOBILIZE','154','subj','to','','military',note=n+' near X')
for ph in ['aid convoy','aid convoys','aid worker','relief workers','humanitarian workers','peacekeeping operation','peacekeeping operations','strike price','air force','air forces','war ministry','defence budget','defense budget','military budget']:
    if ph not in existing: existing.add(ph); rows.append('\t'.join([ph,'trigger','','','','','','','blocker: no event (words inside would read as a trigger)']))
