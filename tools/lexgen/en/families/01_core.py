# ---------------- AGREE ----------------
for v in ['agree','pledge','promise','vow','offer','commit','undertake','volunteer']:
    pass
for v in ['agree','pledge','promise','vow','offer','commit','undertake','volunteer']:
    V(v,'~ to','AGREE','030',tgt='obj',note=f'{v} (on Monday) to ...: intent; the infinitive names the act')
for v in ['agree']:
    V(v,'upon','AGREE','030',tgt='with'); V(v,'in principle','AGREE','030',tgt='with')
    V(v,'~ to provide','AGREE','033',tgt='to'); V(v,'~ to send','AGREE','033',tgt='to'); V(v,'~ to give','AGREE','033',tgt='to')
    V(v,'~ to supply','AGREE','033',tgt='to'); V(v,'~ to lift','AGREE','0354',tgt='obj'); V(v,'~ to ease','AGREE','0354',tgt='obj')
    V(v,'~ to hand over','AGREE','0313',tgt='to'); V(v,'~ to withdraw','AGREE','0356',tgt='from'); V(v,'~ to pull out','AGREE','0356',tgt='from')
    V(v,'~ to allow','AGREE','0355',tgt='obj'); V(v,'~ to reopen','AGREE','0355',tgt='obj'); V(v,'~ to release','AGREE','0353',tgt='obj')
    V(v,'~ to mediate','AGREE','038',tgt='obj'); V(v,'~ to buy','AGREE','0311',tgt='obj'); V(v,'~ to purchase','AGREE','0311',tgt='obj')
    V(v,'~ to hold talks','AGREE','036',tgt='with'); V(v,'~ to meet','AGREE','036',tgt='obj'); V(v,'~ to resume','AGREE','030',tgt='with')
    V(v,'~ to hold joint','AGREE','0312',tgt='with'); V(v,'~ to undertake joint','AGREE','0312',tgt='with'); V(v,'~ to conduct joint','AGREE','0312',tgt='with')
    V(v,'~ to a ceasefire','AGREE','0356',tgt='with'); V(v,'~ to a truce','AGREE','0356',tgt='with'); V(v,'~ on a ceasefire','AGREE','0356',tgt='with')
    V(v,'~ to extend','AGREE','030',tgt='obj'); V(v,'~ to postpone','AGREE','0352',tgt='obj'); V(v,'~ to double','AGREE','0311',tgt='with')
    V(v,'~ to raise','AGREE','030',tgt='with'); V(v,'~ to increase','AGREE','030',tgt='with'); V(v,'~ to set up','AGREE','030',tgt='with')
    V(v,'~ to establish','AGREE','030',tgt='with'); V(v,'~ to build','AGREE','030',tgt='with'); V(v,'~ to open','AGREE','030',tgt='with')
for v in ['pledge','promise','offer','vow']:
    for obj,code,t in [('~ to provide','033','to'),('~ to send','033','to'),('~ to give','033','to'),('~ to supply','033','to'),('~ to help','033','obj'),
                       ('~ to fund','0331','obj'),('~ to finance','0331','obj'),('~ to continue','030','obj'),('~ to support','032','obj'),('~ to defend','0332','obj'),
                       ('~ to hand over','0313','to'),('~ to extradite','0313','obj'),('~ to withdraw','0356','from'),('~ to release','0353','obj'),
                       ('~ to lift','0354','obj'),('~ to allow','0355','obj'),('~ to return','0353','obj'),('~ to mediate','039','obj'),('~ to host','036','obj'),
                       ('~ to invest','0311','in'),('~ to buy','0311','obj'),('~ to cooperate','030','with'),('~ to work with','030','with'),('~ to contribute','033','to')]:
        V(v,obj,'AGREE',code,tgt=t)
for v in ['pledge','promise','offer']:
    for n,code in [('aid','033'),('assistance','033'),('help','033'),('support','032'),('troops','0332'),('its troops','0332'),('weapons','0332'),('arms','0332'),
                   ('a loan','0331'),('loans','0331'),('credit','0331'),('a grant','0331'),('funding','0331'),('money','0331'),('financial support','0331'),
                   ('military support','0332'),('humanitarian aid','0333'),('food aid','0333'),('relief','0333'),('asylum','0333'),('shelter','0333'),
                   ('security guarantees','0334'),('protection','0334'),('peacekeepers','0334'),('mediation','039'),('its good offices','039'),('talks','036'),
                   ('a deal','030'),('cooperation','030'),('concessions','035'),('investment','0311'),('compensation','035')]:
        V(v,'~ '+n,'AGREE',code,tgt='to')
for ph,code,t in [('ready to','030','obj'),('willing to','030','obj'),('prepared to','030','obj'),('stood ready to','030','obj'),
                  ('expressed its willingness to','030','obj'),('signalled its readiness to','030','obj'),('signaled its readiness to','030','obj'),
                  ('ready to help','033','obj'),('willing to help','033','obj'),('ready to provide','033','to'),('willing to provide','033','to'),('prepared to provide','033','to'),
                  ('ready to send','033','to'),('willing to send','033','to'),('ready to contribute','033','to'),('ready to mediate','039','obj'),('willing to withdraw','0356','from'),
                  ('ready to withdraw','0356','from'),('prepared to withdraw','0356','from'),('ready to lift','0354','obj'),('prepared to lift','0354','obj'),
                  ('ready to meet','036','obj'),('willing to meet','036','obj'),('prepared to meet','036','obj'),('ready to talk','036','with'),('willing to talk','036','with'),
                  ('ready to resume talks','036','with'),('willing to negotiate','036','with'),('prepared to negotiate','036','with'),('ready for dialogue','036','with'),
                  ('intends to','030','obj'),('intend to','030','obj'),('intention to','030','obj'),('intends to buy','0311','obj'),('intends to invest','0311','in'),
                  ('plans to buy','0311','obj'),('plans to import','0311','obj'),('expressed interest in','030','obj'),('expressed hope','030','with'),
                  ('reaffirmed its commitment','030','obj'),('reaffirmed their commitment','030','with'),('reiterated its commitment','030','obj'),
                  ('renewed its commitment','030','obj'),('committed to','030','obj'),('commitment to','030','obj'),('pledge','030','obj'),('pledges','030','obj'),
                  ('pledged','030','obj'),('promised','030','obj'),('vowed','030','obj'),('assured','030','obj'),('assurances','030','obj'),
                  ('guaranteed','030','obj'),('guarantee*','030','obj'),('accepted the offer','030','obj'),('accepted an offer','030','obj'),('accepted the plan','037','obj'),
                  ('accepted a formula','037','obj'),('accepted the formula','037','obj'),('accepted the terms','037','obj'),('accepted the deal','037','with'),
                  ('accepted the agreement','037','with'),('accepted the ceasefire','0356','with'),('accepted a ceasefire','0356','with'),('accepted the truce','0356','with'),
                  ('accepted the proposal','037','obj'),('accepted a proposal','037','obj'),('accepted the peace proposal','037','obj'),('accepted the roadmap','037','obj'),
                  ('agreed to us mediation','038','obj'),('accepted the mediation','038','obj'),('welcomed the offer','038','obj'),('struck a deal','030','with'),
                  ('strike* a deal','030','with'),('clinched a deal','030','with'),('clinch* a deal','030','with'),('sealed a deal','030','with'),('hammered out','030','with'),
                  ('thrashed out','030','with'),('worked out a deal','030','with'),('tentative agreement','030','with'),('tentative deal','030','with'),('deal was reached','030','with'),
                  ('agreement was reached','030','with'),('reached a settlement','037','with'),('reached an accord','030','with'),('reached a truce','0356','with'),
                  ('brokered a deal','045','obj'),('an agreement on','030','with'),('agreed','030','with'),('agrees','030','with')]:
    R(ph,'AGREE',code,'subj',t)
# ---------------- CONSULT ----------------
for v,rest,code,mode,t in [('meet','~ with','040','','with'),('hold','~ talks with','040','','with'),('hold','~ talks','040','','with'),('hold','~ meeting with','040','','with'),
                      ('hold','~ meetings with','040','','with'),('hold','~ consultations','040','','with'),('hold','~ negotiations','046','','with'),('hold','~ discussions','040','','with'),
                      ('open','~ talks','046','','with'),('open','~ negotiations','046','','with'),('resume','~ talks','046','','with'),('resume','~ negotiations','046','','with'),
                      ('renew','~ negotiations','046','','with'),('renew','~ talks','046','','with'),('launch','~ talks','046','','with'),('start','~ talks','046','','with'),
                      ('negotiate','with','046','','with'),('negotiate','','046','','with'),('confer','with','040','','with'),('consult','with','040','','with'),
                      ('talk','with','040','','with'),('speak','with','040','','with'),('speak','to','040','','to'),('phone','','041','phone','obj'),('telephone','','041','phone','obj'),
                      ('call','~ counterpart','041','phone','obj'),('visit','','042','visit','obj'),('tour','','042','visit','obj'),('travel','to','042','visit','to'),
                      ('fly','to','042','visit','to'),('arrive','in','042','visit','in'),('host','','043','visit','obj'),('receive','','043','visit','obj'),
                      ('welcome','','043','visit','obj'),('greet','','043','visit','obj'),('mediate','between','045','third-party','obj'),('mediate','','045','third-party','obj'),
                      ('broker','','045','third-party','obj'),('convene','','040','','with'),('summon','','040','','obj'),('sit','down with','040','','with')]:
    V(v,rest,'CONSULT',code,'subj',t,mode)
