# ---- breadth: more verbs and nouns per type ----
# ASSAULT
for v,rest,code,t in [('shell','','194','obj'),('bombard','','194','obj'),('pound','','194','obj'),('rocket','','194','obj'),('strafe','','195','obj'),('airstrike','','195','obj'),
                      ('raid','','190','obj'),('storm','','190','obj'),('overrun','','192','obj'),('besiege','','191','obj'),('encircle','','191','obj'),('recapture','','192','obj'),
                      ('retake','','192','obj'),('push','into','192','obj'),('cross','into','192','obj'),
                      ('capture','~ town','192','obj'),('capture','~ city','192','obj'),('capture','~ village','192','obj'),('capture','~ villages','192','obj'),('seize','~ town','192','obj'),
                      ('seize','~ city','192','obj'),('seize','~ village','192','obj'),('seize','~ territory','192','obj'),('take','~ town','192','obj'),('take','~ city','192','obj'),
                      ('fire','~ drones at','195','obj'),('launch','~ drones at','195','obj'),('launch','~ drones against','195','against'),('launch','~ missiles at','195','obj'),
                      ('launch','~ rockets at','194','obj'),('launch','~ rockets into','194','obj'),('fire','~ rockets','194','against'),('fire','~ mortars','194','against'),
                      ('fire','~ artillery','194','against'),('fire','~ shells','194','against'),('lob','~ shells','194','against'),('drop','~ bombs','195','against'),
                      ('shoot','down ~ drone','190','obj'),('shoot','down ~ drones','190','obj'),('shoot','down ~ jet','190','obj'),('shoot','down ~ plane','190','obj'),
                      ('shoot','down ~ helicopter','190','obj'),('shoot','down ~ missile','190','obj'),('shoot','down ~ missiles','190','obj'),('down','~ drone','190','obj'),
                      ('sink','~ ship','190','obj'),('sink','~ vessel','190','obj'),('sink','~ boat','190','obj'),('ram','~ vessel','190','obj'),('ram','~ boat','190','obj'),
                      ('ram','~ ship','190','obj'),('target','~ positions','190','obj'),('hit','~ positions','190','obj'),('strike','~ positions','190','obj'),('attack','~ positions','190','obj'),
                      ('hit','~ targets','190','obj'),('strike','~ targets','190','obj'),('hit','~ refinery','190','obj'),('strike','~ refinery','190','obj'),('attack','~ refinery','190','obj'),
                      ('hit','~ base','190','obj'),('strike','~ base','190','obj'),('attack','~ base','190','obj'),('hit','~ airfield','190','obj'),('strike','~ airfield','190','obj'),
                      ('hit','~ port','190','obj'),('strike','~ port','190','obj'),('hit','~ power plant','190','obj'),('strike','~ power grid','190','obj'),
                      ('kill','~ soldiers','190','obj'),('kill','~ troops','190','obj'),('kill','~ civilians','190','obj'),('wound','~ soldiers','190','obj'),('kill','~ commander','186','obj'),
                      ('assassinate','~ commander','186','obj'),('kill','~ militants','190','obj'),('kill','~ fighters','190','obj'),('ambush','~ patrol','190','obj'),
                      ('ambush','~ convoy','190','obj'),('attack','~ convoy','190','obj'),('attack','~ ship','190','obj'),('attack','~ ships','190','obj'),('attack','~ vessel','190','obj'),
                      ('attack','~ tanker','190','obj'),('attack','~ embassy','190','obj'),('fire','upon','190','obj'),('open','fire on ~ troops','190','obj'),('exchange','fire','190','with'),
                      ('trade','fire','190','with'),('exchange','~ fire','190','with'),('trade','~ fire','190','with'),('fight','~ battle','190','with'),('wage','war','190','against'),
                      ('wage','~ war on','190','obj'),('wage','~ war against','190','against'),('declare','war','190','obj'),('invade','~ territory','192','obj')]:
    V(v,rest,'ASSAULT',code,'subj',t,'','military')
for v,rest in [('shell',''),('bombard',''),('pound',''),('raid',''),('storm',''),('overrun',''),('besiege',''),('ambush',''),('kill',''),('wound',''),('sink',''),('ram',''),
               ('hit',''),('strike',''),('target',''),('attack',''),('destroy',''),('down',''),('intercept',''),('shoot','down'),('shell','')]:
    P(v,rest,'ASSAULT','190' if v not in ('shell','bombard','pound') else '194')
for ph,code,t in [('strike on','195','obj'),('strikes on','195','obj'),('attack by','190','passive'),('attacks by','190','passive'),('strike by','195','passive'),('strikes by','195','passive'),
                  ('shelling by','194','passive'),('air raid','195','against'),('air raids','195','against'),('bombing raid','195','against'),('bombing raids','195','against'),
                  ('bombing campaign','195','against'),('aerial bombardment','195','against'),('bombardment','194','against'),('barrage','194','against'),('rocket fire','194','against'),
                  ('rocket barrage','194','against'),('missile barrage','195','against'),('drone swarm','195','against'),('kamikaze drones','195','against'),('shahed drones','195','against'),
                  ('ballistic missile strike','195','against'),('cruise missile strike','195','against'),('artillery strike','194','against'),('artillery strikes','194','against'),
                  ('artillery shelling','194','against'),('mortar attack','194','against'),('mortar attacks','194','against'),('sniper fire','190','against'),('cross border shelling','194','against'),
                  ('border clash','190','with'),('border clashes','190','with'),('armed clash','190','with'),('armed clashes','190','with'),('skirmish','190','with'),('skirmishes','190','with'),
                  ('military operation against','190','against'),('military operation in','190','in'),('special military operation','190','in'),('military offensive','190','against'),
                  ('ground incursion','192','in'),('ground operation','192','in'),('ground invasion','192','obj'),('cross border raid','190','in'),('cross border attack','190','in'),
                  ('cross border attacks','190','in'),('naval clash','190','with'),('water cannon','190','obj'),('fired water cannon','190','obj'),('fired water cannons','190','obj'),
                  ('used water cannon','190','obj'),('rammed','190','obj'),('collided with','190','obj'),('shot down','190','obj'),('downed','190','obj'),('retaliatory strike','190','against'),
                  ('retaliatory strikes','190','against'),('retaliatory attack','190','against'),('preemptive strike','190','against'),('pre emptive strike','190','against'),
                  ('targeted killing','186','obj'),('assassinated','186','obj'),('killed in an israeli strike','195','obj'),('war on','190','obj'),('war against','190','against'),
                  ('hostilities','190','with'),('fierce fighting','190','with'),('heavy fighting','190','with'),('firing on','190','obj'),('fired on','190','obj'),('fired at','190','obj')]:
    R(ph,'ASSAULT',code,'subj' if t!='passive' else 'passive','obj' if t=='passive' else t,'','military')
# COERCE
for v,rest,code,t,ctx in [('arrest','~ citizen','173','obj','legal'),('arrest','~ citizens','173','obj','legal'),('arrest','~ nationals','173','obj','legal'),('detain','~ citizen','173','obj','legal'),
                          ('detain','~ citizens','173','obj','legal'),('detain','~ nationals','173','obj','legal'),('detain','~ journalist','173','obj','legal'),('arrest','~ journalist','173','obj','legal'),
                          ('detain','~ fishermen','173','obj','legal'),('arrest','~ fishermen','173','obj','legal'),('detain','~ crew','171','obj',''),('detain','~ sailors','171','obj',''),
                          ('detain','~ diplomat','173','obj','legal'),('arrest','~ spy','173','obj','legal'),('arrest','~ spies','173','obj','legal'),('arrest','~ officers','173','obj','legal'),
                          ('arrest','~ police officers','173','obj','legal'),('detain','~ officers','173','obj','legal'),('hold','~ hostage','181','obj',''),('hold','~ captive','181','obj',''),
                          ('seize','~ tanker','171','obj',''),('seize','~ tankers','171','obj',''),('seize','~ ship','171','obj',''),('seize','~ ships','171','obj',''),('seize','~ vessel','171','obj',''),
                          ('seize','~ vessels','171','obj',''),('seize','~ cargo','171','obj',''),('seize','~ assets','1711','obj','economic'),('seize','~ property','1711','obj',''),
                          ('seize','~ boats','171','obj',''),('seize','~ fishing boats','171','obj',''),('impound','~ ship','171','obj',''),('impound','~ vessel','171','obj',''),
                          ('confiscate','~ assets','1711','obj','economic'),('nationalize','','1711','obj','economic'),('nationalise','','1711','obj','economic'),('expropriate','','1711','obj','economic'),
                          ('jam','~ gps','1712','obj','cyber'),('jam','~ signals','1712','obj','cyber'),('hack','~ servers','1712','obj','cyber'),('hack','~ email','1712','obj','cyber'),
                          ('hack','~ networks','1712','obj','cyber'),('target','~ networks','1712','obj','cyber'),('breach','~ networks','1712','obj','cyber'),('block','~ websites','1721','obj',''),
                          ('block','~ access to','1721','obj',''),('ban','~ media','1721','obj',''),('ban','~ broadcaster','1721','obj',''),('close','~ bureau','1721','obj',''),
                          ('shut','~ bureau','1721','obj',''),('revoke','~ accreditation','1721','obj',''),('strip','~ accreditation','1721','obj',''),('deny','~ visa','172','obj',''),
                          ('refuse','~ entry','172','obj',''),('bar','~ from entering','172','obj',''),('ban','~ from entering','172','obj',''),('detain','~ activists','173','obj','legal'),
                          ('sentence','~ citizen','173','obj','legal'),('sentence','~ national','173','obj','legal'),('convict','~ citizen','173','obj','legal'),('execute','~ citizen','186','obj',''),
                          ('block','~ aid','191','obj',''),('block','~ shipments','191','obj',''),('blockade','~ port','191','obj',''),('blockade','~ ports','191','obj',''),('block','~ ships','191','obj',''),
                          ('block','~ vessel','191','obj',''),('block','~ access','191','obj',''),('close','~ strait','191','obj',''),('harass','','170','obj',''),('intimidate','','170','obj',''),
                          ('coerce','','170','obj',''),('pressure','~ into','170','obj','')]:
    V(v,rest,'COERCE',code,'subj',t,'',ctx)
