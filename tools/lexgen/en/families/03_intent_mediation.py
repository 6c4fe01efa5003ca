for ph in ['plans to','planned to','planning to','plan to','intends to','intended to','intending to','resolved to']:
    R(ph,'AGREE','030','subj','obj',note=ph+' (intent)')
R('mediation mission','CONSULT','045','subj','obj','third-party','diplomatic',note='mediation mission (between)')
R('mediation missions','CONSULT','045','subj','obj','third-party','diplomatic',note='mediation missions')
R('peace mission','CONSULT','045','subj','obj','third-party','diplomatic',note='peace mission')
R('peace envoy','CONSULT','045','subj','obj','third-party','diplomatic',note='peace envoy')
# REQUEST: `X said that Y must ...`: the one who speaks asks, the one who must is asked
for m,code in [('must','100'),('must not','100'),('has to','100'),('have to','100')]:
    R('that ~ '+m,'REQUEST',code,'subj','obj',note=f'(said) that Y {m}: source = the speaker, target = Y (in the gap)')