for ph,code,mode,s,t in [('talks between','040','','obj','obj'),('meeting between','040','','obj','obj'),('met','040','','subj','obj'),('phone call','041','phone','subj','with'),
                  ('phone call with','041','phone','subj','with'),('telephone call','041','phone','subj','with'),('telephone conversation','041','phone','subj','with'),
                  ('phone conversation','041','phone','subj','with'),('video call','041','phone','subj','with'),('video conference','041','phone','subj','with'),
                  ('spoke by phone','041','phone','subj','with'),('spoke by telephone','041','phone','subj','with'),('held a phone call','041','phone','subj','with'),
                  ('gave a warm welcome','043','visit','subj','obj'),('warm welcome to','043','visit','subj','obj'),('welcomed','043','visit','subj','obj'),
                  ('state visit to','042','visit','subj','to'),('official visit to','042','visit','subj','to'),('working visit to','042','visit','subj','to'),
                  ('visit to','042','visit','subj','to'),('trip to','042','visit','subj','to'),('tour of','042','visit','subj','obj'),('arrived in','042','visit','subj','in'),
                  ('landed in','042','visit','subj','in'),('went to','042','visit','subj','to'),('came to','042','visit','subj','to'),('headed to','042','visit','subj','to'),
                  ('was in','042','visit','subj','in'),('envoy to','040','','subj','to'),('sent an envoy','040','','subj','to'),('dispatched an envoy','040','','subj','to'),
                  ('special envoy','040','','subj','to'),('negotiations with','046','','subj','with'),('negotiated with','046','','subj','with'),('peace talks','046','','subj','with'),
                  ('round of talks','046','','subj','with'),('round of negotiations','046','','subj','with'),('mediation between','045','third-party','subj','obj'),
                  ('mediated between','045','third-party','subj','obj'),('mediation efforts','045','third-party','subj','obj'),('shuttle diplomacy','045','third-party','subj','obj'),
                  ('go between','045','third-party','subj','obj'),('intermediary','045','third-party','subj','obj'),('acted as intermediary','045','third-party','subj','obj')]:
    R(ph,'CONSULT',code,s,t,mode)
for v in ['visit','host','receive','invite','welcome','meet']:
    P(v,'','CONSULT','043' if v in ('host','receive','welcome') else '042' if v=='visit' else '040')
# ---------------- SUPPORT ----------------
for v,rest,code,t in [('praise','','051','obj'),('commend','','051','obj'),('hail','','051','obj'),('laud','','051','obj'),('applaud','','051','obj'),('welcome','the decision','051','obj'),
                    ('congratulate','','051','obj'),('thank','','051','obj'),('salute','','051','obj'),('compliment','','051','obj'),('endorse','','051','obj'),
                    ('back','','051','obj'),('champion','','051','obj'),('defend','the right','051','obj'),('stand','by','051','obj'),('stand','with','051','obj'),
                    ('side','with','051','with'),('recognise','','054','obj'),('recognize','','054','obj'),('sign','','057','with'),('ink','','057','with'),('ratify','','057','with'),
                    ('apologise','to','055','to'),('apologize','to','055','to'),('apologise','','055','obj'),('apologize','','055','obj'),('forgive','','056','obj'),
                    ('upgrade','ties','050','with'),('upgrade','relations','050','with'),('elevate','ties','050','with'),('elevate','relations','050','with'),
                    ('normalise','relations','050','with'),('normalize','relations','050','with'),('normalise','ties','050','with'),('normalize','ties','050','with'),
                    ('restore','diplomatic relations','050','with'),('restore','ties','050','with'),('restore','relations','050','with'),('establish','diplomatic relations','050','with'),
                    ('establish','ties','050','with'),('reopen','its embassy','050','in'),('open','an embassy','050','in'),('express','support for','051','obj'),
                    ('express','solidarity with','051','obj'),('voice','support for','051','obj'),('reaffirm','support for','051','obj'),('reiterate','support for','051','obj'),
                    ('throw','its weight behind','051','obj'),('lend','support to','051','obj'),('offer','condolences','051','obj'),('express','condolences','051','obj'),
                    ('send','condolences','051','obj'),('extend','condolences','051','obj')]:
    V(v,rest,'SUPPORT',code,'subj',t)
for ph,code,t in [('backed','051','obj'),('backs','051','obj'),('backing','051','obj'),('support for','051','obj'),('supported','051','obj'),('in support of','051','obj'),
                  ('solidarity with','051','obj'),('praised','051','obj'),('praise for','051','obj'),('welcomed the move','051','obj'),('welcomed the decision','051','obj'),
                  ('bid for','051','obj'),("backed the bid",'051','obj'),('endorsement','051','obj'),('recognition of','054','obj'),('recognised the independence','054','obj'),
                  ('recognized the independence','054','obj'),('recognised the state','054','obj'),('recognized the state','054','obj'),('diplomatic recognition','054','obj'),
                  ('signed an agreement','057','with'),('signed a deal','057','with'),('signed a treaty','057','with'),('signed a memorandum','057','with'),('signed a pact','057','with'),
                  ('signed agreements','057','with'),('signed deals','057','with'),('signing ceremony','057','with'),('signed a joint statement','057','with'),
                  ('signed a joint declaration','057','with'),('signed a contract','057','with'),('signed an accord','057','with'),('signed an mou','057','with'),
                  ('inked','057','with'),('apology','055','to'),('apologised','055','to'),('apologized','055','to'),('formal apology','055','to')]:
    R(ph,'SUPPORT',code,'subj',t)
for v,rest in [('sign','~ agreement'),('sign','~ agreements'),('sign','~ deal'),('sign','~ treaty'),('sign','~ pact'),('sign','~ memorandum'),('sign','~ accord'),('sign','~ declaration'),('sign','~ contract'),('sign','~ contracts'),('sign','~ documents')]:
    V(v,rest,'SUPPORT','057','subj','with')
# ---------------- COOPERATE ----------------
for v,rest,code,t in [('share','~ intelligence with','064','with'),('share','~ intelligence','064','with'),('share','~ information with','064','with'),('share','~ evidence with','064','with'),
                    ('share','~ expertise with','060','with'),('share','~ data with','064','with'),('exchange','~ intelligence','064','with'),('exchange','~ information','064','with'),
                    ('extradite','','063','to'),('hand','over ~ suspect','063','to'),('deport','~ to','063','to'),('cooperate','with','060','with'),('collaborate','with','060','with'),
                    ('team','up with','060','with'),('join','forces with','060','with'),('work','with','060','with'),('partner','with','060','with'),
                    ('hold','~ joint exercises','062','with'),('hold','~ joint drills','062','with'),('hold','~ joint military exercises','062','with'),('hold','~ joint naval drills','062','with'),
                    ('hold','~ joint naval exercises','062','with'),('hold','~ joint patrols','062','with'),('conduct','~ joint exercises','062','with'),('conduct','~ joint drills','062','with'),
                    ('conduct','~ joint patrols','062','with'),('stage','~ joint exercises','062','with'),('stage','~ joint drills','062','with'),('launch','~ joint exercises','062','with'),
                    ('launch','~ joint drills','062','with'),('launch','~ joint patrols','062','with'),('begin','~ joint exercises','062','with'),('begin','~ joint drills','062','with'),
                    ('train','with','062','with'),('deliver','~ gas to','061','to'),('deliver','~ oil to','061','to'),('deliver','~ grain to','061','to'),('export','~ to','061','to'),
                    ('import','~ from','061','from'),('sell','~ to','061','to'),('buy','~ from','061','from'),('purchase','~ from','061','from'),('supply','~ gas to','061','to'),
                    ('supply','~ oil to','061','to'),('ship','~ to','061','to'),('begin','delivering','061','to'),('start','delivering','061','to'),('resume','~ flights','061','with'),
                    ('resume','~ trade','061','with'),('resume','~ imports','061','from'),('resume','~ exports','061','to'),('invest','~ in','061','in')]:
    V(v,rest,'COOPERATE',code,'subj',t)