for v in ['arrest','detain','jail','hold','seize','board','intercept','impound','deport','expel','abduct','kidnap','sentence','harass']:
    pass
for ph,code,t in [('taken into custody','173','obj'),('in custody','173','obj'),('detention','173','obj'),('arrest of','173','obj'),('detention of','173','obj'),('kidnapping of','181','obj'),
                  ('abduction of','181','obj'),('seizure of','171','obj'),('boarded','171','obj'),('boarding','171','obj'),('hijacking','171','obj'),('hijacked','171','obj'),
                  ('cyber espionage','1712','against'),('cyber espionage campaign','1712','against'),('state sponsored hackers','1712','against'),('hacking campaign','1712','against'),
                  ('data breach','1712','against'),('gps jamming','1712','against'),('disinformation campaign','1712','against'),('election interference','1712','against'),
                  ('economic coercion','170','obj'),('coercion','170','obj'),('harassment','170','obj'),('harassed','170','obj'),('dangerous maneuvers','170','obj'),
                  ('dangerous manoeuvres','170','obj'),('unsafe intercept','170','obj'),('crackdown','170','obj'),('crackdown on','170','obj')]:
    R(ph,'COERCE',code,'subj',t)
# SANCTION
for v,rest,code,t,mode in [('sanction','~ officials','163','obj','discontinue'),('sanction','~ companies','163','obj','discontinue'),('sanction','~ entities','163','obj','discontinue'),
                         ('sanction','~ banks','163','obj','discontinue'),('blacklist','~ companies','163','obj','discontinue'),('freeze','~ accounts','163','obj','discontinue'),
                         ('ban','~ exports to','163','to','discontinue'),('ban','~ imports from','163','from','discontinue'),('restrict','~ exports','163','obj','discontinue'),
                         ('restrict','~ imports','163','obj','discontinue'),('curb','~ exports','163','obj','discontinue'),('curb','~ imports','163','obj','discontinue'),
                         ('halt','~ shipments','163','obj','discontinue'),('suspend','~ shipments','163','obj','discontinue'),('halt','~ gas supplies','160','obj','discontinue'),
                         ('cut','~ gas supplies','160','obj','discontinue'),('cut','off ~ gas','160','obj','discontinue'),('cut','off ~ supplies','160','obj','discontinue'),
                         ('stop','~ gas','160','obj','discontinue'),('stop','~ oil','160','obj','discontinue'),('suspend','~ visa','160','obj','discontinue'),('suspend','~ visa free','160','obj','discontinue'),
                         ('revoke','~ visas','160','obj','discontinue'),('cancel','~ visas','160','obj','discontinue'),('suspend','~ flights to','160','to','discontinue'),
                         ('ban','~ flights','160','obj','discontinue'),('ban','~ airlines','160','obj','discontinue'),('close','~ airspace to','160','to','discontinue'),
                         ('close','~ embassy','161','in','withdraw'),('shut','~ embassy','161','in','withdraw'),('close','~ consulate','161','in','withdraw'),('shut','~ consulate','161','in','withdraw'),
                         ('order','~ closure','161','obj','withdraw'),('expel','~ diplomats from','166','obj','expel'),('expel','~ military attache','166','obj','expel'),
                         ('declare','~ non grata','166','obj','expel'),('withdraw','~ ambassador','161','from','expel'),('recall','~ ambassadors','161','from','expel'),
                         ('downgrade','~ ties','161','with','withdraw'),('suspend','~ relations','161','with','withdraw'),('suspend','~ ties','161','with','withdraw'),
                         ('freeze','~ relations','161','with','withdraw'),('freeze','~ ties','161','with','withdraw'),('sever','~ diplomatic ties','161','with','withdraw'),
                         ('sever','~ diplomatic relations','161','with','withdraw'),('cut','off ~ relations','161','with','withdraw'),('cut','off ~ ties','161','with','withdraw'),
                         ('break','~ ties','161','with','withdraw'),('break','~ relations','161','with','withdraw'),('suspend','~ membership','166','obj','withdraw'),
                         ('expel','~ from','166','from','expel'),('exclude','~ from','166','from','expel'),('quit','~ treaty','160','with','withdraw'),('leave','~ treaty','160','with','withdraw'),
                         ('exit','~ treaty','160','with','withdraw'),('abandon','~ treaty','160','with','withdraw'),('scrap','~ treaty','160','with','withdraw'),('tear','up ~ agreement','160','with','withdraw'),
                         ('cancel','~ agreement','160','with','discontinue'),('cancel','~ contract','160','with','discontinue'),('cancel','~ deal','160','with','discontinue'),
                         ('terminate','~ deal','160','with','discontinue'),('terminate','~ contract','160','with','discontinue'),('cut','~ funding to','1621','to','discontinue'),
                         ('cut','off ~ funding','1621','to','discontinue'),('withhold','~ funding','1621','to','discontinue'),('freeze','~ funding','1621','to','discontinue'),
                         ('suspend','~ loans','1621','to','discontinue'),('suspend','~ arms sales','1622','to','discontinue'),('halt','~ arms sales','1622','to','discontinue'),
                         ('halt','~ weapons deliveries','1622','to','discontinue'),('pause','~ military aid','1622','to','discontinue'),('pause','~ aid','162','to','discontinue')]:
    V(v,rest,'SANCTION',code,'subj',t,mode)
for ph,code,t,mode in [('sanctions on','163','obj','discontinue'),('sanctions targeting','163','obj','discontinue'),('sanctions were imposed','163','obj','discontinue'),
                       ('new tariffs','163','obj','discontinue'),('tariff hike','163','obj','discontinue'),('tariff hikes','163','obj','discontinue'),('duties on','163','obj','discontinue'),
                       ('levies on','163','obj','discontinue'),('countermeasures','163','obj','discontinue'),('counter sanctions','163','obj','discontinue'),('retaliatory measures','163','obj','discontinue'),
                       ('import restrictions','163','obj','discontinue'),('trade restrictions','163','obj','discontinue'),('trade curbs','163','obj','discontinue'),('export curbs','163','obj','discontinue'),
                       ('export licence','163','obj','discontinue'),('chip export','163','obj','discontinue'),('persona non grata','166','obj','expel'),('closed its embassy','161','in','withdraw'),
                       ('diplomatic expulsions','166','obj','expel'),('expelled diplomats','166','obj','expel'),('severing ties','161','with','withdraw'),('severance of','161','with','withdraw'),
                       ('rupture','161','with','withdraw'),('cut off ties','161','with','withdraw'),('no fly zone','160','obj','discontinue')]:
    R(ph,'SANCTION',code,'subj',t,mode)
# THREATEN
for v,rest,code,t in [('warn','~ against','130','obj'),('warn','~ of retaliation','138','obj'),('warn','~ of consequences','130','obj'),('warn','~ of a response','138','obj'),
                      ('warn','~ of war','138','obj'),('warn','~ it would','130','obj'),('warn','~ it will','130','obj'),('warn','~ would face','130','obj'),('threaten','~ with','130','obj'),
                      ('threaten','~ to respond','138','obj'),('threaten','~ to hit','1384','obj'),('threaten','~ to bomb','1384','obj'),('threaten','~ to destroy','138','obj'),
                      ('threaten','~ to sink','1384','obj'),('threaten','~ to shoot down','1384','obj'),('threaten','~ countermeasures','1312','obj'),('threaten','~ to cut off','1312','obj'),
                      ('threaten','~ to halt','1312','obj'),('threaten','~ to ban','1312','obj'),('threaten','~ to block','1312','obj'),('threaten','~ to recall','1313','obj'),
                      ('threaten','~ to expel','136','obj'),('threaten','~ to deport','136','obj'),('threaten','~ to arrest','132','obj'),('threaten','~ to seize','1382','obj'),
                      ('threaten','~ to occupy','1382','obj'),('threaten','~ to use nuclear','1385','obj'),('threaten','~ nuclear','1385','obj'),('vow','~ to defeat','138','obj'),
                      ('vow','~ to punish','138','obj'),('vow','~ to avenge','138','obj'),('vow','~ to hit back','138','obj'),('vow','~ to strike back','138','obj'),
                      ('vow','~ to respond','138','obj'),('promise','~ a response','138','obj'),('promise','~ retaliation','138','obj'),('promise','~ revenge','138','obj'),
                      ('brandish','','130','obj'),('menace','','130','obj')]:
    V(v,rest,'THREATEN',code,'subj',t)
