"""Implementation-guide DSL and the loops 837P and 837I share (header, 2000A/B/C, 2320/2330, 2430).

seg(tag, usage, max, elements): elements are "pos[R][=code,code]" tokens; "pos(...)" is a composite.
loop(code, standard loop, usage, max, title, children, discriminator).
"""
import re
# implementation DSL
# seg(type, usage 'R'|'S', max, els, disc=None, code=None, title=None)
# els: tokens "pos[R][=c1,c2]" or composite "pos[R](tok tok)" ; None = unchanged from standard
def seg(t, u='S', mx=1, els=None, disc=None, code=None, title=None):
    return ('seg', t, 1 if u == 'R' else 0, mx, els, disc, code, title)
def loop(code, typ, u, mx, title, kids, disc=None):
    return ('loop', code, typ, 1 if u == 'R' else 0, mx, title, kids, disc)

TOK = re.compile(r'(\d+)(R?)(?:=([^\s()]+))?(?:\(([^)]*)\))?')
def parse(els):
    out = []
    for m in TOK.finditer(els):
        pos, req, codes, comp = m.groups()
        out.append((int(pos), req == 'R', codes.split(',') if codes else None, parse(comp) if comp is not None else None))
    return out

N3 = lambda u='R': seg('N3', u, 1, '1R 2')
N4 = lambda u='R': seg('N4', u, 1, '1R 2 3 4 7')
def nm1(code, title, q, ent='1,2', extra='3R 4 5 7 8=XX 9', u='R', mx=1, kids=()):
    return loop(code, 'L_NM1_', u, mx, title, [seg('NM1', 'R', 1, f'1R={q} 2R={ent} {extra}')] + list(kids), disc='1')
def ref(codes, u='S', mx=1, title=None):
    return seg('REF', u, mx, f'1R={codes} 2R', disc='1', title=title)
PROV_IDS = '0B,1G,G2,LU'
CAS = seg('CAS', 'S', 5, '1R=CO,CR,OA,PI,PR 2R 3R 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19')
FILING = '11,12,13,14,15,16,17,AM,BL,CH,CI,DS,FI,HM,LM,MA,MB,MC,OF,TV,VA,WC,ZZ'
RESP = 'A,B,C,D,E,F,G,H,P,S,T,U'
PROC_Q = 'ER,HC,HP,IV,WK'

def header(dtp_claim):
    return [
     seg('BHT', 'R', 1, '1R=0019 2R=00,18 3R 4R 5R 6R=31,CH,RP'),
     loop('1000A', 'L1000', 'R', 1, 'Submitter Name', [
        seg('NM1', 'R', 1, '1R=41 2R=1,2 3R 4 5 8R=46 9R'),
        seg('PER', 'R', 2, '1R=IC 2 3R=EM,FX,TE 4R 5=EM,EX,FX,TE 6 7=EM,EX,FX,TE 8')], disc='1'),
     loop('1000B', 'L1000', 'R', 1, 'Receiver Name', [seg('NM1', 'R', 1, '1R=40 2R=2 3R 8R=46 9R')], disc='1'),
    ]

def billing(extra_prv=True):
    return loop('2000A', 'L2000', 'R', 99999, 'Billing Provider Hierarchical Level', [
        seg('HL', 'R', 1, '1R 3R=20 4R=1'),
        seg('PRV', 'S', 1, '1R=BI 2R=PXC 3R'),
        seg('CUR', 'S', 1),
        nm1('2010AA', 'Billing Provider Name', '85', extra='3R 4 5 7 8R=XX 9R', kids=[
            N3(), N4(),
            ref('EI,SY', 'R', 1, 'Billing Provider Tax Identification'),
            ref('0B,1G', 'S', 2, 'Billing Provider UPIN/License Information'),
            seg('PER', 'S', 2, '1R=IC 2 3R=EM,FX,TE 4R 5=EM,EX,FX,TE 6 7=EM,EX,FX,TE 8')]),
        nm1('2010AB', 'Pay-to Address Name', '87', extra='', u='S', kids=[N3(), N4()]),
        nm1('2010AC', 'Pay-To Plan Name', 'PE', ent='2', extra='3R 8R=PI,XV 9R', u='S', kids=[
            N3(), N4(), ref('2U,FY,NF', 'S', 1), ref('EI', 'R', 1)]),
    ], disc='3')