for ph,code,t in [('joint raid','063','with'),('joint operation','063','with'),('joint operations','063','with'),('joint investigation','063','with'),('joint police operation','063','with'),
                  ('police cooperation','063','with'),('extradited','063','to'),('extradition of','063','to'),('handed over to','063','to'),('intelligence sharing','064','with'),
                  ('sharing intelligence','064','with'),('joint exercises','062','with'),('joint drills','062','with'),('joint exercise','062','with'),('joint drill','062','with'),
                  ('joint naval exercises','062','with'),('joint naval drills','062','with'),('joint air drills','062','with'),('joint military drills','062','with'),
                  ('joint patrol','062','with'),('joint patrols','062','with'),('war games with','062','with'),('drills with','062','with'),('exercises with','062','with'),
                  ('military cooperation','062','with'),('defence cooperation','062','with'),('defense cooperation','062','with'),('security cooperation','062','with'),
                  ('arms deal','062','with'),('arms sales to','062','to'),('trade deal','061','with'),('gas supplies to','061','to'),('oil supplies to','061','to'),
                  ('exports to','061','to'),('imports from','061','from'),('economic cooperation','061','with')]:
    R(ph,'COOPERATE',code,'subj',t)
# ---------------- AID ----------------
for v,rest,code,mode,t in [('send','~ aid to','070','','to'),('send','~ aid','070','','to'),('send','~ humanitarian aid','073','humanitarian','to'),('send','~ relief','073','humanitarian','to'),
                      ('send','~ food','073','humanitarian','to'),('send','~ medicine','073','humanitarian','to'),('send','~ medical supplies','073','humanitarian','to'),
                      ('send','~ arms to','072','military','to'),('send','~ weapons to','072','military','to'),('send','~ arms','072','military','to'),('send','~ weapons','072','military','to'),
                      ('send','~ ammunition','072','military','to'),('send','~ rescue teams','073','humanitarian','to'),('send','~ rescuers','073','humanitarian','to'),
                      ('deliver','~ aid','070','','to'),('deliver','~ humanitarian aid','073','humanitarian','to'),('deliver','~ weapons','072','military','to'),('deliver','~ arms','072','military','to'),
                      ('deliver','~ ammunition','072','military','to'),('deliver','~ armoured vehicles','072','military','to'),('deliver','~ armored vehicles','072','military','to'),
                      ('deliver','~ tanks','072','military','to'),('deliver','~ missiles','072','military','to'),('deliver','~ air defence','072','military','to'),('deliver','~ air defense','072','military','to'),
                      ('deliver','~ fighter jets','072','military','to'),('deliver','~ food','073','humanitarian','to'),('deliver','~ rice','073','humanitarian','to'),
                      ('supply','~ weapons','072','military','to'),('supply','~ arms','072','military','to'),('supply','~ missiles','072','military','to'),('supply','~ ammunition','072','military','to'),
                      ('provide','~ aid','070','','to'),('provide','~ assistance','070','','to'),('provide','~ humanitarian aid','073','humanitarian','to'),('provide','~ military aid','072','military','to'),
                      ('provide','~ weapons','072','military','to'),('provide','~ intelligence to','072','military','to'),('provide','~ military intelligence','072','military','to'),
                      ('provide','~ training','072','military','to'),('provide','~ loan','071','economic','to'),('provide','~ funding','071','economic','to'),('provide','~ food','073','humanitarian','to'),
                      ('provide','~ shelter','073','humanitarian','to'),('provide','~ relief','073','humanitarian','to'),('give','~ aid','070','','to'),('give','~ a grant','071','economic','to'),
                      ('give','~ a loan','071','economic','to'),('give','~ money','071','economic','to'),('grant','~ a loan','071','economic','to'),('grant','~ loans','071','economic','to'),
                      ('grant','~ asylum','075','asylum','to'),('grant','~ political asylum','075','asylum','to'),('grant','~ refuge','075','asylum','to'),('grant','~ euros','071','economic','obj'),
                      ('grant','~ dollars','071','economic','obj'),('grant','~ million','071','economic','obj'),('donate','','070','','to'),('donate','~ to','070','','to'),
                      ('gift','','072','military','to'),('hand','over ~ corvette','072','military','to'),('hand','over ~ warship','072','military','to'),('hand','over ~ aid','070','','to'),
                      ('lend','','071','economic','to'),('loan','','071','economic','to'),('fund','','071','economic','obj'),('finance','','071','economic','obj'),
                      ('airlift','~ aid','073','humanitarian','to'),('airlift','~ supplies','073','humanitarian','to'),('airdrop','~ aid','073','humanitarian','to'),
                      ('evacuate','~ wounded','073','humanitarian','obj'),('evacuate','~ civilians','073','humanitarian','obj'),('rescue','','073','humanitarian','obj'),
                      ('train','~ troops','072','military','obj'),('train','~ soldiers','072','military','obj'),('shelter','~ refugees','075','asylum','obj')]:
    V(v,rest,'AID',code,'subj',t,mode,'military' if mode=='military' else '')
for ph,code,mode,t in [('gave asylum','075','asylum','to'),('granted diplomatic asylum','075','asylum','to'),('diplomatic asylum','075','asylum','to'),('political asylum','075','asylum','to'),
                  ('aid package','070','','to'),('aid shipment','070','','to'),('aid convoy','073','humanitarian','to'),('relief supplies','073','humanitarian','to'),('food aid','073','humanitarian','to'),
                  ('emergency aid','073','humanitarian','to'),('disaster relief','073','humanitarian','to'),('rescue teams','073','humanitarian','to'),('arms shipments','072','military','to'),
                  ('weapons deliveries','072','military','to'),('arms deliveries','072','military','to'),('military assistance','072','military','to'),('security assistance','072','military','to'),
                  ('peacekeeping mission','074','peacekeeping','to'),('peacekeepers arrived','074','peacekeeping','in'),('peacekeeping troops arrived','074','peacekeeping','in'),
                  ('development aid','071','economic','to'),('budget support','071','economic','to'),('debt relief','071','economic','to'),('wrote off','071','economic','obj'),
                  ('debt forgiveness','071','economic','to'),('credit line','071','economic','to'),('line of credit','071','economic','to'),('bailout','071','economic','to')]:
    R(ph,'AID',code,'subj',t,mode)
# ---------------- RETREAT / CONCEDE ----------------
for v,rest,code,typ,t,ctx in [('release','','0841','RETREAT','obj','legal'),('free','','0841','RETREAT','obj','legal'),('release','~ tanker','0842','RETREAT','obj',''),
                    ('release','~ ship','0842','RETREAT','obj',''),('release','~ vessel','0842','RETREAT','obj',''),('release','~ crew','0841','RETREAT','obj',''),
                    ('release','~ citizen','0841','RETREAT','obj','legal'),('release','~ sailors','0841','RETREAT','obj',''),('release','~ fishermen','0841','RETREAT','obj',''),
                    ('release','~ prisoners','0841','RETREAT','obj','legal'),('release','~ hostages','0841','RETREAT','obj',''),('release','~ detainees','0841','RETREAT','obj','legal'),
                    ('swap','~ prisoners','0841','RETREAT','with',''),('swap','~ prisoners of war','0841','RETREAT','with',''),('exchange','~ prisoners','0841','RETREAT','with',''),
                    ('exchange','~ prisoners of war','0841','RETREAT','with',''),('exchange','~ captives','0841','RETREAT','with',''),('swap','~ captives','0841','RETREAT','with',''),
                    ('exchange','~ pows','0841','RETREAT','with',''),('swap','~ pows','0841','RETREAT','with',''),('hand','back','0841','RETREAT','to',''),
                    ('return','~ prisoners','0841','RETREAT','to',''),('return','~ helicopter','0842','RETREAT','to',''),('return','~ seized','0842','RETREAT','to',''),
                    ('withdraw','~ troops','0874','RETREAT','from','military'),('withdraw','~ forces','0874','RETREAT','from','military'),('withdraw','~ soldiers','0874','RETREAT','from','military'),
                    ('pull','~ troops out','0874','RETREAT','from','military'),('pull','out ~ troops','0874','RETREAT','from','military'),('pull','back ~ troops','0874','RETREAT','from','military'),
                    ('pull','out of','0874','RETREAT','from','military'),('complete','~ withdrawal','0874','RETREAT','from','military'),('begin','~ withdrawal','0874','RETREAT','from','military'),
                    ('speed','up ~ withdrawal','0874','RETREAT','from','military'),('evacuate','~ settlements','0874','RETREAT','from',''),('hand','over ~ territory','0874','RETREAT','to',''),
                    ('lift','~ ban on ~ imports','085','RETREAT','obj','economic'),('lift','~ ban on ~ exports','085','RETREAT','obj','economic'),('lift','~ import ban','085','RETREAT','obj','economic'),
                    ('lift','~ export ban','085','RETREAT','obj','economic'),('ease','~ ban on exports','085','RETREAT','obj','economic'),('ease','~ ban on ~ exports','085','RETREAT','obj','economic'),
                    ('ease','~ ban on ~ imports','085','RETREAT','obj','economic'),('lift','~ sanctions','085','RETREAT','obj','economic'),('ease','~ sanctions','085','RETREAT','obj','economic'),
                    ('lift','~ embargo','085','RETREAT','obj','economic'),('lift','~ embargoes','085','RETREAT','obj','economic'),('lift','~ tariffs','085','RETREAT','obj','economic'),
                    ('lower','~ tariffs','085','RETREAT','obj','economic'),('reduce','~ tariffs','085','RETREAT','obj','economic'),('cut','~ tariffs on','085','RETREAT','obj','economic'),
                    ('remove','~ tariffs','085','RETREAT','obj','economic'),('suspend','~ tariffs','085','RETREAT','obj','economic'),('scrap','~ tariffs','085','RETREAT','obj','economic'),
                    ('lift','~ blockade','0872','RETREAT','obj',''),('ease','~ blockade','0872','RETREAT','obj',''),('end','~ blockade','0872','RETREAT','obj',''),
                    ('reopen','~ border','085','RETREAT','with',''),('reopen','~ borders','085','RETREAT','with',''),('open','~ borders','0863','RETREAT','obj',''),
                    ('open','~ border','0863','RETREAT','obj',''),('reopen','~ crossing','0863','RETREAT','obj',''),('open','~ crossing','0863','RETREAT','obj',''),
                    ('reopen','~ airspace','085','RETREAT','obj',''),('allow','~ aid','0863','RETREAT','obj',''),('allow','~ aid workers','0863','RETREAT','obj',''),
                    ('allow','~ rescue workers','0863','RETREAT','obj',''),('allow','~ inspectors','0862','RETREAT','obj',''),('allow','~ observers','0862','RETREAT','obj',''),
                    ('let','~ aid','0863','RETREAT','obj',''),('admit','~ inspectors','0862','RETREAT','obj',''),('receive','~ observers','086','RETREAT','obj',''),
                    ('receive','~ mission of observers','0862','RETREAT','obj',''),('accept','~ peacekeepers','0861','RETREAT','obj',''),('unfreeze','~ assets','0842','RETREAT','obj','economic'),
                    ('pay','~ compensation','080','RETREAT','to',''),('pay','~ reparations','080','RETREAT','to',''),('demobilize','','0873','RETREAT','none','military'),
                    ('demobilise','','0873','RETREAT','none','military'),('disband','','0873','RETREAT','none','military')]:
    V(v,rest,typ,code,'subj',t,'',ctx)