for ph,code,t in [('stern warning to','130','to'),('warning shot','130','obj'),('warning shots at','130','obj'),('threats against','130','against'),('threat against','130','against'),
                  ('threatening remarks','130','obj'),('threatening statement','130','obj'),('veiled threat','130','obj'),('open threat','130','obj'),('nuclear threats against','1385','against'),
                  ('would respond','138','obj'),('will respond','138','obj'),('will retaliate','138','obj'),('would retaliate','138','obj'),('will hit back','138','obj'),
                  ('decisive response','138','obj'),('crushing response','138','obj'),('all options are on the table','138','obj'),('all options on the table','138','obj'),
                  ('pay a heavy price','130','obj'),('dire consequences','130','obj'),('serious consequences','130','obj'),('grave consequences','130','obj'),('consequences for','130','obj')]:
    R(ph,'THREATEN',code,'subj',t)
# REJECT
for v,rest,code,t in [('reject','~ claim','120','obj'),('reject','~ claims','120','obj'),('reject','~ criticism','120','obj'),('reject','~ request','120','obj'),('reject','~ requests','120','obj'),
                      ('reject','~ bid','120','obj'),('reject','~ application','120','obj'),('reject','~ appeal','120','obj'),('reject','~ ultimatum','120','obj'),('reject','~ resolution','120','obj'),
                      ('reject','~ ruling','128','obj'),('reject','~ verdict','128','obj'),('reject','~ deal','127','obj'),('reject','~ agreement','127','obj'),('reject','~ ceasefire','1246','obj'),
                      ('reject','~ truce','1246','obj'),('reject','~ peace plan','127','obj'),('reject','~ peace proposal','127','obj'),('reject','~ talks','125','obj'),('reject','~ dialogue','125','obj'),
                      ('reject','~ sanctions','120','obj'),('reject','~ tariffs','120','obj'),('reject','~ interference','120','obj'),('reject','~ statement','120','obj'),
                      ('reject','~ report','120','obj'),('reject','~ remarks','120','obj'),('reject','~ comments','120','obj'),('dismiss','~ claims','120','obj'),('dismiss','~ accusations','120','obj'),
                      ('dismiss','~ allegations','120','obj'),('dismiss','~ criticism','120','obj'),('dismiss','~ report','120','obj'),('dismiss','~ proposal','120','obj'),
                      ('deny','~ accusations','120','obj'),('deny','~ allegations','120','obj'),('deny','~ claims','120','obj'),('deny','~ reports','120','obj'),('deny','~ involvement','120','obj'),
                      ('deny','~ responsibility','120','obj'),('refuse','~ to recognise','120','obj'),('refuse','~ to recognize','120','obj'),('refuse','~ to accept','120','obj'),
                      ('refuse','~ to join','120','obj'),('refuse','~ to sign','127','obj'),('refuse','~ to comply','128','obj'),('refuse','~ to apologise','120','obj'),('refuse','~ to apologize','120','obj'),
                      ('refuse','~ to extradite','1213','obj'),('refuse','~ to hand over','1213','obj'),('refuse','~ to return','1243','obj'),('refuse','~ to release','1243','obj'),
                      ('refuse','~ to lift','1244','obj'),('refuse','~ to withdraw','1246','obj'),('refuse','~ to pay','120','obj'),('refuse','~ to cooperate','121','obj'),
                      ('refuse','~ to condemn','120','obj'),('decline','~ to condemn','120','obj'),('decline','~ to sign','127','obj'),('decline','~ to join','120','obj'),
                      ('decline','~ to meet','125','obj'),('decline','~ to send','122','obj'),('rule','out ~ talks','125','obj'),('rule','out ~ negotiations','125','obj'),
                      ('rule','out ~ concessions','124','obj'),('rule','out ~ ceasefire','1246','obj'),('block','~ accession','129','obj'),('block','~ membership','129','obj'),
                      ('block','~ bid','129','obj'),('veto','~ resolution','129','obj'),('veto','~ draft','129','obj'),('veto','~ bid','129','obj'),('oppose','~ bid','120','obj'),
                      ('oppose','~ membership','120','obj'),('oppose','~ accession','120','obj'),('oppose','~ plan','120','obj'),('oppose','~ deal','120','obj'),('oppose','~ resolution','120','obj'),
                      ('vote','against','120','obj'),('abstain','on','120','obj'),('boycott','~ vote','120','obj'),('snub','~ summit','125','obj'),('snub','~ invitation','125','obj'),
                      ('skip','~ summit','125','obj'),('shun','','120','obj'),('spurn','~ offer','120','obj'),('rebuff','~ offer','120','obj'),('rebuff','~ calls','120','obj'),
                      ('rebuff','~ demands','120','obj'),('resist','~ pressure','124','obj'),('defy','~ sanctions','128','obj'),('defy','~ warnings','128','obj'),('ignore','~ warnings','128','obj'),
                      ('ignore','~ calls','128','obj'),('ignore','~ demands','128','obj'),('breach','~ sanctions','128','obj'),('violate','~ sanctions','128','obj'),('violate','~ truce','128','obj'),
                      ('violate','~ resolution','128','obj'),('violate','~ treaty','128','obj'),('breach','~ treaty','128','obj'),('breach','~ truce','128','obj')]:
    V(v,rest,'REJECT',code,'subj',t)
for ph,code,t in [('flatly rejected','120','obj'),('categorically rejected','120','obj'),('firmly rejected','120','obj'),('strongly rejected','120','obj'),('rejected outright','120','obj'),
                  ('groundless','120','obj'),('baseless','120','obj'),('unfounded','120','obj'),('fabricated','120','obj'),('fabrication','120','obj'),('slander','120','obj'),
                  ('smear campaign','120','obj'),('not recognise','120','obj'),('not recognize','120','obj'),('refused','120','obj'),('refuses','120','obj'),('declined','120','obj'),
                  ('voted down','120','obj'),('veto power','129','obj'),('vetoed','129','obj'),('blocked','129','obj')]:
    R(ph,'REJECT',code,'subj',t)
# ACCUSE
for v,rest,code,t in [('accuse','~ of','112','obj'),('blame','~ for','112','obj'),('condemn','~ attack','111','obj'),('condemn','~ attacks','111','obj'),('condemn','~ strike','111','obj'),
                      ('condemn','~ strikes','111','obj'),('condemn','~ killing','111','obj'),('condemn','~ invasion','111','obj'),('condemn','~ launch','111','obj'),('condemn','~ test','111','obj'),
                      ('condemn','~ decision','111','obj'),('condemn','~ move','111','obj'),('condemn','~ aggression','111','obj'),('criticise','~ decision','110','obj'),('criticize','~ decision','110','obj'),
                      ('criticise','~ move','110','obj'),('criticize','~ move','110','obj'),('slam','~ decision','110','obj'),('slam','~ move','110','obj'),('summon','~ ambassador','114','obj'),('summon','~ envoy','114','obj'),
                      ('summon','~ charge d affaires','114','obj'),('call','in ~ ambassador','114','obj'),('hand','~ protest note','114','obj'),('deliver','~ protest','114','obj'),
                      ('deliver','~ protest note','114','obj'),('send','~ protest note','114','obj'),('issue','~ protest','114','obj'),('express','~ protest','114','obj'),
                      ('express','~ strong protest','114','obj'),('express','~ dissatisfaction','110','obj'),('express','~ displeasure','110','obj'),('express','~ concern over','110','obj'),
                      ('raise','~ concerns','110','obj'),('voice','~ concern','110','obj'),('warn','~ against interference','110','obj'),('investigate','~ attack','093','obj'),('probe','~ attack','093','obj'),
                      ('investigate','~ killing','093','obj'),('sue','~ over','115','obj'),('take','~ to the international court','115','obj'),('drag','~ to court','115','obj'),
                      ('haul','~ before','115','obj'),('file','~ suit','115','against'),('file','~ claim','115','against'),('bring','~ lawsuit','115','against'),('indict','','1121','obj'),
                      ('charge','~ with','1121','obj'),('implicate','~ in','112','obj'),('link','~ to','112','obj'),('attribute','~ to','112','obj'),('point','~ finger at','112','obj')]:
    V(v,rest,'ACCUSE',code,'subj',t)
