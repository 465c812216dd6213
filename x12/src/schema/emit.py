"""Writes the StAEDI schemas from std.py, impl.py, p.py and i.py.

Run from this folder: python3 emit.py ../main/resources/org/sonobill/x12/schema
It writes the reading schemas (full guides) and the writer schemas (only what SonoBill writes).
"""
import sys
from xml.sax.saxutils import escape
import std
from impl import parse

MIN1 = ' minOccurs="1"'
BASE = {'AN': ('string', None), 'ID': ('identifier', None), 'DT': ('date', None), 'TM': ('time', None), 'R': ('decimal', None),
        'N0': ('numeric', 0), 'N2': ('numeric', 2)}

WRITER_LOOPS = {'1000A', '1000B', '2000A', '2010AA', '2000B', '2010BA', '2010BB', '2000C', '2010CA', '2300',
                '2310A', '2310B', '2310F', '2320', '2330A', '2330B', '2400', '2420E', '2430'}

def writer_only(nodes, kind):
    """The subset of an implementation SonoBill writes: its loops, and no segment it never writes."""
    out = []
    for n in nodes:
        if n is None:
            continue
        if n[0] == 'loop':
            code = n[1]
            if code not in WRITER_LOOPS or (kind == 'P' and code in ('2310A', '2310F')) or (kind == 'I' and code in ('2310B', '2420E')):
                continue
            out.append(n[:6] + (writer_only(n[6], kind),) + n[7:])
        elif n[4] is not None:
            out.append(n)
    return out


def writer_std(nodes):
    out = []
    for n in nodes:
        if n[0] == 'S':
            if std.S[n[1]] is not None:
                out.append(n)
        else:
            kids = writer_std(n[4])
            if kids and kids[0][0] == 'S':
                out.append(n[:4] + (kids,))
    return out

def emit(impl, title, guide, out, standard=None, writer=False):
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w(f'<!-- {title}. SonoBill implementation schema for StAEDI 1.26 (schema language v4).')
    w(f'     The <transaction> part is the X12 005010 837 standard structure (loops named after their first')
    w(f'     implementation loop); the <implementation> part is {guide}: its loops, segment usage and repeats,')
    if writer:
        w(f'     element usage and codes. Used to validate each claim before it is written: it holds only what')
        w(f'     SonoBill writes, because StAEDI\'s validation cost grows with the size of the schema tree.')
        w(f'     Generated from the same definitions as the reading schema; keep the two in step.')
    else:
        w(f'     element usage and the code values SonoBill accepts. Segments SonoBill neither writes nor reads are')
        w(f'     declared with their standard position and any content so that claims from other systems still read.')
    w(f'     How to change this file: CONTRIBUTING.md, "Change an X12 schema". -->')
    w('<schema xmlns="http://xlate.io/EDISchema/v4">')
    w('  <transaction>')
    w('    <sequence>')
    std_seq(standard or std.STD, 6, w)
    w('    </sequence>')
    w('  </transaction>')
    w('')
    w('  <implementation>')
    w('    <sequence>')
    for n in impl:
        impl_node(n, 6, w)
    w('    </sequence>')
    w('  </implementation>')
    w('')
    used_e = set(); used_c = set()
    for name, spec in std.S.items():
        if spec:
            for e in spec[0]:
                if e[0] == 'E': used_e.add(e[1])
                else:
                    used_c.add(e[1])
                    for ce, _ in std.C[e[1]]: used_e.add(ce)
    for num in sorted(used_e, key=int):
        base, mn, mx = std.E[num]
        b, scale = BASE[base]
        attrs = f' name="E{num}" number="{num}" base="{b}"'
        if scale: attrs += f' scale="{scale}"'
        if b not in ('date', 'time') or True:
            attrs += f' minLength="{mn}" maxLength="{mx}"'
        w(f'  <elementType{attrs}/>')
    w('')
    for c in sorted(used_c):
        w(f'  <compositeType name="{c}">')
        w('    <sequence>')
        for ce, req in std.C[c]:
            w(f'      <element type="E{ce}"{MIN1 if req else ""}/>')
        w('    </sequence>')
        w('  </compositeType>')
    w('')
    for name in sorted(std.S):
        spec = std.S[name]
        if writer and spec is None:
            continue
        w(f'  <segmentType name="{name}">')
        w('    <sequence>')
        if spec is None:
            w('      <any maxOccurs="12"/>')
        else:
            for e in spec[0]:
                if e[0] == 'E':
                    w(f'      <element type="E{e[1]}"{MIN1 if e[2] else ""}/>')
                else:
                    mx = f' maxOccurs="{e[3]}"' if e[3] != 1 else ''
                    w(f'      <composite type="{e[1]}"{MIN1 if e[2] else ""}{mx}/>')
        w('    </sequence>')
        if spec:
            for typ, pos in spec[1]:
                w(f'    <syntax type="{typ}">' + ''.join(f'<position>{p}</position>' for p in pos) + '</syntax>')
        w('  </segmentType>')
    w('</schema>')