for v,rest,code,t,ctx in [('drop','~ objection','083','obj',''),('drop','~ objections','083','obj',''),('drop','~ opposition','083','obj',''),('drop','~ veto','083','obj',''),
                    ('lift','~ veto','083','obj',''),('withdraw','~ veto','083','obj',''),('withdraw','~ objection','083','obj',''),('drop','~ claim','083','obj',''),
                    ('drop','~ claims','083','obj',''),('drop','~ complaint','083','obj','legal'),('drop','~ lawsuit','083','obj','legal'),('drop','~ case','083','obj','legal'),
                    ('withdraw','~ complaint','083','obj','legal'),('withdraw','~ lawsuit','083','obj','legal'),('withdraw','~ case','083','obj','legal'),
                    ('withdraw','~ demand','083','obj',''),('drop','~ demand','083','obj',''),('drop','~ demands','083','obj',''),('drop','~ charges','081','obj','legal'),
                    ('ease','~ visa','081','obj',''),('ease','~ visa rules','081','obj',''),('ease','~ visa restrictions','081','obj',''),('ease','~ visa requirements','081','obj',''),
                    ('relax','~ visa','081','obj',''),('relax','~ restrictions','081','obj',''),('ease','~ restrictions','081','obj',''),('lift','~ restrictions','081','obj',''),
                    ('cancel','~ restrictions','081','obj',''),('remove','~ restrictions','081','obj',''),('scrap','~ visa','081','obj',''),('waive','~ visa','081','obj',''),
                    ('restore','~ visa','081','obj',''),('resume','~ visa','081','obj',''),('restore','~ e visa','081','obj',''),('lift','~ entry ban','081','obj',''),
                    ('lift','~ travel ban','081','obj',''),('lift','~ sanctions on ~ minister','081','obj',''),('lift','~ curfew','0813','obj',''),('shorten','~ curfew','0813','obj',''),
                    ('ease','~ curfew','0813','obj',''),('relax','~ curfew','0813','obj',''),('lift','~ state of emergency','0814','obj',''),('ease','~ emergency measures','0814','obj',''),
                    ('end','~ state of emergency','0814','obj',''),('lift','~ martial law','0814','obj',''),('allow','~ to participate','0812','obj',''),
                    ('call','off ~ strike','082','none',''),('call','off ~ protest','082','none',''),('call','off ~ demonstration','082','none',''),('call','off ~ boycott','082','none',''),
                    ('end','~ strike','082','none',''),('suspend','~ strike','082','none',''),('concede','to','083','obj',''),('give','in to','083','obj',''),('yield','to','083','obj',''),
                    ('bow','to','083','obj',''),('accede','to','083','obj',''),('comply','with','083','obj',''),('back','down','080','obj',''),('back','away from','080','obj','')]:
    V(v,rest,'CONCEDE',code,'subj',t,'',ctx)
# ---------------- REQUEST ----------------
for v,rest,code,t in [('ask','','020','obj'),('ask','~ to','020','obj'),('ask','~ for','020','obj'),('urge','','020','obj'),('call','on','020','obj'),('call','upon','020','obj'),
                    ('appeal','to','020','to'),('press','','100','obj'),('push','for','100','obj'),('push','~ to','100','obj'),('demand','','100','obj'),('insist','on','100','obj'),
                    ('seek','','020','obj'),('request','','020','obj'),('plead','with','020','obj'),('implore','','020','obj'),('beg','','020','obj'),('petition','','020','obj'),
                    ('lobby','','020','obj'),('pressure','','100','obj'),('pressurise','','100','obj'),('pressurize','','100','obj'),('order','~ to','100','obj'),
                    ('ask','~ to extradite','1013','obj'),('ask','~ for ~ support','022','obj'),('ask','~ for ~ aid','023','obj'),('ask','~ for ~ help','023','obj'),
                    ('ask','~ for ~ financial support','0231','obj'),('ask','~ for ~ assistance','023','obj'),('ask','~ to restructure','0231','obj'),('seek','~ refuge','1033','in'),
                    ('seek','~ asylum','1033','in'),('apply','for asylum','1033','in'),('request','~ asylum','1033','in'),('call','for ~ sanctions','113','against'),
                    ('call','for ~ sanctions against','113','against'),('urge','~ to release','0253','obj'),('demand','~ release','1053','obj'),('demand','~ return','1053','obj'),
                    ('demand','~ withdrawal','1056','obj'),('demand','~ apology','100','obj'),('demand','~ explanation','100','obj'),('demand','~ compensation','1031','obj'),
                    ('demand','~ resignation','1041','obj'),('demand','~ removal','1041','obj'),('demand','~ autonomy','1044','from'),('demand','~ independence','1044','from'),
                    ('demand','~ elections','1041','obj'),('demand','~ access','1055','obj'),('demand','~ end to','1042','obj'),('demand','~ support','102','obj'),
                    ('issue','~ reminder','101','to'),('issue','~ stern reminder','101','to')]:
    V(v,rest,'REQUEST',code,'subj',t)
for ph,code,t in [('must','100','none'),('called on','020','obj'),('appealed to','020','to'),('request for','020','obj'),('requests for','020','obj'),('demand for','100','obj'),
                  ('demands for','100','obj'),('its demand','100','obj'),('their demand','100','obj'),('reiterated its demand','100','obj'),('renewed its demand','100','obj'),
                  ('ultimatum to','100','to'),('plea','020','obj'),('plea to','020','to'),('appeal','020','obj'),('urging','020','obj'),('urged','020','obj'),('urges','020','obj'),
                  ('asked','020','obj'),('asks','020','obj'),('sought','020','obj'),('seeks','020','obj'),('seeking','020','obj'),('called for','020','obj'),('calls for','020','obj'),
                  ('calling for','020','obj'),('demanding','100','obj'),('demand','100','obj'),('insisted on','100','obj'),('insists on','100','obj'),('pushing for','100','obj'),
                  ('pressing for','100','obj'),('pushing hard for','100','obj'),('sought refuge','1033','in'),('sought asylum','1033','in'),('asylum seekers','1033','in')]:
    R(ph,'REQUEST',code,'subj',t)
