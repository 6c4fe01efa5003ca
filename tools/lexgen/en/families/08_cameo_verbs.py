# further verbs from the CAMEO verb families (PETRARCH2 CAMEO.2.0 verb classes: which verb means which code)
for v,typ,code,t in [('acclaim','SUPPORT','051','obj'),('extol','SUPPORT','051','obj'),('felicitate','SUPPORT','051','obj'),('honour','SUPPORT','051','obj'),('honor','SUPPORT','051','obj'),
                     ('reassure','SUPPORT','051','obj'),('legitimise','SUPPORT','051','obj'),('legitimize','SUPPORT','051','obj'),
                     ('acquiesce','CONCEDE','080','obj'),('succumb','CONCEDE','080','obj'),('capitulate','CONCEDE','080','obj'),('relent','CONCEDE','080','obj'),
                     ('refute','REJECT','120','obj'),('rebut','REJECT','120','obj'),('obstruct','REJECT','120','obj'),('stonewall','REJECT','120','obj'),
                     ('deride','ACCUSE','111','obj'),('scorn','ACCUSE','111','obj'),('pillory','ACCUSE','111','obj'),('impugn','ACCUSE','111','obj'),('malign','ACCUSE','111','obj'),
                     ('vilify','ACCUSE','111','obj'),('demonize','ACCUSE','111','obj'),('demonise','ACCUSE','111','obj'),('lament','ACCUSE','110','obj'),('bemoan','ACCUSE','110','obj'),
                     ('muster','MOBILIZE','150','to'),('overfly','MOBILIZE','150','obj'),('commandeer','COERCE','171','obj'),('rearrest','COERCE','173','obj'),('re arrest','COERCE','173','obj'),
                     ('banish','COERCE','174','obj'),('exile','COERCE','174','obj'),('incarcerate','COERCE','173','obj'),('persecute','COERCE','175','obj'),
                     ('annihilate','ASSAULT','190','obj'),('decimate','ASSAULT','190','obj'),('obliterate','ASSAULT','190','obj'),('slaughter','ASSAULT','202','obj'),
                     ('slay','ASSAULT','190','obj'),('repel','ASSAULT','190','obj'),('repulse','ASSAULT','190','obj'),('plunder','ASSAULT','190','obj'),('pillage','ASSAULT','190','obj'),
                     ('devastate','ASSAULT','190','obj'),('raze','ASSAULT','190','obj'),('decapitate','ASSAULT','186','obj'),('behead','ASSAULT','186','obj'),('lynch','ASSAULT','186','obj')]:
    V(v,'',typ,code,'subj',t,'','military' if typ in ('ASSAULT','MOBILIZE') else '')
for ph,typ,code,t in [('disagreed with','ACCUSE','110','with'),('disagrees with','ACCUSE','110','with'),
                      ('marshalled forces','MOBILIZE','154','to'),('marshaled forces','MOBILIZE','154','to'),('mustered troops','MOBILIZE','154','to'),('overflew','MOBILIZE','150','obj'),
                      ('overflights','MOBILIZE','150','obj'),('overflight','MOBILIZE','150','obj')]:
    R(ph,typ,code,'subj',t)
for v,rest in [('shun','work'),('stay','away from work'),('down','tools'),('walk','off the job'),('stage','~ walkout'),('stage','~ general strike'),('call','~ general strike')]:
    V(v,rest,'PROTEST','143','subj','against')
for v in ['ban','bar','block','halt','suspend']:
    for n in ['vehicles','cars','trucks','lorries','ships','vessels','planes','aircraft','airlines','flights','goods','products','shipments']:
        V(v,'~ '+n,'SANCTION','160','subj','obj','discontinue','economic',note=f'{v} ... {n} (of or from a country)')
for v in ['suspend','freeze','scrap','withdraw from','pull out of','exit','abrogate','annul']:
    for n in ['treaty','accord','accords','agreements','pact']:
        V(v.split()[0],(' '.join(v.split()[1:])+' ~ '+n).strip(),'SANCTION','160','subj','with','withdraw','diplomatic',note=f'{v} ... {n}')
for ph in ['fighting between','fighting with','fighting erupted','fighting broke out','fighting flared','renewed fighting','intense fighting','deadly fighting','border fighting','fighting along the border','fighting on the border']:
    R(ph,'ASSAULT','190','subj','with','','military',note=ph+' (bare `fighting` is mostly background)')
# an adverb between `to` and the verb (`vowed to one day seize it`, `threatened to forcibly annex`)
for v in ['vow','threaten','swear']:
    for act,code in [('seize','1382'),('take','1382'),('take back','1382'),('annex','1382'),('invade','1382'),('reunify','1382'),('occupy','1382'),('attack','1384'),('strike','1384'),
                     ('destroy','138'),('crush','137'),('retaliate','138'),('punish','138'),('respond','138'),('avenge','138'),('wipe out','138'),('eliminate','138')]:
        if v=='swear' and act not in ('destroy','avenge','retaliate','crush','take back'): continue
        V(v,'to ~ '+act,'THREATEN',code,'subj','obj','','military',note=f'{v} to (adverb) {act}')
# a state that protests another state's act: a diplomatic protest (ACCUSE 114); `to protest` (civil action) keeps PROTEST
for n in ['deployment','move','decision','actions','action','presence','incursion','incursions','violation','violations','detention','arrest','treatment','construction',
          'activities','statement','remarks','comments','survey','drilling','exercises','drills','patrols','intrusion','seizure','expulsion','ban','claims','plan','plans']:
    for f in ['protested','protests','protesting']:
        R(f+' ~ '+n,'ACCUSE','114','subj','obj',note=f'a state protested another state\'s {n}')
for n in ['joint border patrol','joint border patrols','joint maritime patrol','joint maritime patrols','joint coast guard patrol','joint coast guard patrols','coordinated patrol','coordinated patrols','joint search and rescue exercise']:
    R(n,'COOPERATE','062','subj','with','','military',note=n)
    for v in ['held','conducted','carried out','launched','staged']:
        R(v+' ~ '+n,'COOPERATE','062','subj','with','','military',note=v+' '+n)
