"""ASC X12N 005010X222A1 (837P): loop 2300 and below."""
from impl import *
CLAIM_DATES_P = '431,454,304,453,439,484,455,471,314,360,361,297,296,435,096,090,091,444,050'
LINE_DATES_P = '471,607,463,461,304,738,739,011,455,454'
def dx_hi():
    return seg('HI', 'R', 1, '1R(1R=ABK,BK 2R) ' + ' '.join(f'{i}(1R=ABF,BF 2R)' for i in range(2, 13)), disc='1.1',
               title='Health Care Diagnosis Code')

def claim_p():
    return loop('2300', 'L2300', 'S', 100, 'Claim Information', [
        seg('CLM', 'R', 1, '1R 2R 5R(1R 2R=B 3R) 6R=N,Y 7R=A,B,C 8R=N,W,Y 9R=I,Y 10=P 11(1R=AA,EM,OA 2=AA,EM,OA 4 5) 12=02,03,05,09 20=1,2,3,4,5,6,7,8,9,10,11,15'),
        seg('DTP', 'S', 20, f'1R={CLAIM_DATES_P} 2R=D8,RD8 3R', title='Claim Dates'),
        seg('PWK', 'S', 10), seg('CN1', 'S', 1),
        seg('AMT', 'S', 1, '1R=F5 2R', title='Patient Amount Paid'),
        ref('F8', 'S', 1, 'Payer Claim Control Number'),
        ref('G1', 'S', 1, 'Prior Authorization'),
        ref('4N,F5,EW,9F,X4,9A,9C,LX,D9,EA,P4,1J', 'S', 12, 'Other Claim Identifiers'),
        seg('K3', 'S', 10), seg('NTE', 'S', 1, '1R=ADD,CER,DCP,DGN,TPO 2R'),
        seg('CR1', 'S', 1), seg('CR2', 'S', 1), seg('CRC', 'S', 8),
        dx_hi(),
        seg('HI', 'S', 2, '1R(1R=BP,BO,BG 2R) ' + ' '.join(f'{i}(1R=BO,BG 2R)' for i in range(2, 13)), disc='1.1',
            title='Anesthesia Related Procedure / Condition Information'),
        seg('HCP', 'S', 1),
        nm1('2310A', 'Referring Provider Name', 'DN,P3', ent='1', u='S', mx=2, kids=[ref(PROV_IDS, 'S', 3)]),
        nm1('2310B', 'Rendering Provider Name', '82', u='S', kids=[seg('PRV', 'S', 1, '1R=PE 2R=PXC 3R'), ref(PROV_IDS, 'S', 4)]),
        nm1('2310C', 'Service Facility Location Name', '77', ent='2', extra='3R 8=XX 9', u='S', kids=[
            N3(), N4(), ref('G2,LU', 'S', 3), seg('PER', 'S', 1, '1R=IC 2 3R=TE 4R 5=EX 6')]),
        nm1('2310D', 'Supervising Provider Name', 'DQ', ent='1', u='S', kids=[ref(PROV_IDS, 'S', 4)]),
        nm1('2310E', 'Ambulance Pick-up Location', 'PW', ent='2', extra='', u='S', kids=[N3(), N4()]),
        nm1('2310F', 'Ambulance Drop-off Location', '45', ent='2', extra='3', u='S', kids=[N3(), N4()]),
        other_subscriber('P', True),
        loop('2400', 'L2400', 'R', 50, 'Service Line Number', [
            seg('LX', 'R', 1, '1R'),
            seg('SV1', 'R', 1, f'1R(1R={PROC_Q} 2R 3 4 5 6 7) 2R 3R=MJ,UN 4R 5 7R(1R 2 3 4) 9=Y 11=Y 12=Y 15=0'),
            seg('SV5', 'S', 1), seg('PWK', 'S', 10), seg('CR1', 'S', 1), seg('CR3', 'S', 1), seg('CRC', 'S', 3),
            seg('DTP', 'R', 1, '1R=472 2R=D8,RD8 3R', disc='1', title='Date - Service Date'),
            seg('DTP', 'S', 8, f'1R={LINE_DATES_P} 2R=D8,RD8 3R', disc='1', title='Other Line Dates'),
            seg('QTY', 'S', 2), seg('MEA', 'S', 5), seg('CN1', 'S', 1),
            ref('6R', 'S', 1, 'Line Item Control Number'),
            ref('G1', 'S', 1, 'Prior Authorization'),
            ref('9B,9D,9F,X4,F4,BT,EW,0B', 'S', 10, 'Other Line Identifiers'),
            seg('AMT', 'S', 2, '1R=T,F4 2R'), seg('K3', 'S', 10), seg('NTE', 'S', 2, '1R=ADD,DCP,TPO 2R'),
            seg('PS1', 'S', 1), seg('HCP', 'S', 1),
            loop('2410', 'L2410', 'S', 1, 'Drug Identification', [seg('LIN', 'R', 1), seg('CTP', 'R', 1), seg('REF', 'S', 1)]),
            nm1('2420A', 'Rendering Provider Name', '82', u='S', kids=[seg('PRV', 'S', 1, '1R=PE 2R=PXC 3R'), ref(PROV_IDS, 'S', 20)]),
            nm1('2420B', 'Purchased Service Provider Name', 'QB', ent='1,2', extra='8=XX 9', u='S', kids=[ref(PROV_IDS, 'S', 20)]),
            nm1('2420C', 'Service Facility Location Name', '77', ent='2', extra='3 8=XX 9', u='S', kids=[N3(), N4(), ref('G2,LU', 'S', 3)]),
            nm1('2420D', 'Supervising Provider Name', 'DQ', ent='1', u='S', kids=[ref(PROV_IDS, 'S', 20)]),
            nm1('2420E', 'Ordering Provider Name', 'DK', ent='1', u='S', kids=[
                N3('S'), N4('S'), ref(PROV_IDS, 'S', 20), seg('PER', 'S', 1, '1R=IC 2 3R=EM,FX,TE 4R 5=EM,EX,FX,TE 6')]),
            nm1('2420F', 'Referring Provider Name', 'DN,P3', ent='1', u='S', mx=2, kids=[ref(PROV_IDS, 'S', 20)]),
            nm1('2420G', 'Ambulance Pick-up Location', 'PW', ent='2', extra='', u='S', kids=[N3(), N4()]),
            nm1('2420H', 'Ambulance Drop-off Location', '45', ent='2', extra='3', u='S', kids=[N3(), N4()]),
            lineadj(),
            loop('2440', 'L2440', 'S', 99999, 'Form Identification Code', [seg('LQ', 'R', 1), seg('FRM', 'R', 99)]),
        ]),
    ])

IMPL = header(None) + [billing(), subscriber(claim_p), patient(claim_p)]