# ---------------- ACCUSE ----------------
for v,rest,code,t in [('accuse','','112','obj'),('blame','','112','obj'),('charge','','112','obj'),('condemn','','111','obj'),('denounce','','111','obj'),('criticise','','110','obj'),
                    ('criticize','','110','obj'),('slam','','110','obj'),('rebuke','','110','obj'),('reproach','','110','obj'),('castigate','','110','obj'),('chastise','','110','obj'),
                    ('deplore','','110','obj'),('decry','','110','obj'),('censure','','111','obj'),('lambaste','','110','obj'),('blast','','110','obj'),('assail','','111','obj'),
                    ('excoriate','','111','obj'),('disparage','','110','obj'),('belittle','','110','obj'),('ridicule','','110','obj'),('mock','','110','obj'),('scold','','110','obj'),
                    ('admonish','','110','obj'),('reprimand','','110','obj'),('berate','','110','obj'),('chide','','110','obj'),('fault','','112','obj'),('implicate','','112','obj'),
                    ('sue','','115','obj'),('investigate','','090','obj'),('probe','','090','obj'),('complain','to','114','to'),('complain','about','114','obj'),('complain','of','114','obj'),
                    ('protest','to','114','to'),('lodge','~ protest','114','with'),('lodge','~ protest with','114','with'),('lodge','~ official protest','114','with'),('lodge','~ complaint','114','with'),
                    ('file','~ protest','114','with'),('file','~ complaint','115','against'),('file','~ lawsuit','115','against'),('file','~ case','115','against'),
                    ('file','~ evidence against','115','against'),('file','~ charges','115','against'),('bring','~ case against','115','against'),('bring','charges against','1121','against'),
                    ('take','~ to court','115','obj'),('summon','~ to complain','114','obj'),('summon','~ ambassador to protest','114','obj'),('summon','~ to protest','114','obj'),
                    ('open','~ investigation','090','against'),('open','~ investigations','090','against'),('open','~ probe','090','against'),('launch','~ investigation','090','against'),
                    ('launch','~ probe','090','against'),('open','~ hearing','092','into'),('express','concern','110','obj'),('express','regret','110','obj'),('express','outrage','111','obj'),
                    ('express','indignation','111','obj'),('express','dismay','110','obj'),('voice','concern','110','obj'),('voice','outrage','111','obj')]:
    V(v,rest,'ACCUSE',code,'subj',t)
for v in ['accuse','blame','condemn','criticise','criticize','denounce','sue','investigate','charge']:
    P(v,'','ACCUSE',{'accuse':'112','blame':'112','condemn':'111','denounce':'111','sue':'115','investigate':'090','charge':'112'}.get(v,'110'))
for ph,code,t in [('accusations against','112','against'),('accusation','112','obj'),('accusations','112','obj'),('allegations','112','obj'),('allegation','112','obj'),
                  ('condemnation','111','obj'),('condemnation of','111','obj'),('outrage','111','obj'),('outrageous','111','obj'),('ugly crime','111','obj'),
                  ('guilty of','112','obj'),('responsible for','112','obj'),('charging','112','obj'),('lawsuit','115','against'),('legal case','115','against'),
                  ('genocide case','115','against'),('case against','115','against'),('filed new evidence','115','against'),('suing','115','obj'),
                  ('investigated','090','obj'),('investigating','090','obj'),('investigation','090','obj'),('investigations','090','obj'),('fact finding','090','obj'),
                  ('inspectors','090','obj'),('sent inspectors','090','to'),('dispatched inspectors','090','to'),('monitoring mission','090','to'),('tantamount to','112','obj'),
                  ('official protest','114','with'),('formal protest with','114','with'),('lodged an official protest','114','with'),('lodged a protest with','114','with'),
                  ('protested to','114','to'),('summoned ~ ambassador to protest','114','obj'),('raised the issue with','114','with'),('raised concerns with','114','with'),
                  ('complained to','114','to'),('complained about','114','obj'),('complaint against','114','against'),('breach of','112','obj'),('in breach of','112','obj'),
                  ('violated','112','obj'),('violating','112','obj'),('violation of','112','obj'),('violations of','112','obj')]:
    R(ph,'ACCUSE',code,'subj',t)
# ---------------- REJECT ----------------
for v,rest,code,t in [('reject','','120','obj'),('refuse','','120','obj'),('refuse','~ to','120','obj'),('decline','~ to','120','obj'),('turn','down','120','obj'),('rebuff','','120','obj'),
                    ('spurn','','120','obj'),('dismiss','','120','obj'),('repudiate','','120','obj'),('renounce','','120','obj'),('disavow','','120','obj'),('deny','','120','obj'),
                    ('veto','','129','obj'),('block','~ resolution','129','obj'),('oppose','','120','obj'),('defy','','128','obj'),('flout','','128','obj'),('ignore','~ ruling','128','obj'),
                    ('violate','~ ban','128','obj'),('violate','~ agreement','128','obj'),('violate','~ ceasefire','128','obj'),('violate','~ ceasefire agreement','128','obj'),
                    ('breach','~ agreement','128','obj'),('breach','~ ceasefire','128','obj'),('renege','on','1234','obj'),('back','out of','120','obj'),('pull','out of ~ deal','120','obj'),
                    ('refuse','~ to allow','1245','obj'),('refuse','~ to deploy','1224','obj'),('refuse','~ to send','122','obj'),('refuse','~ to resign','1231','obj'),
                    ('decline','~ to resign','1231','obj'),('refuse','~ to meet','125','obj'),('refuse','~ to attend','125','obj'),('refuse','~ to negotiate','125','obj'),
                    ('refuse','~ to hold ~ talks','125','with'),('refuse','~ to hold direct talks','125','with'),('reject','~ invitation','125','obj'),('decline','~ invitation','125','obj'),
                    ('reject','~ call','120','obj'),('reject','~ calls','120','obj'),('reject','~ demand','1243','obj'),('reject','~ demands','1243','obj'),('reject','~ proposal','120','obj'),
                    ('reject','~ offer','120','obj'),('reject','~ plan','127','obj'),('reject','~ accusations','120','obj'),('reject','~ allegations','120','obj'),('reject','~ mediation','126','obj'),
                    ('oppose','~ mediation','126','obj'),('refuse','~ mediation','126','obj'),('fail','~ to reach','164','with'),('fail','~ to agree','164','with')]:
    V(v,rest,'REJECT',code,'subj',t)
for ph,code,t in [('is opposed to','120','obj'),('are opposed to','120','obj'),('was opposed to','120','obj'),('opposed to','120','obj'),('opposes','120','obj'),
                  ('out of the question','1244','obj'),('will not meet','1243','obj'),('would not meet','1243','obj'),('not meet ~ demands','1243','obj'),('no intention of','120','obj'),
                  ('refusal','120','obj'),('refusal to','120','obj'),('rejection of','120','obj'),('rejection','120','obj'),('veto of','129','obj'),('vetoes','129','obj'),
                  ('failed to reach agreement','164','with'),('failed to reach an agreement','164','with'),('failed to agree','164','with'),('no agreement','164','with'),
                  ('talks ended without','164','with'),('deadlocked','164','with'),('stalemate','164','with'),('in defiance of','128','obj'),('defied','128','obj'),
                  ('violated a ban','128','obj'),('flouted','128','obj'),('reneged','1234','obj'),('reneged on','1234','obj'),('went back on','1234','obj'),
                  ('stonewalled','120','obj'),('brushed off','120','obj'),('shrugged off','120','obj'),('dismissed as','120','obj'),('blackout on','1214','obj'),('imposed a blackout','1214','obj')]:
    R(ph,'REJECT',code,'subj',t)
# ---------------- THREATEN ----------------
for v,rest,code,t in [('threaten','','130','obj'),('threaten','~ to','130','obj'),('warn','','130','obj'),('warn','~ of','130','obj'),('warn','~ that','130','obj'),('caution','','130','obj'),
                    ('threaten','~ to ban','1322','obj'),('threaten','~ to impose','132','obj'),('threaten','~ to institute','1323','obj'),('threaten','~ to extend','132','obj'),
                    ('threaten','~ to withdraw','1313','from'),('threaten','~ to pull out','1313','from'),('threaten','~ to boycott','1313','obj'),('threaten','~ to cut','1311','obj'),
                    ('threaten','~ to suspend','1312','obj'),('threaten','~ to halt','135','obj'),('threaten','~ to end','135','obj'),('threaten','~ to resume','1383','obj'),
                    ('threaten','~ to attack','1384','obj'),('threaten','~ to strike','1384','obj'),('threaten','~ to use force','138','obj'),('threaten','~ to invade','1382','obj'),
                    ('threaten','~ to expel','136','obj'),('threaten','~ to close','1313','obj'),('threaten','~ to blockade','1381','obj'),('threaten','~ to retaliate','138','obj'),
                    ('threaten','~ to take back','1382','obj'),('threaten','~ to take','1382','obj'),('threaten','~ to seize','1382','obj'),('threaten','~ to annex','1382','obj'),
                    ('threaten','~ to impose tariffs','1312','obj'),('threaten','~ to impose sanctions','1312','obj'),('threaten','~ tariffs','1312','obj'),('threaten','~ sanctions','1312','obj'),
                    ('threaten','~ to scrap','1313','obj'),('threaten','~ to sever','1313','obj'),('threaten','~ to shut','1313','obj'),('threaten','~ to intensify','138','obj'),
                    ('vow','~ to fight','1382','obj'),('swear','~ to fight','1382','obj'),('vow','~ to retaliate','138','obj'),('vow','~ to destroy','138','obj'),('vow','~ to crush','137','obj'),
                    ('vow','~ revenge','138','obj'),('vow','~ to respond','138','obj'),('vow','~ to intensify','138','obj'),('vow','~ to punish','138','obj'),
                    ('vow','~ not to return','1382','obj'),('vow','~ to take back','1382','obj'),('vow','~ to recapture','1382','obj'),('vow','~ to reclaim','1382','obj')]:
    V(v,rest,'THREATEN',code,'subj',t)
