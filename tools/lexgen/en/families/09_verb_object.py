# systematic families (verb x object), each a general CAMEO fact
for v in ['cut','reduce','slash','halt','suspend','stop','freeze','withhold','prohibit','ban','block','end','scale back','cut back']:
    for n,code,ctx in [('aid','162',''),('assistance','162',''),('aid deliveries','1623','humanitarian'),('food aid','1623','humanitarian'),('food supplies','1623','humanitarian'),
                       ('relief supplies','1623','humanitarian'),('humanitarian aid','1623','humanitarian'),('military aid','1622','military'),('military assistance','1622','military'),
                       ('arms supplies','1622','military'),('economic aid','1621','economic'),('financial aid','1621','economic'),('funding','1621','economic'),('grants','1621','economic'),
                       ('loans','1621','economic'),('budget support','1621','economic'),('development aid','1621','economic')]:
        parts=v.split(); verb=parts[0]; rest=' '.join(parts[1:])
        V(verb,(rest+' ~ '+n).strip(),'SANCTION',code,'subj','to','discontinue',ctx,note=f'{v} ... {n}')
for v in ['lift','ease','relax','cancel','scrap','remove','loosen','end','drop','rescind','revoke']:
    for n,code in [('restrictions','081'),('curbs','081'),('limits','081'),('emergency measures','0814'),('emergency rule','0814'),('state of emergency','0814'),('martial law','0814'),('curfew','0813'),('curfews','0813')]:
        V(v,'~ '+n,'CONCEDE',code,'subj','obj','','',note=f'{v} ... {n} (on people and organisations; trade bans are RETREAT)')
for v in ['capture','seize','take']:
    for n in ['part of','parts of','large parts of','much of']:
        if v=='seize' and n=='part of': pass
        V(v,n,'ASSAULT','192','subj','obj','','military',note=f'{v} {n} (territory)',which='past')
for v in ['share']:
    for n in ['expertise','know how','technology','experience','best practices','intelligence']:
        V(v,'~ '+n+' with','COOPERATE','060' if n!='intelligence' else '064','subj','with',note=f'share ... {n} with')
for v in ['receive','admit','accept','allow','welcome']:
    for n in ['observers','monitors','observer mission','monitoring mission','mission of observers','inspectors','inspection team','fact finding mission','election observers']:
        V(v,'~ '+n,'RETREAT','0862','subj','obj','','',note=f'{v} ... {n} (international monitoring let in)')
for v in ['blow','blew']:
    pass
for n in ['pipeline','gas pipeline','bridge','power lines','power line','railway','rail line','railway line','dam','pylons','electricity pylons']:
    V('blow','up ~ '+n,'ASSAULT','1712','subj','obj','','',note=f'blow up ... {n} (destroy property)')
for v in ['swear']:
    for act,code in [('to fight','1382'),('to retaliate','138'),('to avenge','138'),('to destroy','138'),('to crush','137'),('revenge','138'),('to take back','1382'),('to continue fighting','1382')]:
        V(v,'~ '+act,'THREATEN',code,'subj','obj','','military',note=f'swear ... {act} (as vow)')