for ph,code,t in [('war crimes charges','1124','obj'),('strongly condemns','111','obj'),('strongly condemned','111','obj'),('vehemently condemned','111','obj'),('harshly criticised','110','obj'),
                  ('harshly criticized','110','obj'),('sharply criticised','110','obj'),('sharply criticized','110','obj'),('strongly criticised','110','obj'),('strongly criticized','110','obj'),
                  ('blasted','110','obj'),('lashed out','110','obj'),('slammed','110','obj'),('hit out','110','obj'),('censured','111','obj'),('rebuked','110','obj'),('reprimand','110','obj'),
                  ('criticising','110','obj'),('criticizing','110','obj'),('critical','110','obj'),('criticized','110','obj'),('criticised','110','obj'),('condemned','111','obj'),
                  ('denounced','111','obj'),('accused','112','obj'),('blamed','112','obj'),('alleged','112','obj'),('alleges','112','obj'),('claimed responsibility','112','obj'),
                  ('unacceptable','110','obj'),('irresponsible','110','obj'),('provocation','1123','obj'),('provocative act','1123','obj'),('act of aggression','1123','obj'),
                  ('military aggression','1123','obj'),('aggression against','1123','obj'),('interference in','1123','obj'),('meddling','1123','obj'),('hostile act','1123','obj'),
                  ('violation of sovereignty','1123','obj'),('violation of international law','1123','obj'),('breach of international law','1123','obj'),('illegal occupation','1123','obj'),
                  ('genocide','1124','obj'),('ethnic cleansing','1124','obj'),('state terrorism','1123','obj'),('espionage','1125','obj'),('spying','1125','obj'),
                  ('summoned the ambassador','114','obj'),('summoned the envoy','114','obj'),('summoned the charge d affaires','114','obj'),('protest note','114','obj'),
                  ('note verbale','114','obj'),('diplomatic complaint','114','obj'),('formal complaint','114','obj'),('complaint with','114','with'),('complained','114','obj'),
                  ('complains','114','obj'),('complaining','114','obj'),('investigation into','090','obj'),('probe into','090','obj'),('inquiry into','090','obj'),
                  ('icc','115','obj'),('international criminal court','115','obj'),('international court of justice','115','obj'),('icj','115','obj'),('case at','115','obj'),
                  ('arbitration','115','against'),('lawsuit against','115','against')]:
    R(ph,'ACCUSE',code,'subj',t)
# PROTEST
for v,rest,code,t in [('protest','~ outside ~ embassy','141','against'),('rally','~ outside ~ embassy','141','against'),('gather','outside ~ embassy','141','against'),('gather','~ to protest','141','against'),
                      ('take','to the streets','141','against'),('pour','into the streets','141','against'),('flood','the streets','141','against'),('march','~ to ~ embassy','141','against'),
                      ('burn','~ flags','141','against'),('burn','~ flag','141','against'),('burn','~ effigy','141','against'),('burn','~ effigies','141','against'),('boycott','~ goods','143','obj'),
                      ('boycott','~ products','143','obj'),('boycott','~ brands','143','obj'),('boycott','~ elections','143','obj'),('strike','~ over','143','against'),('besiege','~ embassy','145','against'),
                      ('attack','~ embassy','145','against'),('storm','~ consulate','145','against'),('ransack','~ embassy','145','against'),('pelt','~ embassy','145','against'),
                      ('send','~ leaflets','141','against'),('float','~ balloons','141','against'),('fly','~ balloons','141','against'),('launch','~ leaflets','141','against')]:
    V(v,rest,'PROTEST',code,'subj',t)
for ph,code,t in [('anti japanese protests','141','obj'),('anti american protests','141','obj'),('anti china protests','141','obj'),('anti chinese protests','141','obj'),
                  ('anti french protests','141','obj'),('anti israel protests','141','obj'),('anti israeli protests','141','obj'),('anti us protests','141','obj'),
                  ('anti russian protests','141','obj'),('anti war protest','141','against'),('anti war protests','141','against'),('rally outside','141','against'),
                  ('protest outside','141','against'),('protests outside','141','against'),('demonstration outside','141','against'),('demonstrations outside','141','against'),
                  ('protest rally','141','against'),('protest rallies','141','against'),('thousands marched','141','against'),('thousands protested','141','against'),
                  ('thousands rallied','141','against'),('hundreds protested','141','against'),('hundreds rallied','141','against'),('activists protested','141','against'),
                  ('boycott of goods','143','obj'),('consumer boycotts','143','obj'),('sit in protest','141','against'),('blockade by farmers','144','against'),('farmers blocked','144','against'),
                  ('truckers blocked','144','against'),('protesters blocked','144','against'),('demonstrators blocked','144','against')]:
    R(ph,'PROTEST',code,'subj',t)
# MOBILIZE
for v,rest,code,t in [('deploy','~ to','154','to'),('send','~ to the border','154','to'),('move','~ to the border','154','to'),('move','~ closer to','154','to'),('mass','~ near','154','to'),
                      ('mass','~ along','154','to'),('mass','~ on the border','154','to'),('reinforce','~ border','154','to'),('reinforce','~ presence','154','to'),('boost','~ presence','154','to'),
                      ('increase','~ presence','154','to'),('expand','~ presence','154','to'),('beef','up ~ presence','154','to'),('step','up ~ patrols','150','to'),('increase','~ patrols','150','to'),
                      ('fly','~ patrol','150','to'),
                      ('sail','~ near','150','to'),('sail','~ through','150','to'),('transit','~ strait','150','obj'),('enter','~ waters','150','obj'),('enter','~ airspace','150','obj'),
                      ('violate','~ airspace','150','obj'),('intrude','into','150','obj'),('scramble','~ jets','150','against'),('scramble','~ fighter jets','150','against'),
                      ('scramble','~ fighters','150','against'),('put','~ on combat alert','152','none'),('raise','~ alert','152','none'),('heighten','~ alert','152','none'),
                      ('raise','~ readiness','152','none'),('mobilize','~ forces','154','to'),('mobilise','~ forces','154','to'),('call','up ~ reservists','154','to'),('call','up ~ troops','154','to'),
                      ('conscript','','154','to'),('draft','~ soldiers','154','to'),('test','~ hypersonic','150','none'),('test','~ nuclear','150','none'),('conduct','~ nuclear test','150','none'),
                      ('conduct','~ missile test','150','none'),('carry','out ~ missile test','150','none'),('carry','out ~ nuclear test','150','none'),('fire','~ cruise missiles','150','none'),
                      ('fire','~ rockets','150','none'),('launch','~ cruise missiles','150','none'),('launch','~ icbm','150','none'),('launch','~ spy satellite','150','none'),
                      ('unveil','~ missile','150','none'),('unveil','~ weapon','150','none'),('display','~ missiles','150','none'),('parade','~ missiles','150','none'),
                      ('build','~ military base','150','in'),('build','~ base','150','in'),('set','up ~ base','150','in'),('station','~ missiles','152','in'),('station','~ nuclear weapons','152','in'),
                      ('deploy','~ nuclear weapons','152','in'),('deploy','~ air defence systems','152','in'),('deploy','~ air defense systems','152','in'),('deploy','~ patriot','152','in')]:
    V(v,rest,'MOBILIZE',code,'subj',t,'','military')
for ph,code,t in [('military exercises near','150','to'),('drills near','150','to'),('drills around','150','to'),('exercises around','150','to'),('drills off','150','to'),
                  ('military pressure','150','to'),('gray zone','150','to'),('grey zone','150','to'),('naval buildup','154','to'),('troop concentration','154','to'),
                  ('troop concentrations','154','to'),('military deployment','154','to'),('military deployments','154','to'),('forward deployment','154','to'),('rotational deployment','154','to'),
                  ('nuclear capable','150','none'),('hypersonic','150','none'),('ballistic missile launch','150','none'),('satellite launch','150','none')]:
    R(ph,'MOBILIZE',code,'subj',t,'','military')
# CONSULT
for v,rest,code,mode,t in [('hold','~ phone call with','041','phone','with'),('hold','~ phone talks','041','phone','with'),('hold','~ telephone talks','041','phone','with'),
                           ('hold','~ video call','041','phone','with'),('hold','~ virtual meeting','041','phone','with'),('have','~ phone call with','041','phone','with'),
                           ('speak','by phone with','041','phone','with'),('speak','by telephone with','041','phone','with'),('talk','by phone with','041','phone','with'),
                           ('receive','~ phone call from','041','phone','from'),('receive','~ call from','041','phone','from'),('pay','~ visit to','042','visit','to'),('pay','~ state visit to','042','visit','to'),
                           ('pay','~ official visit to','042','visit','to'),('make','~ visit to','042','visit','to'),('make','~ trip to','042','visit','to'),('begin','~ visit to','042','visit','to'),
                           ('start','~ visit to','042','visit','to'),('end','~ visit to','042','visit','to'),('conclude','~ visit to','042','visit','to'),('wrap','up ~ visit to','042','visit','to'),
                           ('kick','off ~ visit to','042','visit','to'),('embark','on ~ visit to','042','visit','to'),('embark','on ~ tour','042','visit','to'),('arrive','~ for talks','042','visit','in'),
                           ('arrive','~ on a visit','042','visit','in'),('host','~ talks','043','visit','obj'),('host','~ summit','043','visit','obj'),('host','~ counterpart','043','visit','obj'),
                           ('host','~ delegation','043','visit','obj'),('receive','~ delegation','043','visit','obj'),('receive','~ counterpart','043','visit','obj'),('receive','~ visiting','043','visit','obj'),
                           ('welcome','~ visiting','043','visit','obj'),('meet','~ counterpart','040','','obj'),('meet','~ on the sidelines','040','','obj'),('hold','~ bilateral talks','040','','with'),
                           ('hold','~ consultations with','040','','with'),('hold','~ strategic dialogue','040','','with'),('hold','~ dialogue','040','','with'),('hold','~ summit','040','','with'),
                           ('hold','~ summit with','040','','with'),('co chair','','040','','with'),('chair','~ talks','040','','with'),('convene','~ talks','040','','with'),('brief','','040','','obj'),
                           ('discuss','~ with','040','','with'),('exchange','~ views','040','','with'),('negotiate','~ with','046','','with'),('mediate','~ talks','045','third-party','obj'),
                           ('broker','~ talks','045','third-party','obj'),('broker','~ deal','045','third-party','obj'),('broker','~ ceasefire','045','third-party','obj'),
                           ('facilitate','~ talks','045','third-party','obj'),('host','~ peace talks','045','third-party','obj'),('send','~ delegation to','042','visit','to'),
                           ('dispatch','~ delegation to','042','visit','to'),('lead','~ delegation to','042','visit','to')]:
    V(v,rest,'CONSULT',code,'subj',t,mode,'diplomatic')