for ph,code,t in [('threat to','130','to'),('threats to','130','to'),('threat of','130','obj'),('threatening','130','obj'),('warning','130','obj'),('warnings','130','obj'),
                  ('warned','130','obj'),('threatened','130','obj'),('threatens','130','obj'),('ultimatum','139','obj'),('deadline to','139','obj'),('or face','1312','obj'),
                  ('or else','130','obj'),('would face','130','obj'),('will face','130','obj'),('face consequences','130','obj'),('will boycott','1313','obj'),('would boycott','1313','obj'),
                  ('will blockade','133','obj'),('would blockade','133','obj'),('manufacturing chemical','1385','obj'),('to use against','1385','against'),('weapons to use against','1385','against'),
                  ('sworn to fight','1382','obj'),('vowed to fight','1382','obj'),('vowed to continue fighting','1382','obj'),('may halt','135','obj'),('could halt','135','obj'),
                  ('tighten the naval blockade','1381','obj'),('tighten the blockade','1381','obj'),('will tighten','132','obj'),('will extend the curfew','1323','obj'),
                  ('will impose martial law','1324','obj'),('prepared to impose martial law','1324','obj'),('prepared to impose','132','obj'),('plans to impose','132','obj'),
                  ('plans to impose restrictions','132','obj'),('will impose restrictions','132','obj'),('impose restrictions on its labour market','132','obj'),
                  ('will withdraw ~ from','1313','from'),('will not allow','1322','obj'),('not allow candidates','1322','obj'),('will ban','1322','obj')]:
    R(ph,'THREATEN',code,'subj',t)
# ---------------- PROTEST ----------------
for v,rest,code,t in [('demonstrate','against','141','against'),('demonstrate','in','141','in'),('demonstrate','outside','141','against'),('demonstrate','~ calling for','141','obj'),
                    ('demonstrate','~ demanding','141','obj'),('demonstrate','~ to demand','141','obj'),('rally','against','141','against'),('rally','in','141','in'),('rally','outside','141','against'),
                    ('march','in','141','in'),('march','against','141','against'),('march','through','141','in'),('march','on','141','against'),('march','to','141','to'),
                    ('protest','against','141','against'),('protest','outside','141','against'),('protest','in','141','in'),('stage','~ rallies','1411','against'),('stage','~ rally','1411','against'),
                    ('stage','~ protest','141','against'),('stage','~ protests','141','against'),('stage','~ demonstration','141','against'),('stage','~ demonstrations','141','against'),
                    ('stage','~ march','141','against'),('stage','~ sit in','141','against'),('stage','~ hunger strike','142','against'),('begin','~ hunger strike','142','against'),
                    ('continue','~ hunger strike','142','against'),('launch','~ hunger strike','142','against'),('start','~ hunger strike','142','against'),('go','on ~ strike','143','against'),
                    ('stage','~ strike','143','against'),('launch','~ strike','143','against'),('stop','work','143','against'),('block','~ roads','144','against'),('block','~ road','144','against'),
                    ('block','~ streets','144','against'),('block','~ bridge','144','against'),('block','~ highway','144','against'),('block','~ border crossing','144','against'),
                    ('block','~ trucks','144','against'),('block','~ lorries','144','against'),('block','transport','144','against'),('block','~ traffic','144','against'),
                    ('blockade','~ port','144','against'),('blockade','~ border','144','against'),('occupy','~ square','144','against'),('riot','','145','against'),
                    ('storm','~ embassy','145','against'),('boycott','','143','obj'),('collect','signatures','140','obj'),('gather','~ signatures','140','obj'),('picket','','141','against')]:
    V(v,rest,'PROTEST',code,'subj',t)
for ph,code,t in [('demonstrated','141','in'),('demonstrates','141','in'),('demonstrating','141','in'),('protesters','141','against'),('protestors','141','against'),('protesting','141','against'),
                  ('protested','141','against'),('rallied','141','against'),('rallies','1411','against'),('rally','141','against'),('marchers','141','against'),('marches','141','against'),
                  ('hunger strike','142','against'),('hunger striking','142','against'),('strike action','143','against'),('open ended strike','143','against'),('nationwide strike','143','against'),
                  ('blocked roads','144','against'),('blocked streets','144','against'),('blocked the bridge','144','against'),('blocked transport','144','against'),('sit ins','141','against'),
                  ('rioted','145','against'),('rioting','145','against'),('riots','145','against'),('unrest','145','against'),('leaflets','141','against'),('boycotts','143','obj'),
                  ('petition drive','140','obj'),('collecting signatures','140','obj'),('signature campaign','140','obj'),('demonstration calling for','141','obj')]:
    R(ph,'PROTEST',code,'subj',t)
# ---------------- SANCTION ----------------
for v,rest,code,t,ctx,mode in [('expel','~ diplomats','166','obj','diplomatic','expel'),('expel','~ diplomat','166','obj','diplomatic','expel'),('expel','~ ambassador','166','obj','diplomatic','expel'),
                    ('expel','~ envoy','166','obj','diplomatic','expel'),('expel','~ attache','166','obj','diplomatic','expel'),('recall','~ ambassador','161','from','diplomatic','expel'),
                    ('recall','~ envoy','161','from','diplomatic','expel'),('declare','~ persona non grata','166','obj','diplomatic','expel'),('force','~ out of','1663','obj','','expel'),
                    ('cut','~ aid','162','to','','discontinue'),('cut','~ development aid','162','to','economic','discontinue'),('cut','~ military aid','1622','to','military','discontinue'),
                    ('suspend','~ aid','162','to','','discontinue'),('halt','~ aid','162','to','','discontinue'),('freeze','~ aid','162','to','','discontinue'),('stop','~ aid','162','to','','discontinue'),
                    ('reduce','~ aid','162','to','','discontinue'),('withhold','~ aid','162','to','','discontinue'),('suspend','~ military aid','1622','to','military','discontinue'),
                    ('halt','~ economic aid','1621','to','economic','discontinue'),('suspend','~ economic aid','1621','to','economic','discontinue'),('halt','~ military aid','1622','to','military','discontinue'),
                    ('suspend','~ aid program','162','to','','discontinue'),('suspend','~ aid deliveries','1623','to','','discontinue'),('halt','~ aid deliveries','1623','to','','discontinue'),
                    ('reduce','~ food supplies','1623','to','','discontinue'),('cut','~ food aid','1623','to','','discontinue'),('prohibit','~ aid','162','to','','discontinue'),
                    ('suspend','~ trade','163','with','economic','discontinue'),('suspend','~ all trade','163','with','economic','discontinue'),('halt','~ trade','163','with','economic','discontinue'),
                    ('ban','~ imports','163','obj','economic','discontinue'),('ban','~ exports','163','obj','economic','discontinue'),('ban','~ trade','163','with','economic','discontinue'),
                    ('halt','~ imports','163','obj','economic','discontinue'),('halt','~ exports','163','obj','economic','discontinue'),('suspend','~ imports','163','obj','economic','discontinue'),
                    ('suspend','~ exports','163','obj','economic','discontinue'),('impose','~ tariffs','163','obj','economic','discontinue'),('impose','~ sanctions','163','obj','economic','discontinue'),
                    ('impose','~ embargo','163','obj','economic','discontinue'),('slap','~ sanctions','163','obj','economic','discontinue'),('slap','~ tariffs','163','obj','economic','discontinue'),
                    ('raise','~ tariffs','163','obj','economic','discontinue'),('sanction','','163','obj','economic','discontinue'),('embargo','','163','obj','economic','discontinue'),
                    ('freeze','~ assets','163','obj','economic','discontinue'),('blacklist','','163','obj','economic','discontinue'),
                    ('suspend','~ air links','160','with','','discontinue'),('suspend','~ flights','160','with','','discontinue'),('halt','~ flights','160','with','','discontinue'),
                    ('suspend','~ air traffic','160','with','','discontinue'),('close','~ airspace','160','with','','discontinue'),('close','~ border','160','with','','discontinue'),
                    ('close','~ borders','160','with','','discontinue'),('close','~ border crossing','160','with','','discontinue'),('close','~ crossings','160','with','','discontinue'),
                    ('close','~ crossing','160','with','','discontinue'),('shut','~ border','160','with','','discontinue'),('seal','~ border','160','with','','discontinue'),
                    ('suspend','~ visas','160','obj','','discontinue'),('deny','entry','1663','obj','','discontinue'),('ban','~ entry','1663','obj','','discontinue'),('bar','~ entry','1663','obj','','discontinue'),
                    ('cancel','~ visit','161','to','diplomatic','discontinue'),('cancel','~ planned visit','161','to','diplomatic','discontinue'),('postpone','~ visit','161','to','diplomatic','discontinue'),
                    ('call','off ~ visit','161','to','diplomatic','discontinue'),('cut','~ ties','161','with','diplomatic','withdraw'),('sever','~ ties','161','with','diplomatic','withdraw'),
                    ('sever','~ relations','161','with','diplomatic','withdraw'),('break','off ~ relations','161','with','diplomatic','withdraw'),('downgrade','~ relations','161','with','diplomatic','withdraw'),
                    ('end','~ mediation','165','obj','diplomatic','withdraw'),('halt','~ mediation','165','obj','diplomatic','withdraw'),('suspend','~ mediation','165','obj','diplomatic','withdraw'),
                    ('end','~ mediation efforts','165','obj','diplomatic','withdraw'),('withdraw','~ from mediation','165','obj','diplomatic','withdraw'),('ship','~ out of','1661','obj','','withdraw'),
                    ('pull','out ~ peacekeepers','1661','from','','withdraw'),('withdraw','~ peacekeepers','1661','from','','withdraw'),('suspend','~ talks','164','with','diplomatic','withdraw'),
                    ('break','off ~ talks','164','with','diplomatic','withdraw'),('suspend','~ cooperation','160','with','','discontinue'),('suspend','~ agreement','160','with','','discontinue'),
                    ('scrap','~ agreement','160','with','','discontinue'),('withdraw','~ from ~ agreement','160','with','','discontinue'),('withdraw','~ from ~ treaty','160','with','','discontinue')]:
    V(v,rest,'SANCTION',code,'subj',t,mode,ctx)