def subscriber(claim):
    return loop('2000B', 'L2000', 'R', 99999, 'Subscriber Hierarchical Level', [
        seg('HL', 'R', 1, '1R 2R 3R=22 4R=0,1'),
        seg('SBR', 'R', 1, f'1R={RESP} 2=18 3 4 5=12,13,14,15,16,41,42,43,47 9={FILING}'),
        seg('PAT', 'S', 1, '5=D8 6 7=01 8 9=Y'),
        nm1('2010BA', 'Subscriber Name', 'IL', extra='3R 4 5 7 8=II,MI 9', kids=[
            N3('S'), N4('S'), seg('DMG', 'S', 1, '1R=D8 2R 3R=F,M,U'),
            ref('SY', 'S', 1, 'Subscriber Secondary Identification'), ref('Y4', 'S', 1, 'Property and Casualty Claim Number'),
            seg('PER', 'S', 1, '1R=IC 2 3R=TE 4R 5=EX 6')]),
        nm1('2010BB', 'Payer Name', 'PR', ent='2', extra='3R 8R=PI,XV 9R', kids=[
            N3('S'), N4('S'), ref('2U,EI,FY,NF', 'S', 3, 'Payer Secondary Identification'),
            ref('G2,LU', 'S', 2, 'Billing Provider Secondary Identification')]),
        claim(),
    ], disc='3')

def patient(claim):
    return loop('2000C', 'L2000', 'S', 99999, 'Patient Hierarchical Level', [
        seg('HL', 'R', 1, '1R 2R 3R=23 4R=0'),
        seg('PAT', 'R', 1, '1R=01,19,20,21,39,40,53,G8 5=D8 6 7=01 8 9=Y'),
        nm1('2010CA', 'Patient Name', 'QC', ent='1', extra='3R 4 5 7', kids=[
            N3(), N4(), seg('DMG', 'R', 1, '1R=D8 2R 3R=F,M,U'),
            ref('Y4,1W,SY', 'S', 1, 'Property and Casualty Claim Number / Patient Identifier'),
            seg('PER', 'S', 1, '1R=IC 2 3R=TE 4R 5=EX 6')]),
        claim(),
    ], disc='3')

def other_subscriber(amt, moa):
    provs = [('2330C', 'Other Payer Referring Provider', 'DN,P3'), ('2330D', 'Other Payer Rendering Provider', '82'),
             ('2330E', 'Other Payer Service Facility Location', '77'), ('2330F', 'Other Payer Supervising Provider', 'DQ'),
             ('2330G', 'Other Payer Billing Provider', '85')]
    return loop('2320', 'L2320', 'S', 10, 'Other Subscriber Information', [
        seg('SBR', 'R', 1, f'1R={RESP} 2R=01,18,19,20,21,39,40,53,G8 3 4 5=12,13,14,15,16,41,42,43,47 9R={FILING}'),
        CAS,
        seg('AMT', 'S', 1, '1R=D 2R', disc='1', title='Payer Paid Amount'),
        seg('AMT', 'S', 1, '1R=A8 2R', disc='1', title='Non-Covered Charge Amount'),
        seg('AMT', 'S', 1, '1R=EAF 2R', disc='1', title='Remaining Patient Liability'),
        seg('OI', 'R', 1, '3R=N,W,Y 4=P 6R=I,N,Y'),
    ] + ([seg('MIA', 'S', 1)] if amt == 'I' else []) + [
        seg('MOA', 'S', 1, '1 2 3 4 5 6 7 8 9') if moa else None,
        nm1('2330A', 'Other Subscriber Name', 'IL', extra='3R 4 5 7 8R=II,MI 9R', kids=[
            N3('S'), N4('S'), ref('SY', 'S', 1)]),
        nm1('2330B', 'Other Payer Name', 'PR', ent='2', extra='3R 8R=PI,XV 9R', kids=[
            N3('S'), N4('S'), seg('DTP', 'S', 1, '1R=573 2R=D8 3R'),
            ref('2U,EI,FY,NF,G1,9F,T4,F8,G2,LU', 'S', 10, 'Other Payer Identifiers and Claim Numbers')]),
    ] + [nm1(c, t, q, ent='1,2', extra='', u='S', mx=2 if c == '2330C' else 1, kids=[ref(PROV_IDS, 'R', 3)]) for c, t, q in provs],
    )

def lineadj():
    return loop('2430', 'L2430', 'S', 15, 'Line Adjudication Information', [
        seg('SVD', 'R', 1, f'1R 2R 3R(1R={PROC_Q} 2R 3 4 5 6 7) 5R 6'),
        CAS,
        seg('DTP', 'R', 1, '1R=573 2R=D8 3R'),
        seg('AMT', 'S', 1, '1R=EAF 2R')])