for ph,code,mode,t in [('phone call','041','phone','with'),('phone talks','041','phone','with'),('telephone talks','041','phone','with'),('telephone conversation with','041','phone','with'),
                       ('virtual summit','041','phone','with'),('video link','041','phone','with'),('state visit','042','visit','to'),('official visit','042','visit','to'),('working visit','042','visit','to'),
                       ('two day visit','042','visit','to'),('three day visit','042','visit','to'),('visit to','042','visit','to'),('visiting','042','visit','obj'),('visited','042','visit','obj'),
                       ('visits','042','visit','obj'),('trip to','042','visit','to'),('tour of','042','visit','obj'),('on the sidelines of','040','','with'),('talks in','040','','in'),
                       ('strategic dialogue','040','','with'),('security dialogue','040','','with'),('2+2 dialogue','040','','with'),('two plus two','040','','with'),
                       ('joint commission','040','','with'),('intergovernmental commission','040','','with'),('consultations','040','','with'),('negotiating','046','','with'),
                       ('negotiation','046','','with'),('negotiators','046','','with'),('mediator','045','third-party','obj'),('mediators','045','third-party','obj'),('mediating','045','third-party','obj'),
                       ('mediated','045','third-party','obj'),('brokering','045','third-party','obj'),('brokered','045','third-party','obj'),('good offices','045','third-party','obj')]:
    R(ph,'CONSULT',code,'subj',t,mode,'diplomatic')
# SUPPORT
for v,rest,code,t in [('express','~ support for','051','obj'),('voice','~ support for','051','obj'),('reaffirm','~ support for','051','obj'),('reiterate','~ support for','051','obj'),
                      ('pledge','~ solidarity','051','obj'),('express','~ gratitude','051','obj'),('express','~ appreciation','051','obj'),('thank','~ for','051','obj'),('praise','~ for','051','obj'),
                      ('hail','~ as','051','obj'),('welcome','~ decision','051','obj'),('welcome','~ move','051','obj'),('welcome','~ agreement','051','obj'),('welcome','~ release','051','obj'),
                      ('welcome','~ ceasefire','051','obj'),('welcome','~ announcement','051','obj'),('welcome','~ initiative','051','obj'),('welcome','~ efforts','051','obj'),
                      ('congratulate','~ on','051','obj'),('support','~ bid','051','obj'),('back','~ bid','051','obj'),('endorse','~ bid','051','obj'),('support','~ candidacy','051','obj'),
                      ('back','~ candidacy','051','obj'),('endorse','~ candidacy','051','obj'),('support','~ membership','051','obj'),('back','~ membership','051','obj'),
                      ('support','~ accession','051','obj'),('back','~ accession','051','obj'),('support','~ sovereignty','051','obj'),('support','~ territorial integrity','051','obj'),
                      ('respect','~ sovereignty','051','obj'),('recognise','~ as','054','obj'),('recognize','~ as','054','obj'),('recognise','~ independence','054','obj'),
                      ('recognize','~ independence','054','obj'),('recognise','~ sovereignty','054','obj'),('recognize','~ sovereignty','054','obj'),('recognise','~ state of palestine','054','obj'),
                      ('recognize','~ state of palestine','054','obj'),('establish','~ diplomatic relations','050','with'),('establish','~ ties','050','with'),
                      ('restore','~ diplomatic ties','050','with'),('resume','~ diplomatic relations','050','with'),('resume','~ ties','050','with'),('resume','~ relations','050','with'),
                      ('upgrade','~ relations','050','with'),('upgrade','~ ties','050','with'),('elevate','~ relations','050','with'),('elevate','~ ties','050','with'),('raise','~ relations','050','with'),
                      ('lift','~ relations','050','with'),('reopen','~ embassy','050','in'),('open','~ embassy','050','in'),('open','~ consulate','050','in'),('appoint','~ ambassador to','050','to'),
                      ('name','~ ambassador to','050','to'),('send','~ ambassador to','050','to'),('sign','~ memorandum of understanding','057','with'),('sign','~ mou','057','with'),
                      ('sign','~ mous','057','with'),('sign','~ joint statement','057','with'),('sign','~ joint communique','057','with'),('sign','~ protocol','057','with'),
                      ('sign','~ charter','057','with'),('sign','~ letter of intent','057','with'),('ink','~ deal','057','with'),('ink','~ agreement','057','with'),('ink','~ pact','057','with'),
                      ('seal','~ deal','057','with'),('seal','~ agreement','057','with'),('conclude','~ agreement','057','with'),('conclude','~ treaty','057','with'),('ratify','~ treaty','057','with'),
                      ('ratify','~ agreement','057','with'),('apologise','~ for','055','to'),('apologize','~ for','055','to'),('offer','~ apology','055','to'),('express','~ regret','055','to'),
                      ('express','~ condolences to','051','to'),('send','~ congratulations','051','to'),('send','~ message of congratulations','051','to'),('send','~ condolence message','051','to')]:
    V(v,rest,'SUPPORT',code,'subj',t,'','diplomatic')
for ph,code,t in [('supports','051','obj'),('supporting','051','obj'),('staunch support','051','obj'),('unwavering support','051','obj'),('full support','051','obj'),
                  ('firm support','051','obj'),('strong support','051','obj'),('solidarity','051','obj'),('gratitude','051','obj'),('appreciation','051','obj'),('congratulations','051','obj'),
                  ('congratulated','051','obj'),('congratulatory message','051','obj'),('condolences','051','obj'),('condolence','051','obj'),('praising','051','obj'),('hailed','051','obj'),
                  ('lauded','051','obj'),('commended','051','obj'),('applauded','051','obj'),('endorsed','051','obj'),('comprehensive strategic partnership','050','with'),
                  ('strategic partnership','050','with'),('diplomatic relations','050','with'),('memorandum of understanding','057','with'),('signing of','057','with'),
                  ('signed','057','with'),('signs','057','with'),('signing','057','with'),('inked','057','with'),('ratified','057','with'),('ratification','057','with')]:
    R(ph,'SUPPORT',code,'subj',t,'','diplomatic')
# COOPERATE
for v,rest,code,t,ctx in [('cooperate','~ on','060','with',''),('boost','~ cooperation','060','with',''),('deepen','~ cooperation','060','with',''),('expand','~ cooperation','060','with',''),
                          ('strengthen','~ cooperation','060','with',''),('step','up ~ cooperation','060','with',''),('launch','~ joint','060','with',''),('set','up ~ joint','060','with',''),
                          ('establish','~ joint','060','with',''),('build','~ jointly','060','with',''),('develop','~ jointly','060','with',''),('co produce','','061','with','economic'),
                          ('co develop','','061','with','economic'),('trade','with','061','with','economic'),('export','~ gas to','061','to','economic'),('export','~ oil to','061','to','economic'),
                          ('import','~ gas from','061','from','economic'),('import','~ oil from','061','from','economic'),('buy','~ gas from','061','from','economic'),('buy','~ oil from','061','from','economic'),
                          ('buy','~ weapons from','062','from','military'),('buy','~ jets from','062','from','military'),('buy','~ fighter jets from','062','from','military'),
                          ('purchase','~ weapons from','062','from','military'),('order','~ from','061','from','economic'),('sell','~ weapons to','062','to','military'),('sell','~ jets to','062','to','military'),
                          ('sell','~ arms to','062','to','military'),('sell','~ fighter jets to','062','to','military'),('supply','~ lng to','061','to','economic'),('ship','~ lng to','061','to','economic'),
                          ('deliver','~ lng to','061','to','economic'),('deliver','~ wheat to','061','to','economic'),('export','~ rice to','061','to','economic'),('resume','~ imports of','061','from','economic'),
                          ('resume','~ exports of','061','to','economic'),('resume','~ direct flights','061','with','economic'),('launch','~ direct flights','061','with','economic'),
                          ('open','~ border crossing','061','with','economic'),('hand','over ~ fugitive','063','to','legal'),('hand','over ~ suspects','063','to','legal'),('extradite','~ to','063','to','legal'),
                          ('repatriate','~ suspects','063','to','legal'),('deport','~ suspects to','063','to','legal'),('arrest','~ at the request of','063','obj','legal'),
                          ('share','~ satellite','064','with','intelligence'),('share','~ real time','064','with','intelligence'),('exchange','~ data','064','with','intelligence'),
                          ('train','~ alongside','062','with','military'),('exercise','with','062','with','military'),('drill','with','062','with','military'),('patrol','with','062','with','military'),
                          ('jointly patrol','','062','with','military'),('jointly develop','','061','with','economic'),('jointly produce','','061','with','economic')]:
    V(v,rest,'COOPERATE',code,'subj',t,'',ctx,which='past' if v in ('buy','purchase','order','import','export','sell','supply','ship','deliver') else 'all')