for ph,code,t,mode in [('suspension of','160','with','discontinue'),('suspension of air links','160','with','discontinue'),('suspension of trade','163','with','discontinue'),
                  ('halt to','160','with','discontinue'),('expelled','166','obj','expel'),('expels','166','obj','expel'),('expelling','166','obj','expel'),('recalled','161','from','expel'),
                  ('severed','161','with','withdraw'),('cut off','160','with','discontinue'),('trade ban','163','obj','discontinue'),('tariffs on','163','obj','discontinue'),
                  ('border closure','160','with','discontinue'),('closed the border','160','with','discontinue'),('closure of the border','160','with','discontinue'),
                  ('denied entry','1663','obj','discontinue'),('deny entry','1663','obj','discontinue'),('entry ban','1663','obj','discontinue'),('plate ban','160','obj','discontinue')]:
    R(ph,'SANCTION',code,'subj',t,mode)
# ---------------- MOBILIZE ----------------
for v,rest,code,t,mode in [('send','~ troops','154','to',''),('send','~ troops to','154','to',''),('send','~ soldiers','154','to',''),('send','~ warships','154','to',''),('send','~ warship','154','to',''),
                    ('send','~ destroyers','154','to',''),('send','~ destroyer','154','to',''),('send','~ aircraft','154','to',''),('send','~ military aircraft','154','to',''),
                    ('send','~ warplanes','154','to',''),('send','~ fighter jets','154','to',''),('send','~ jets','154','to',''),('send','~ bombers','154','to',''),('send','~ drones','154','to',''),
                    ('send','~ ships','154','to',''),('send','~ naval vessels','154','to',''),('send','~ carrier','154','to',''),('send','~ submarine','154','to',''),('send','~ forces','154','to',''),
                    ('dispatch','~ troops','154','to',''),('dispatch','~ warships','154','to',''),('dispatch','~ aircraft','154','to',''),('deploy','~ troops','154','to',''),
                    ('deploy','~ warships','154','to',''),('deploy','~ aircraft','154','to',''),('deploy','~ missiles','152','to',''),('deploy','~ forces','154','to',''),
                    ('deploy','~ soldiers','154','to',''),('move','~ troops','154','to',''),('move','~ tanks','154','to',''),('move','~ artillery','154','to',''),('move','~ forces','154','to',''),
                    ('move','~ missiles','154','to',''),('move','~ warships','154','to',''),('mass','~ troops','154','to',''),('mass','~ forces','154','to',''),('mass','~ tanks','154','to',''),
                    ('station','~ troops','154','to',''),('reinforce','~ troops','154','to',''),('strengthen','~ forces','154','to',''),('strengthen','~ forces in','154','in',''),
                    ('bolster','~ forces','154','to',''),('beef','up ~ forces','154','to',''),('build','up ~ forces','154','to',''),('fly','~ aircraft','150','to',''),
                    ('fly','~ bombers','150','to',''),('fly','~ jets','150','to',''),('sail','~ warships','150','to',''),('sail','~ through','150','obj',''),
                    ('fire','~ missile','150','to',''),('fire','~ missiles','150','to',''),('fire','~ ballistic missile','150','to',''),('fire','~ ballistic missiles','150','to',''),
                    ('fire','~ rockets into the sea','150','to',''),('launch','~ missile','150','to',''),('launch','~ missiles','150','to',''),('launch','~ ballistic missile','150','to',''),
                    ('launch','~ ballistic missiles','150','to',''),('launch','~ rocket','150','to',''),('launch','~ satellite','150','to',''),('test','~ missile','150','to',''),
                    ('test','~ missiles','150','to',''),('test fire','','150','to',''),('test fire','~ missile','150','to',''),('test fire','~ missiles','150','to',''),
                    
                    
                    
                    
                    
                    ('put','~ on alert','152','none',''),('place','~ on alert','152','none',''),('put','~ on high alert','152','none',''),('remain','on alert','152','none',''),
                    ('order','~ patrols','153','none',''),('prepare','~ to resume shelling','150','obj',''),('prepare','~ offensive','150','against',''),('prepare','~ to attack','150','obj',''),
                    ('train','~ hackers','155','against','cyber'),('recruit','~ hackers','155','against','cyber'),('build','up ~ military','150','against',''),('mobilize','~ troops','154','to',''),
                    ('mobilise','~ troops','154','to',''),('mobilize','~ reservists','154','to',''),('mobilise','~ reservists','154','to','')]:
    V(v,rest,'MOBILIZE',code,'subj',t,mode,'military' if mode!='cyber' else 'cyber')
for ph,code,t in [('toward','154','to'),('towards','154','to'),('military movements','154','to'),('troop movements near','154','to'),('military activity','150','against'),
                  ('military activities','150','against'),('remained on alert','152','none'),('on alert','152','none'),('state of alert','152','none'),('ordered patrols','153','none'),
                  ('military buildup near','154','to'),('buildup near','154','to'),('troops near','154','to'),('troops along','154','to'),('troops on the border','154','to'),
                  ('troops at the border','154','to'),('near the border','154','to'),('launched a missile','150','none'),('fired a missile','150','none'),('missile launch','150','none'),
                  ('computer hackers','155','against'),('cyber warfare','155','against'),('cyber army','155','against')]:
    R(ph,'MOBILIZE',code,'subj',t,'','military')