def occ(mn, mx, dmn=0, dmx=1):
    s = ''
    if mn != dmn: s += f' minOccurs="{mn}"'
    if mx != dmx: s += f' maxOccurs="{mx}"'
    return s

def std_seq(nodes, ind, w):
    p = ' ' * ind
    for n in nodes:
        if n[0] == 'S':
            w(f'{p}<segment type="{n[1]}"{occ(n[3], n[2])}/>')
        else:
            _, code, mn, mx, kids = n
            w(f'{p}<loop code="{code}"{occ(mn, mx)}>')
            w(f'{p}  <sequence>')
            std_seq(kids, ind + 4, w)
            w(f'{p}  </sequence>')
            w(f'{p}</loop>')

def enum(codes, ind, w):
    p = ' ' * ind
    w(f'{p}<enumeration>' + ''.join(f'<value>{c}</value>' for c in codes) + '</enumeration>')

def impl_node(n, ind, w):
    p = ' ' * ind
    if n is None:
        return
    if n[0] == 'loop':
        _, code, typ, mn, mx, title, kids, disc = n
        if typ == 'L_NM1_':
            typ = 'L' + code[:4]
        d = f' discriminator="{disc}"' if disc else ''
        w(f'{p}<loop code="{code}" type="{typ}"{d}{occ(mn, mx, -1, -1)} title="{escape(title)}">')
        w(f'{p}  <sequence>')
        for k in kids:
            impl_node(k, ind + 4, w)
        w(f'{p}  </sequence>')
        w(f'{p}</loop>')
    else:
        _, t, mn, mx, els, disc, code, title = n
        d = f' discriminator="{disc}"' if disc else ''
        c = f' code="{code}"' if code else ''
        tt = f' title="{escape(title)}"' if title else ''
        head = f'{p}<segment type="{t}"{c}{d}{occ(mn, mx, -1, -1)}{tt}'
        if els is None:
            w(head + '/>')
            return
        w(head + '>')
        if True:
            w(f'{p}  <sequence>')
            for pos, req, codes, comp in parse(els):
                tag = 'composite' if comp is not None else 'element'
                o = f' minOccurs="1"' if req else ''
                if comp is None and not codes:
                    w(f'{p}    <element position="{pos}"{o}/>')
                elif comp is None:
                    w(f'{p}    <element position="{pos}"{o}>')
                    enum(codes, ind + 6, w)
                    w(f'{p}    </element>')
                else:
                    w(f'{p}    <composite position="{pos}"{o}>')
                    w(f'{p}      <sequence>')
                    for cpos, creq, ccodes, _ in comp:
                        co = f' minOccurs="1"' if creq else ''
                        if ccodes:
                            w(f'{p}        <element position="{cpos}"{co}>')
                            enum(ccodes, ind + 10, w)
                            w(f'{p}        </element>')
                        else:
                            w(f'{p}        <element position="{cpos}"{co}/>')
                    w(f'{p}      </sequence>')
                    w(f'{p}    </composite>')
            w(f'{p}  </sequence>')
        w(f'{p}</segment>')

if __name__ == '__main__':
    import p, i
    base = sys.argv[1]
    out = []
    emit(p.IMPL, '837 Health Care Claim: Professional', 'ASC X12N 005010X222A1', out)
    open(base + '/837P-005010X222A1.xml', 'w').write('\n'.join(out) + '\n')
    out = []
    emit(i.IMPL, '837 Health Care Claim: Institutional', 'ASC X12N 005010X223A2', out)
    open(base + '/837I-005010X223A2.xml', 'w').write('\n'.join(out) + '\n')
    for kind, mod, title, guide, name in (('P', p, '837 Health Care Claim: Professional, as SonoBill writes it', 'ASC X12N 005010X222A1', '837P-005010X222A1-writer.xml'),
                                          ('I', i, '837 Health Care Claim: Institutional, as SonoBill writes it', 'ASC X12N 005010X223A2', '837I-005010X223A2-writer.xml')):
        out = []
        emit(writer_only(mod.IMPL, kind), title, guide + ' restricted to the loops and segments SonoBill writes (same usage and codes)', out, writer_std(std.STD), True)
        open(base + '/' + name, 'w').write('\n'.join(out) + '\n')
