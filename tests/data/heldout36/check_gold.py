"""Independent checker for the heldout36 gold files (standard library only)."""
import calendar, glob, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
VAL = re.compile(r'^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{4}-Q[1-4]|\d{3}X|\d{2}XX|BC\d{4}|BC\d{3}X|BC\d{2}XX)$')
MODS = {None, 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_AFTER', 'ON_OR_BEFORE', 'LESS_THAN', 'MORE_THAN'}
errs = []; total = 0
def valid_day(v):
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', v or '')
    if m:
        y, mo, d = map(int, m.groups())
        return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]
    return True
golds = sorted(glob.glob(os.path.join(D, '*.gold.jsonl')))
for g in golds:
    name = os.path.basename(g)[:-len('.gold.jsonl')]
    texts = [p for p in glob.glob(os.path.join(D, name + '.*')) if p.endswith(('.txt', '.md', '.html'))]
    if len(texts) != 1: errs.append(f'{name}: text files {texts}'); continue
    text = open(texts[0], encoding='utf-8').read()
    meta = json.load(open(os.path.join(D, name + '.meta.json'), encoding='utf-8'))
    for k in ('title', 'publication_date', 'format', 'style'):
        if k not in meta: errs.append(f'{name}: meta missing {k}')
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', meta.get('publication_date', '')) or not valid_day(meta.get('publication_date')):
        errs.append(f'{name}: bad publication_date')
    if meta.get('format') != os.path.splitext(texts[0])[1][1:]: errs.append(f'{name}: format mismatch')
    pos = -1
    for i, line in enumerate(open(g, encoding='utf-8'), 1):
        total += 1
        o = json.loads(line)
        keys = set(o)
        if not {'quote', 'value', 'mod', 'explicit', 'hard'} <= keys or keys - {'quote', 'value', 'mod', 'end', 'explicit', 'hard'}:
            errs.append(f'{name}:{i} keys {sorted(keys)}')
        q = o['quote']
        n = text.count(q)
        if n != 1: errs.append(f'{name}:{i} quote found {n} times: {q!r}')
        else:
            p = text.index(q)
            if p <= pos: errs.append(f'{name}:{i} quote out of order: {q!r}')
            pos = p
        nw = len(q.split())
        if not 3 <= nw <= 12: errs.append(f'{name}:{i} quote has {nw} words')
        for k in ('value', 'end'):
            v = o.get(k)
            if k == 'end' and k not in o: continue
            if v is None and k == 'value': continue
            if not isinstance(v, str) or not VAL.match(v) or not valid_day(v): errs.append(f'{name}:{i} bad {k} {v!r}')
        if 'end' in o and o['value'] is None: errs.append(f'{name}:{i} end without value')
        if o['mod'] not in MODS: errs.append(f'{name}:{i} bad mod {o["mod"]!r}')
        if not isinstance(o['explicit'], bool) or not isinstance(o['hard'], bool): errs.append(f'{name}:{i} explicit/hard not bool')
        if o['value'] is None and (o['mod'] or o['explicit']): errs.append(f'{name}:{i} null value with mod/explicit')
print(f'{len(golds)} files, {total} gold entries')
if len(golds) != 12 or total < 160: errs.append('need 12 files and >=160 entries')
for e in errs: print('ERROR', e)
sys.exit(1 if errs else 0)
