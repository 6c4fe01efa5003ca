# governing verb + its act in one trigger, so the act is not coded as a second event
# (`threatened on Monday to break off relations`: THREATEN, not SANCTION)
ACTS=[ # act phrase, threaten code, agree code, reject code, request code
 ('impose sanctions','1312','0354','1244','0254'),('impose new sanctions','1312','030','120','020'),('impose tariffs','1312','030','120','020'),
 ('impose import restrictions','1312','030','120','020'),('impose restrictions','132','030','120','020'),('impose an embargo','1312','030','120','020'),
 ('slap tariffs','1312','030','120','020'),('raise tariffs','1312','030','120','020'),('ban imports','1312','030','120','020'),('halt imports','1312','030','120','020'),
 ('suspend trade','1312','030','120','020'),('halt trade','1312','030','120','020'),('cut off trade','1312','030','120','020'),('cut off gas','1312','030','120','020'),
 ('cut ties','1313','030','120','020'),('sever ties','1313','030','120','020'),('sever relations','1313','030','120','020'),('sever diplomatic relations','1313','030','120','020'),
 ('break relations','1313','030','120','020'),('break off relations','1313','030','120','020'),('break off diplomatic relations','1313','030','120','020'),
 ('downgrade relations','1313','030','120','020'),('downgrade ties','1313','030','120','020'),('recall its ambassador','1313','030','120','020'),
 ('expel diplomats','136','030','120','020'),('expel the ambassador','136','030','120','020'),('close the border','1381','030','120','020'),('close its border','1381','030','120','020'),
 ('close the embassy','1313','030','120','020'),('close its embassy','1313','030','120','020'),('close its airspace','1312','030','120','020'),
 ('cut aid','1311','030','120','020'),('cut off aid','1311','030','120','020'),('suspend aid','1311','030','120','020'),('halt aid','1311','030','120','020'),
 ('withdraw troops','1313','0356','1246','0256'),('withdraw its troops','1313','0356','1246','0256'),('pull out troops','1313','0356','1246','0256'),
 ('send troops','138','0332','1224','0234'),('deploy troops','138','0332','1224','0234'),('send peacekeepers','138','0334','1224','0234'),
 ('launch strikes','1384','030','120','020'),('launch attacks','1384','030','120','020'),('attack','1384','030','120','020'),('invade','1382','030','120','020'),
 ('use force','138','030','120','020'),('use nuclear weapons','1385','030','120','020'),('retaliate','138','030','120','020'),('respond militarily','138','030','120','020'),
 ('release prisoners','1313','0353','1243','0253'),('release the hostages','1313','0353','1243','0253'),('free prisoners','1313','0353','1243','0253'),
 ('lift sanctions','1313','0354','1244','0254'),('ease sanctions','1313','0354','1244','0254'),('lift the embargo','1313','0354','1244','0254'),
 ('hold talks','134','036','125','026'),('resume talks','134','036','125','026'),('negotiate','134','036','125','026'),('meet','134','036','125','026'),
 ('sign the agreement','1313','030','127','020'),('sign the deal','1313','030','127','020'),('ratify the treaty','1313','030','127','020'),
 ('withdraw from the treaty','1313','030','120','020'),('withdraw from the agreement','1313','030','120','020'),('pull out of the deal','1313','030','120','020'),
 ('boycott the talks','134','030','125','020'),('boycott the summit','134','030','125','020'),('boycott the elections','1431','030','120','020'),
 ('extradite','1313','0313','1213','1013'),('hand over','1313','0313','1213','1013'),('provide aid','1311','033','122','023'),('send aid','1311','033','122','023'),
 ('supply weapons','1311','0332','1222','0232'),('send weapons','1311','0332','1222','0232'),('allow inspectors','1313','0355','1245','0255'),('allow aid','1313','0355','1245','0255'),
 ('expel','136','030','120','020'),('deport','136','030','120','020'),('arrest','132','030','120','020'),('seize','1382','030','120','020'),('blockade','1381','030','120','020'),
]
GOV=[('threaten','THREATEN',1),('vow','THREATEN',1),('agree','AGREE',2),('pledge','AGREE',2),('promise','AGREE',2),('offer','AGREE',2),('refuse','REJECT',3),('decline','REJECT',3),('urge','REQUEST',4),('call','REQUEST',4),('ask','REQUEST',4),('press','REQUEST',4)]
for gv,typ,ix in GOV:
    for a in ACTS:
        code=a[ix]
        if gv=='vow' and a[1][:2]!='13': continue
        if typ=='THREATEN' and code=='': continue
        mid={'call':'on ~ to','urge':'~ to','ask':'~ to','press':'~ to'}.get(gv,'~ to')
        if gv=='vow' and a[0] in ('release prisoners','lift sanctions','ease sanctions','lift the embargo','hold talks','resume talks','negotiate','meet','sign the agreement','sign the deal','ratify the treaty','release the hostages','free prisoners','extradite','hand over','provide aid','send aid','supply weapons','send weapons','allow inspectors','allow aid'): continue
        V(gv,f'{mid} {a[0]}',typ,code,'subj','obj',note=f'{gv} ... to {a[0]}: the act is the content of the {typ.lower()}',which='past' if gv in ('offer','press') else 'all')