for ph,code,t in [('joint venture','061','with'),('joint ventures','061','with'),('joint project','060','with'),('joint projects','060','with'),('joint production','061','with'),
                  ('joint development','061','with'),('trade agreement','061','with'),('free trade agreement','061','with'),('fta','061','with'),('bilateral trade','061','with'),
                  ('energy cooperation','061','with'),('nuclear cooperation','061','with'),('space cooperation','060','with'),('counterterrorism cooperation','063','with'),
                  ('counter terrorism cooperation','063','with'),('law enforcement cooperation','063','with'),('judicial cooperation','063','with'),('coast guard cooperation','062','with'),
                  ('joint naval patrol','062','with'),('joint air patrol','062','with'),('joint air patrols','062','with'),('joint military exercise','062','with'),('joint live fire','062','with'),
                  ('trilateral exercise','062','with'),('trilateral exercises','062','with'),('trilateral drills','062','with'),('combined exercise','062','with'),('combined exercises','062','with'),
                  ('military drills with','062','with'),('naval drills with','062','with'),('exercises with','062','with'),('arms purchase','062','from'),('arms purchases','062','from'),
                  ('weapons purchase','062','from'),('weapons sales','062','to'),('arms exports','062','to'),('gas deliveries','061','to'),('oil deliveries','061','to'),('lng deliveries','061','to'),
                  ('supply deal','061','with'),('gas deal','061','with'),('oil deal','061','with'),('currency swap','061','with'),('swap line','061','with'),('intelligence cooperation','064','with'),
                  ('information sharing','064','with'),('intelligence exchange','064','with'),('extradition treaty','063','with'),('extradition','063','to')]:
    R(ph,'COOPERATE',code,'subj',t)
# AID
for v,rest,code,mode,t in [('provide','~ humanitarian assistance','073','humanitarian','to'),('provide','~ emergency aid','073','humanitarian','to'),('provide','~ disaster relief','073','humanitarian','to'),
                           ('provide','~ financial aid','071','economic','to'),('provide','~ financial assistance','071','economic','to'),('provide','~ budget support','071','economic','to'),
                           ('provide','~ grants','071','economic','to'),('provide','~ credit','071','economic','to'),('provide','~ military assistance','072','military','to'),
                           ('provide','~ air defence','072','military','to'),('provide','~ air defense','072','military','to'),('provide','~ ammunition','072','military','to'),
                           ('provide','~ tanks','072','military','to'),('provide','~ missiles','072','military','to'),('provide','~ fighter jets','072','military','to'),
                           ('send','~ tanks','072','military','to'),('send','~ missiles','072','military','to'),('send','~ air defence','072','military','to'),('send','~ air defense','072','military','to'),
                           ('send','~ military aid','072','military','to'),('send','~ humanitarian assistance','073','humanitarian','to'),('send','~ emergency aid','073','humanitarian','to'),
                           ('send','~ relief supplies','073','humanitarian','to'),('send','~ tonnes of','073','humanitarian','to'),('send','~ tons of','073','humanitarian','to'),
                           ('send','~ doctors','073','humanitarian','to'),('send','~ vaccines','073','humanitarian','to'),('donate','~ vaccines','073','humanitarian','to'),('donate','~ rice','073','humanitarian','to'),
                           ('donate','~ tonnes','073','humanitarian','to'),('donate','~ tons','073','humanitarian','to'),('donate','~ million','071','economic','to'),('give','~ million','071','economic','to'),
                           ('hand','over ~ rice','073','humanitarian','to'),('hand','over ~ aid','070','','to'),('hand','over ~ vessel','072','military','to'),('hand','over ~ ship','072','military','to'),
                           ('hand','over ~ patrol boats','072','military','to'),('hand','over ~ equipment','072','military','to'),('transfer','~ weapons to','072','military','to'),
                           ('transfer','~ jets to','072','military','to'),('transfer','~ missiles to','072','military','to'),('gift','~ to','070','','to'),('approve','~ aid','070','','to'),
                           ('approve','~ military aid','072','military','to'),('approve','~ loan','071','economic','to'),('approve','~ package','070','','to'),('announce','~ aid package','070','','to'),
                           ('announce','~ military aid','072','military','to'),('announce','~ humanitarian aid','073','humanitarian','to'),('announce','~ package for','070','','to'),
                           ('allocate','~ aid','070','','to'),('allocate','~ million','071','economic','to'),('disburse','','071','economic','to'),('extend','~ loan','071','economic','to'),
                           ('extend','~ credit','071','economic','to'),('extend','~ aid','070','','to'),('forgive','~ debt','071','economic','to'),('write','off ~ debt','071','economic','to'),
                           ('restructure','~ debt','071','economic','to'),('shelter','~ refugees','075','asylum','obj'),('take','in ~ refugees','075','asylum','obj'),
                           ('offer','asylum','075','asylum','to'),('grant','~ asylum to','075','asylum','to'),('train','~ pilots','072','military','obj'),('train','~ forces','072','military','obj'),
                           ('deploy','~ peacekeepers','074','peacekeeping','to'),('send','~ peacekeepers','074','peacekeeping','to'),('contribute','~ troops','074','peacekeeping','to'),
                           ('contribute','~ peacekeepers','074','peacekeeping','to')]:
    V(v,rest,'AID',code,'subj',t,mode,'military' if mode=='military' else '')
for ph,code,mode,t in [('aid to','070','','to'),('assistance to','070','','to'),('military aid package','072','military','to'),('security assistance package','072','military','to'),
                       ('weapons package','072','military','to'),('arms package','072','military','to'),('air defence systems','072','military','to'),('air defense systems','072','military','to'),
                       ('humanitarian assistance','073','humanitarian','to'),('humanitarian supplies','073','humanitarian','to'),('relief aid','073','humanitarian','to'),('relief goods','073','humanitarian','to'),
                       ('tonnes of rice','073','humanitarian','to'),('tons of rice','073','humanitarian','to'),('tonnes of aid','073','humanitarian','to'),('tons of aid','073','humanitarian','to'),
                       ('food assistance','073','humanitarian','to'),('medical aid','073','humanitarian','to'),('medical assistance','073','humanitarian','to'),('rescue team','073','humanitarian','to'),
                       ('search and rescue team','073','humanitarian','to'),('soft loan','071','economic','to'),('concessional loan','071','economic','to'),('grant aid','071','economic','to'),
                       ('non refundable aid','071','economic','to'),('financial package','071','economic','to'),('rescue package','071','economic','to'),('reconstruction aid','071','economic','to'),
                       ('donated','070','','to'),('donation','070','','to'),('donations','070','','to'),('gifted','072','military','to'),('handed over','070','','to'),('handover of','070','','to'),
                       ('asylum','075','asylum','to'),('refuge','075','asylum','to')]:
    R(ph,'AID',code,'subj',t,mode)
# RETREAT
for v,rest,code,t,ctx in [('release','~ hostage','0841','obj',''),('release','~ captive','0841','obj',''),('release','~ captives','0841','obj',''),('release','~ journalist','0841','obj','legal'),
                          ('release','~ detained','0841','obj','legal'),('release','~ national','0841','obj','legal'),('release','~ nationals','0841','obj','legal'),('release','~ citizens','0841','obj','legal'),
                          ('release','~ soldiers','0841','obj',''),('release','~ pows','0841','obj',''),('release','~ prisoners of war','0841','obj',''),('release','~ bodies','0841','obj',''),
                          ('free','~ hostage','0841','obj',''),('free','~ hostages','0841','obj',''),('free','~ citizen','0841','obj','legal'),('free','~ citizens','0841','obj','legal'),
                          ('free','~ journalist','0841','obj','legal'),('free','~ prisoners','0841','obj','legal'),('pardon','~ citizen','0841','obj','legal'),('repatriate','~ prisoners','0841','obj',''),
                          ('repatriate','~ bodies','0841','obj',''),('repatriate','~ remains','0841','obj',''),('return','~ bodies','0841','obj',''),('return','~ remains','0841','obj',''),
                          ('return','~ children','0841','obj',''),('hand','over ~ bodies','0841','obj',''),('hand','over ~ prisoners','0841','obj',''),('return','~ tanker','0842','obj',''),
                          ('return','~ ship','0842','obj',''),('return','~ vessel','0842','obj',''),('return','~ territory','0874','obj',''),('return','~ artefacts','0842','obj',''),
                          ('return','~ artifacts','0842','obj',''),('unfreeze','~ funds','0842','obj','economic'),('release','~ frozen','0842','obj','economic'),('release','~ funds','0842','obj','economic'),
                          ('withdraw','~ from','0874','from','military'),('pull','~ forces','0874','from','military'),('pull','back ~ forces','0874','from','military'),('pull','~ troops back','0874','from','military'),
                          ('move','~ troops back','0874','from','military'),('withdraw','~ warships','0874','from','military'),('withdraw','~ ships','0874','from','military'),
                          ('withdraw','~ vessels','0874','from','military'),('withdraw','~ units','0874','from','military'),('remove','~ troops','0874','from','military'),('dismantle','~ outposts','0874','from','military'),
                          ('dismantle','~ checkpoints','0872','obj',''),('remove','~ checkpoints','0872','obj',''),('reopen','~ market','085','obj','economic'),
                          ('reopen','~ port','085','obj','economic'),('resume','~ imports','085','obj','economic'),('lift','~ curbs','085','obj','economic'),
                          ('ease','~ curbs','085','obj','economic'),('relax','~ curbs','085','obj','economic'),('lift','~ export controls','085','obj','economic'),('ease','~ export controls','085','obj','economic'),
                          ('exempt','~ from tariffs','085','obj','economic'),('delay','~ tariffs','085','obj','economic'),('pause','~ tariffs','085','obj','economic'),('halve','~ tariffs','085','obj','economic'),
                          ('roll','back ~ tariffs','085','obj','economic'),('remove','~ from ~ list','085','obj','economic'),('delist','','085','obj','economic'),('reopen','~ airspace to','085','to','economic'),
                          ('allow','~ humanitarian','0863','obj',''),('allow','~ convoys','0863','obj',''),('allow','~ trucks','0863','obj',''),('open','~ humanitarian corridor','0863','obj',''),
                          ('let','~ in','0863','obj',''),('grant','~ access','086','obj',''),('admit','~ observers','0862','obj',''),('halt','~ offensive','0871','obj','military'),
                          ('halt','~ attacks','0871','obj','military'),('halt','~ strikes','0871','obj','military'),('stop','~ attacks','0871','obj','military'),('stop','~ strikes','0871','obj','military'),
                          ('suspend','~ attacks','0871','obj','military'),('suspend','~ offensive','0871','obj','military'),('declare','~ ceasefire','0871','with','military'),('announce','~ ceasefire','0871','with','military'),
                          ('declare','~ truce','0871','with','military'),('announce','~ truce','0871','with','military'),('observe','~ truce','0871','with','military'),('extend','~ ceasefire','0871','with','military'),
                          ('extend','~ truce','0871','with','military'),('de escalate','','0871','with','military'),('disarm','','0873','none','military'),('destroy','~ stockpile','0873','none','military'),
                          ('decommission','','0873','none','military'),('dismantle','~ nuclear','0873','none','military'),('surrender','~ to','0874','to','military'),('concede','~ territory','0874','to','')]:
    V(v,rest,'RETREAT',code,'subj',t,'',ctx)