# ---------------- COERCE ----------------
for v,rest,code,t,ctx in [('arrest','','173','obj','legal'),('detain','','173','obj','legal'),('jail','','173','obj','legal'),('imprison','','173','obj','legal'),('deport','','174','obj','legal'),
                    ('abduct','','181','obj',''),('kidnap','','181','obj',''),('seize','','171','obj',''),('confiscate','','1711','obj',''),('impound','','1711','obj',''),
                    ('capture','','171','obj',''),('hijack','','171','obj',''),('board','~ tanker','171','obj',''),('board','~ ship','171','obj',''),('board','~ vessel','171','obj',''),
                    ('intercept','~ ship','171','obj',''),('intercept','~ vessel','171','obj',''),('intercept','~ tanker','171','obj',''),('demolish','','1712','obj',''),('bulldoze','','1712','obj',''),
                    ('raze','','1712','obj',''),('blow','up ~ lines','1712','obj',''),('blow','up ~ pipeline','1712','obj',''),('blow','up ~ bridge','1712','obj',''),('set','fire to','1712','obj',''),
                    ('torch','','1712','obj',''),('sabotage','','1712','obj',''),('ban','~ from','172','obj',''),('bar','~ from','172','obj',''),('prevent','~ demonstration','172','obj',''),
                    ('prevent','~ protest','172','obj',''),('prevent','~ rally','172','obj',''),('disperse','~ demonstrators','175','obj',''),('disperse','~ protesters','175','obj',''),
                    ('crack','down on','170','obj',''),('suppress','','170','obj',''),('repress','','170','obj',''),('censor','','1721','obj',''),('ban','~ newspaper','1721','obj',''),
                    ('order','~ to suspend publication','1721','obj',''),('shut','down ~ newspaper','1721','obj',''),('close','~ newspaper','1721','obj',''),('impose','~ curfew','1723','obj',''),
                    ('impose','~ martial law','1724','obj',''),('declare','~ state of emergency','1724','obj',''),('impose','~ blockade','191','obj',''),('reimpose','~ blockade','191','obj',''),
                    ('reimpose','~ blockades','191','obj',''),('blockade','','191','obj',''),('block','~ resupply','191','obj',''),('block','~ resupply mission','191','obj',''),
                    ('block','~ supply','191','obj',''),('occupy','','192','obj',''),('annex','','192','obj',''),('hack','','1712','obj','cyber'),('breach','~ servers','1712','obj','cyber'),
                    ('breach','~ email servers','1712','obj','cyber'),('hack','into','1712','obj','cyber'),('hold','~ as human shields','184','obj',''),('use','~ as human shields','184','obj',''),
                    ('take','~ hostage','181','obj',''),('force','out','201','obj',''),('expel','~ refugees','201','obj',''),('drive','out','201','obj',''),('evict','','201','obj','')]:
    V(v,rest,'COERCE',code,'subj',t,'',ctx)
P('expel','','SANCTION','166')
for v in ['arrest','detain','seize','capture','kidnap','abduct','deport','jail','imprison','hijack','confiscate']:
    P(v,'','COERCE',{'arrest':'173','detain':'173','jail':'173','imprison':'173','deport':'174','kidnap':'181','abduct':'181','confiscate':'1711','expel':'174'}.get(v,'171'))
for ph,code,t in [('cyberattack','1712','against'),('cyber attack','1712','against'),('cyberattacks','1712','against'),('cyber attacks','1712','against'),('hacking','1712','against'),
                  ('hackers','1712','against'),('ransomware attack','1712','against'),('blockades','191','obj'),('arrests','173','obj'),('detention of','173','obj'),
                  ('arrested','173','obj'),('detained','173','obj'),('jailed','173','obj'),('deported','174','obj'),('deportation of','174','obj'),('seized','171','obj'),
                  ('confiscated','1711','obj'),('human shields','184','obj'),('hostage taking','181','obj'),('took hostage','181','obj'),('taken hostage','181','obj')]:
    R(ph,'COERCE',code,'subj',t)
# ---------------- ASSAULT ----------------
for v,rest,code,t in [('attack','','190','obj'),('strike','','190','obj'),('bomb','','195','obj'),('shell','','194','obj'),('hit','','190','obj'),('raid','','190','obj'),('invade','','192','obj'),
                    ('ambush','','190','obj'),('storm','','190','obj'),('overrun','','192','obj'),('pound','','194','obj'),('bombard','','194','obj'),('shoot','down','190','obj'),
                    ('fire','on','190','obj'),('fire','at','190','obj'),('fire','~ missiles at','195','obj'),('fire','~ rockets at','194','obj'),('fire','~ rockets into','194','obj'),
                    ('fire','~ missiles into','195','obj'),('fire','~ shells at','194','obj'),('fire','~ artillery at','194','obj'),('open','fire on','190','obj'),('open','fire at','190','obj'),
                    ('open','fire','190','obj'),('launch','~ attack on','190','obj'),('launch','~ attacks on','190','obj'),('launch','~ strikes on','195','obj'),('launch','~ airstrikes on','195','obj'),
                    ('launch','~ air strikes on','195','obj'),('launch','~ strike on','195','obj'),('launch','~ offensive','190','against'),('launch','~ drone attack','195','obj'),
                    ('launch','~ missile attack','195','obj'),('carry','out ~ strikes','195','against'),('carry','out ~ strike','195','against'),('carry','out ~ air strikes','195','against'),
                    ('carry','out ~ airstrikes','195','against'),('carry','out ~ attack','190','against'),('carry','out ~ attacks','190','against'),
                    ('mount','~ attack','190','against'),('mount','~ invasion','192','obj'),('mount','~ offensive','190','against'),
                    ('kill','','190','obj'),('massacre','','202','obj'),('execute','','186','obj'),('assassinate','','186','obj'),('torture','','1822','obj'),('abuse','','182','obj'),
                    ('clash','with','190','with'),('fight','','190','obj'),('fight','with','190','with'),('battle','','190','obj'),('retaliate','against','190','against'),
                    ('strike','back','190','obj'),('hit','back','190','obj'),('target','','190','obj'),('blow','themselves up','1831','in'),('blow','himself up','1831','in'),
                    ('detonate','','183','in'),('explode','~ bombs','183','in'),('drop','~ bombs on','195','obj'),('shoot','','190','obj'),('bomb','~ target','195','obj')]:
    V(v,rest,'ASSAULT',code,'subj',t,'','military')
for v in ['attack','strike','bomb','shell','hit','raid','invade','ambush','target','kill','shoot','shoot down','assassinate','torture']:
    P(v.split()[0],' '.join(v.split()[1:]),'ASSAULT','190')
for ph,code,t in [('air strike','195','against'),('air strikes','195','against'),('airstrike','195','against'),('airstrikes','195','against'),('drone strike','195','against'),
                  ('drone strikes','195','against'),('drone attack','195','against'),('drone attacks','195','against'),('missile strike','195','against'),('missile strikes','195','against'),
                  ('missile attack','195','against'),('missile attacks','195','against'),('predator attacks','195','against'),('rocket attack','194','against'),('rocket attacks','194','against'),
                  ('artillery fire','194','against'),('shelling','194','against'),('mortar fire','194','against'),('gunfire','190','against'),('cross border fire','190','against'),
                  ('exchanged fire','190','with'),('exchange of fire','190','with'),('firefight','190','with'),('clashes','190','with'),('clashed','190','with'),('fighting','190','with'),
                  ('suicide bombing','1831','in'),('suicide bombers','1831','in'),('suicide bomber','1831','in'),('car bombing','183','in'),('car bomb','183','in'),('bombing','195','against'),
                  ('bombings','195','against'),('terrorist attack','180','against'),('terror attack','180','against'),('gunmen','180','against'),('assassination','186','obj'),
                  ('attempt to assassinate','185','obj'),('assassination attempt','185','obj'),('invasion','192','obj'),('invasion of','192','obj'),('incursion into','192','in'),
                  ('ground offensive','190','against'),('offensive against','190','against'),('counteroffensive','190','against'),('sexually abused','1821','obj'),('abused','182','obj'),
                  ('tortured','1822','obj'),('killed','190','obj'),('strikes on','195','obj'),('strikes against','195','against'),('attacks on','190','obj'),('attack on','190','obj'),
                  ('attacks against','190','against'),('bombed','195','obj'),('shelled','194','obj'),('struck','190','obj'),('hit','190','obj'),('pounded','194','obj'),
                  ('captured part of','192','obj'),('seized control of','192','obj'),('took control of','192','obj'),('violating the ceasefire','196','obj'),('violated the ceasefire','196','obj'),
                  ('ceasefire violations','196','obj'),('violations of the ceasefire','196','obj'),('breached the ceasefire','196','obj'),('broke the ceasefire','196','obj'),
                  ('mass killing','202','obj'),('mass killings','202','obj'),('ethnic cleansing','203','obj'),('massacre of','202','obj')]:
    R(ph,'ASSAULT',code,'subj',t,'','military')
# ---------------- blockers: phrases whose words would read as a trigger ----------------
for ph in ['prisoners of war','prisoner of war','war crimes court','war crimes tribunal','peace talks','battle zones','battle zone','civil war','war of independence',
           'world war','cold war','war on terror','war against terrorism','war against terror','trade war','riot police','strike force','strike group','striking distance',
           'hunger for','aid workers','aid agencies','aid agency','relief agency','relief operation','refugee camp','refugee agency','security council','defence minister',
           'defense minister','defence secretary','defense secretary','foreign minister','attack helicopter','attack helicopters','fighter jet','military intelligence',
           'intelligence service','intelligence services','peacekeeping force','peacekeeping forces','peace keeping force','human rights group','human rights organization',
           'human rights organisation','human rights watchdog','human rights activist']:
    if ph.lower() not in existing:
        existing.add(ph.lower()); rows.append('\t'.join([ph,'trigger','','','','','','','blocker: no event (words inside would read as a trigger)']))
