for v in ['order','tell','give']:
    for obj in ['ambassador to leave','envoy to leave','diplomat to leave','diplomats to leave','attache to leave','to leave the country','hours to leave','days to leave']:
        V(v,'~ '+obj,'SANCTION','166','subj','obj','expel','diplomatic',note=f'{v} ... {obj}: expulsion')
for n in ['warplanes','aircraft','military aircraft','jets','fighter jets','bombers','drones','warships','ships','vessels','naval vessels','coast guard ships','balloons','troops','tanks']:
    for p in ['into','around','off the coast of','across']:
        R(f'{n} {p}','MOBILIZE','150','subj','to','','military',note=f'{n} {p} X: a move aimed at X')
for v,rest in [('sail','into'),('fly','into'),('sail','close to'),('fly','close to'),('enter','~ territorial waters'),('enter','~ air defence zone'),('enter','~ air defense zone'),('enter','~ contiguous zone'),('intrude','into ~ waters'),('intrude','into ~ airspace')]:
    V(v,rest,'MOBILIZE','150','subj','to','','military')
for ph in ['prepared to intensify','ready to intensify','will intensify','would intensify','vowed to intensify','prepared to escalate','ready to escalate','will escalate']:
    R(ph,'THREATEN','138','subj','obj','','military',note=ph+' (a conditional escalation is a threat)')