for ph,code,t in [('were released','0841','obj'),('was released','0841','obj'),('were freed','0841','obj'),('was freed','0841','obj'),('released','0841','obj'),('releasing','0841','obj'),
                  ('release of','0841','obj'),('prisoner release','0841','obj'),('prisoner releases','0841','obj'),('hostage deal','0841','obj'),('swap deal','0841','obj'),
                  ('body exchange','0841','obj'),('repatriation of','0841','obj'),('returned home','0841','obj'),('ceasefire took hold','0871','with'),('truce took effect','0871','with'),
                  ('truce came into effect','0871','with'),('truce holds','0871','with'),('guns fell silent','0871','with'),('de escalation','0871','with'),('disengagement','0874','from'),
                  ('pull out','0874','from'),('pullout','0874','from'),('withdrawal from','0874','from'),('withdrawal of','0874','from'),('withdrew','0874','from'),('retreat','0874','from'),
                  ('tariff cut','085','obj'),('tariff cuts','085','obj'),('tariff reduction','085','obj'),('tariff relief','085','obj'),('tariff truce','085','obj'),('easing of sanctions','085','obj'),
                  ('lifting of sanctions','085','obj'),('sanctions were lifted','085','obj'),('sanctions were eased','085','obj'),('waiver','085','obj'),('sanctions waiver','085','obj'),
                  ('general licence','085','obj'),('general license','085','obj'),('reopening of the border','085','obj'),('reopened the border','085','obj'),('humanitarian access','0863','obj'),
                  ('aid trucks entered','0863','obj'),('allowed to enter','0863','obj')]:
    R(ph,'RETREAT',code,'subj',t)
for v,rest in [('release',''),('free',''),('return',''),('repatriate',''),('hand','over')]:
    P(v,rest,'RETREAT','0841')
# CONCEDE
for v,rest,code,t in [('drop','~ opposition to','083','obj'),('drop','~ objection to','083','obj'),('drop','~ objections to','083','obj'),('drop','~ veto on','083','obj'),('lift','~ veto on','083','obj'),
                      ('withdraw','~ objection to','083','obj'),('withdraw','~ objections','083','obj'),('drop','~ precondition','083','obj'),('drop','~ preconditions','083','obj'),
                      ('drop','~ demand for','083','obj'),('abandon','~ demand','083','obj'),('abandon','~ claim','083','obj'),('abandon','~ opposition','083','obj'),('relinquish','~ claim','083','obj'),
                      ('renounce','~ claim','083','obj'),('waive','~ claim','083','obj'),('waive','~ visa requirements','081','obj'),('waive','~ visas','081','obj'),('grant','~ visa free','081','obj'),
                      ('introduce','~ visa free','081','obj'),('extend','~ visa free','081','obj'),('exempt','~ from visa','081','obj'),('resume','~ visas','081','obj'),('resume','~ visa issuance','081','obj'),
                      ('restore','~ visas','081','obj'),('restore','~ visa services','081','obj'),('resume','~ visa services','081','obj'),('reopen','~ visa','081','obj'),('lift','~ entry ban on','081','obj'),
                      ('lift','~ travel ban on','081','obj'),('lift','~ sanctions on ~ officials','081','obj'),('lift','~ ban on ~ media','0811','obj'),('allow','~ to reopen','0811','obj'),
                      ('allow','~ to resume','0811','obj'),('reinstate','~ accreditation','0811','obj'),('restore','~ accreditation','0811','obj'),('lift','~ ban on ~ journalists','0811','obj'),
                      ('unblock','','0811','obj'),('accept','~ demands','083','obj'),('meet','~ demands','083','obj'),('bow','to ~ pressure','080','obj'),('cave','to ~ pressure','080','obj'),
                      ('give','in to ~ pressure','080','obj'),('yield','to ~ pressure','080','obj'),('soften','~ stance','080','obj'),('soften','~ position','080','obj'),('ease','~ stance','080','obj'),
                      ('reverse','~ decision','0832','obj'),('reverse','~ ban','0832','obj'),('rescind','~ decision','0832','obj'),('rescind','','0832','obj'),('revoke','~ decision','0832','obj'),
                      ('withdraw','~ bill','0832','obj'),('suspend','~ plan','0832','obj'),('abandon','~ plan','0832','obj'),('drop','~ plan','0832','obj'),('scrap','~ plan','0832','obj'),
                      ('shelve','~ plan','0832','obj'),('call','off ~ plan','0832','obj'),('postpone','~ plan','0832','obj'),('concede','~ defeat','080','obj'),('admit','~ mistake','080','obj'),
                      ('acknowledge','~ responsibility','080','obj'),('accept','~ responsibility','080','obj'),('compensate','','080','obj'),('pay','~ damages','080','obj')]:
    V(v,rest,'CONCEDE',code,'subj',t)
for ph,code,t in [('visa free','081','obj'),('visa free entry','081','obj'),('visa waiver','081','obj'),('visa exemption','081','obj'),('visa on arrival','081','obj'),('e visa','081','obj'),
                  ('eased restrictions','081','obj'),('easing of restrictions','081','obj'),('relaxed','081','obj'),('u turn','0832','obj'),('climbdown','080','obj'),('backed down','080','obj'),
                  ('backs down','080','obj'),('backing down','080','obj'),('conceded','080','obj'),('concedes','080','obj'),('concession to','080','obj'),('concessions to','080','obj'),
                  ('compromise with','080','with'),('goodwill gesture','080','obj'),('gesture of goodwill','080','obj'),('amnesty for','081','obj'),('pardoned','081','obj')]:
    R(ph,'CONCEDE',code,'subj',t)
