# passives: `X was VERBed by Y` -> source Y, target X
for v,typ,code in [('reject','REJECT','120'),('veto','REJECT','129'),('block','REJECT','129'),('rebuff','REJECT','120'),('deny','REJECT','120'),('snub','REJECT','120'),
                   ('criticise','ACCUSE','110'),('criticize','ACCUSE','110'),('censure','ACCUSE','111'),('slam','ACCUSE','110'),('rebuke','ACCUSE','110'),('sue','ACCUSE','115'),
                   ('indict','ACCUSE','1121'),('probe','ACCUSE','090'),('summon','ACCUSE','114'),
                   ('praise','SUPPORT','051'),('hail','SUPPORT','051'),('recognise','SUPPORT','054'),('recognize','SUPPORT','054'),('back','SUPPORT','051'),('endorse','SUPPORT','051'),
                   ('sanction','SANCTION','163'),('blacklist','SANCTION','163'),('recall','SANCTION','161'),('ban','SANCTION','163'),('suspend','SANCTION','166'),
                   ('threaten','THREATEN','130'),('warn','THREATEN','130'),('urge','REQUEST','020'),('ask','REQUEST','020'),('press','REQUEST','100'),('pressure','REQUEST','100'),
                   ('invade','ASSAULT','192'),('bomb','ASSAULT','195'),('wound','ASSAULT','190'),('injure','ASSAULT','190'),('occupy','COERCE','192'),('annex','COERCE','192'),
                   ('hack','COERCE','1712'),('board','COERCE','171'),('impound','COERCE','171'),('harass','COERCE','170'),('jail','COERCE','173'),('sentence','COERCE','173'),
                   ('pardon','CONCEDE','081'),('grant','AID','070'),('give','AID','070'),('send','AID','070'),('supply','AID','072'),('donate','AID','070'),('arm','AID','072'),('train','AID','072'),
                   ('extradite','COOPERATE','063'),('hand','COOPERATE','063'),('repatriate','RETREAT','0841')]:
    if v=='hand': P('hand','over','COOPERATE','063'); continue
    P(v,'',typ,code)
for ph,code in [('hit with ~ sanctions','163'),('hit with ~ tariffs','163'),('hit by ~ sanctions','163'),('hit by ~ tariffs','163'),('targeted by ~ sanctions','163'),('slapped with ~ sanctions','163'),('slapped with ~ tariffs','163')]:
    R(ph,'SANCTION',code,'passive','subj','discontinue','economic',note=ph+': source = the state after the preposition')
    R(ph.replace('hit','was hit').replace('targeted','was targeted').replace('slapped','was slapped'),'SANCTION',code,'passive','subj','discontinue','economic',note=ph)
for v in ['carry','conduct','launch','stage']:
    for n in ['a raid','raids','a deadly raid','a cross border raid','an air raid','air raids','a raid on','raids on','a raid against','raids against']:
        V(v,('out ' if v=='carry' else '')+n,'ASSAULT','190','subj','obj' if n.endswith('on') else 'against','','military')