# AGREE
for v,rest,code,t in [('agree','~ on a plan','030','with'),('agree','~ on steps','030','with'),('agree','~ on measures','030','with'),('agree','~ on a framework','030','with'),
                      ('agree','~ on a roadmap','030','with'),('agree','~ on the terms','030','with'),('agree','~ on the text','030','with'),('agree','~ to work','030','with'),
                      ('agree','~ to coordinate','030','with'),('agree','~ to expand','030','with'),('agree','~ to deepen','030','with'),('agree','~ to boost','030','with'),('agree','~ to step up','030','with'),
                      ('agree','~ to strengthen','030','with'),('agree','~ to enhance','030','with'),('agree','~ to promote','030','with'),('agree','~ to explore','030','with'),
                      ('agree','~ to launch','030','with'),('agree','~ to create','030','with'),('agree','~ to form','030','with'),('agree','~ to upgrade','030','with'),('agree','~ to elevate','030','with'),
                      ('agree','~ to resume','030','with'),('agree','~ to restore','030','with'),('agree','~ to normalise','030','with'),('agree','~ to normalize','030','with'),
                      ('agree','~ to cut','030','with'),('agree','~ to reduce','030','with'),('agree','~ to lower','0354','obj'),('agree','~ to remove','0354','obj'),('agree','~ to suspend','030','with'),
                      ('agree','~ to halt','0356','with'),('agree','~ to stop','0356','with'),('agree','~ to end','0356','with'),('agree','~ to exchange','0353','with'),('agree','~ to swap','0353','with'),
                      ('agree','~ to free','0353','obj'),('agree','~ to repatriate','0353','obj'),('agree','~ to share','0314','with'),('agree','~ to extradite','0313','obj'),('agree','~ to sell','0311','obj'),
                      ('agree','~ to import','0311','obj'),('agree','~ to export','0311','obj'),('agree','~ to invest','0311','in'),('agree','~ to fund','0331','obj'),('agree','~ to finance','0331','obj'),
                      ('agree','~ to lend','0331','obj'),('agree','~ to grant','0331','obj'),('agree','~ to host','036','obj'),('agree','~ to visit','036','obj'),('agree','~ to talks','036','with'),
                      ('agree','~ to negotiate','036','with'),('agree','~ to dialogue','036','with'),('agree','~ to mediation','038','obj'),('agree','~ to arbitration','037','with'),
                      ('agree','~ to settle','037','with'),('agree','~ to resolve','037','with'),('agree','~ to demarcate','037','with'),('agree','~ to a deal','030','with'),('agree','~ to the deal','030','with'),
                      ('agree','~ to the plan','030','with'),('agree','~ to the proposal','030','with'),('agree','~ to the terms','030','with'),('commit','~ to','030','obj'),('offer','~ to help','033','obj'),
                      ('offer','~ to host','036','obj'),('offer','~ to send','033','to'),('offer','~ to supply','033','to'),('offer','~ to provide','033','to'),('offer','~ to buy','0311','obj'),
                      ('offer','~ to broker','039','obj'),('offer','~ to facilitate','039','obj'),('propose','~ ceasefire','0356','with'),('propose','~ truce','0356','with'),('propose','~ talks','036','with'),
                      ('propose','~ summit','036','with'),('propose','~ meeting','036','with'),('propose','~ peace plan','037','with'),('propose','~ to mediate','039','obj'),
                      ('express','~ readiness to','030','obj'),('express','~ willingness to','030','obj'),('express','~ desire to','030','obj'),('express','~ interest in','030','obj'),
                      ('express','~ hope','030','with'),('signal','~ readiness','030','obj'),('signal','~ willingness','030','obj'),('signal','~ openness','030','obj'),('reach','~ agreement','030','with'),
                      ('reach','~ deal','030','with'),('reach','~ consensus','030','with'),('reach','~ understanding','030','with'),('reach','~ accord','030','with'),('reach','~ compromise','030','with'),
                      ('reach','~ truce','0356','with'),('reach','~ ceasefire','0356','with'),('strike','~ deal','030','with'),('strike','~ agreement','030','with'),('clinch','~ deal','030','with'),
                      ('seal','~ deal','030','with'),('finalise','~ deal','030','with'),('finalize','~ deal','030','with'),('finalise','~ agreement','030','with'),('finalize','~ agreement','030','with'),
                      ('conclude','~ negotiations','030','with'),('conclude','~ talks','030','with'),('accept','~ offer','030','obj'),('accept','~ proposal','037','obj'),('accept','~ plan','037','obj'),
                      ('accept','~ peace plan','037','obj'),('accept','~ ceasefire','0356','with'),('accept','~ truce','0356','with'),('accept','~ mediation','038','obj'),('accept','~ invitation','036','obj'),
                      ('accept','~ terms','037','obj')]:
    V(v,rest,'AGREE',code,'subj',t,'','diplomatic')
for ph,code,t in [('agreement with','030','with'),('deal with','030','with'),('accord with','030','with'),('understanding with','030','with'),('consensus on','030','with'),
                  ('ready to','030','obj'),('readiness to','030','obj'),('willingness to','030','obj'),('intention to','030','obj'),('intent to','030','obj'),('commitment','030','obj'),
                  ('commitments','030','obj'),('promise','030','obj'),('promises','030','obj'),('pledges to','030','obj'),('vows to','030','obj'),('offer of','030','obj'),('offers of','030','obj'),
                  ('ceasefire deal','0356','with'),('ceasefire agreement','0356','with'),('peace deal','037','with'),('peace agreement','037','with'),('peace accord','037','with'),
                  ('peace treaty','037','with'),('trade deal','0311','with'),('prisoner exchange deal','0353','with'),('framework agreement','030','with'),('roadmap','030','with'),
                  ('action plan','030','with'),('joint statement','030','with'),('joint declaration','030','with'),('joint communique','030','with'),('agreed to','030','obj'),('agreed on','030','with')]:
    R(ph,'AGREE',code,'subj',t,'','diplomatic')
# REQUEST
for v,rest,code,t in [('call','on ~ to','020','obj'),('call','upon ~ to','020','obj'),('urge','~ to','020','obj'),('press','~ to','100','obj'),('pressure','~ to','100','obj'),('ask','~ not to','020','obj'),
                      ('urge','~ not to','020','obj'),('appeal','to ~ to','020','to'),('request','~ from','020','from'),('seek','~ from','020','from'),
                      ('request','~ to','020','obj'),('ask','~ to help','023','obj'),('ask','~ to provide','023','obj'),('ask','~ to send','023','obj'),('ask','~ to supply','0232','obj'),
                      ('ask','~ for weapons','0232','obj'),('ask','~ for air defence','0232','obj'),('ask','~ for air defense','0232','obj'),('ask','~ for loans','0231','obj'),('ask','~ for a loan','0231','obj'),
                      ('ask','~ for funding','0231','obj'),('ask','~ for money','0231','obj'),('ask','~ for debt relief','0231','obj'),('ask','~ to release','0253','obj'),('ask','~ to free','0253','obj'),
                      ('ask','~ to return','0253','obj'),('ask','~ to lift','0254','obj'),('ask','~ to ease','0254','obj'),('ask','~ to withdraw','0256','obj'),('ask','~ to mediate','028','obj'),
                      ('ask','~ to join','022','obj'),('ask','~ to support','022','obj'),('ask','~ to back','022','obj'),('ask','~ to recognise','022','obj'),('ask','~ to recognize','022','obj'),
                      ('ask','~ to stop','0242','obj'),('ask','~ to halt','0242','obj'),('ask','~ to end','0242','obj'),('ask','~ to investigate','020','obj'),('ask','~ to explain','020','obj'),
                      ('urge','~ to release','0253','obj'),('urge','~ to free','0253','obj'),('urge','~ to lift','0254','obj'),('urge','~ to withdraw','0256','obj'),('urge','~ to stop','0242','obj'),
                      ('urge','~ to halt','0242','obj'),('urge','~ to end','0242','obj'),('urge','~ to return','026','obj'),('urge','~ to resume','026','obj'),('urge','~ to negotiate','026','obj'),
                      ('urge','~ to respect','0243','obj'),('urge','~ to comply','020','obj'),('urge','~ to abide','020','obj'),('urge','~ to exercise restraint','0256','obj'),
                      ('call','for ~ release','0253','obj'),('call','for ~ withdrawal','0256','obj'),('call','for ~ ceasefire','0256','obj'),('call','for ~ talks','026','obj'),
                      ('call','for ~ investigation','020','obj'),('call','for ~ restraint','0256','obj'),('call','for ~ dialogue','026','obj'),('call','for ~ end to','0242','obj'),
                      ('seek','~ extradition','1013','obj'),('seek','~ return','0253','obj'),('seek','~ release','0253','obj'),('seek','~ compensation','0231','obj'),('seek','~ support','022','obj'),
                      ('seek','~ help','023','obj'),('seek','~ assistance','023','obj'),('seek','~ weapons','0232','obj'),('seek','~ loans','0231','obj'),('seek','~ talks','026','obj'),
                      ('seek','~ meeting','026','obj'),('seek','~ clarification','020','obj'),('seek','~ explanation','020','obj'),('demand','~ explanation from','100','from'),
                      ('demand','~ apology from','100','from'),('demand','~ clarification','100','obj'),('submit','~ request','020','obj'),('file','~ request','020','obj'),('send','~ request','020','obj'),
                      ('make','~ request','020','obj'),('issue','~ call','020','obj'),('renew','~ call','020','obj'),('repeat','~ call','020','obj'),('reiterate','~ call','020','obj'),
                      ('reiterate','~ demand','100','obj'),('renew','~ demand','100','obj'),('repeat','~ demand','100','obj'),('apply','for membership','022','obj'),('apply','to join','022','obj'),
                      ('bid','to join','022','obj')]:
    V(v,rest,'REQUEST',code,'subj',t)
for ph,code,t in [('call on','020','obj'),('calls on','020','obj'),('calling on','020','obj'),('appeals to','020','to'),('appealing to','020','to'),('urgent appeal','020','obj'),
                  ('request from','020','from'),('formal request','020','obj'),('extradition requests','1013','obj'),('requested','020','obj'),('requests','020','obj'),('requesting','020','obj'),
                  ('demanded that','100','obj'),('demands that','100','obj'),('insisted that','100','obj'),('insists that','100','obj'),('pressed','100','obj'),('presses','100','obj'),
                  ('pressing','100','obj'),('pressuring','100','obj'),('pushed','100','obj'),('push for','100','obj'),('lobbied','020','obj'),('lobbying','020','obj'),('entreated','020','obj'),
                  ('begged','020','obj'),('pleaded','020','obj'),('beseeched','020','obj')]:
    R(ph,'REQUEST',code,'subj',t)

for v,rest in [('conduct','~ joint patrol'),('carry','out ~ joint patrol'),('hold','~ joint patrol'),('launch','~ joint patrol'),('stage','~ joint patrol')]:
    V(v,rest,'COOPERATE','062','subj','with','','military')

for ph in ['advanced on','advanced into','advancing on','advancing into']:
    R(ph,'ASSAULT','192','subj','obj','','military',note=ph)
