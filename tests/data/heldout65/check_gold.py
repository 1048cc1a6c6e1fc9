"""Independent checker for the heldout65 gold (standard library only)."""
import json, re, sys, pathlib
D = pathlib.Path(__file__).parent
VAL = re.compile(r'^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4}(-\d{2}(-\d{2})?)?)$')
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE", "LESS_THAN", "MORE_THAN"}
errs = []; total = 0; nfiles = 0
for gp in sorted(D.glob('*.gold.jsonl')):
    name = gp.name[:-len('.gold.jsonl')]
    texts = [p for p in D.glob(name + '.*') if p.suffix in ('.txt', '.md', '.html')]
    if len(texts) != 1: errs.append(f'{name}: need exactly one text file'); continue
    text = texts[0].read_text(encoding='utf-8'); nfiles += 1
    try:
        meta = json.loads((D / f'{name}.meta.json').read_text(encoding='utf-8'))
        for k in ('title', 'publication_date', 'format', 'style'):
            if k not in meta: errs.append(f'{name}: meta lacks {k}')
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', meta.get('publication_date', '')): errs.append(f'{name}: bad publication_date')
    except Exception as e: errs.append(f'{name}: meta {e}')
    pos = -1
    for i, line in enumerate(gp.read_text(encoding='utf-8').splitlines(), 1):
        total += 1
        g = json.loads(line)
        keys = set(g)
        if not {'quote', 'value', 'mod', 'explicit', 'hard'} <= keys or keys - {'quote', 'value', 'mod', 'end', 'explicit', 'hard'}:
            errs.append(f'{name}:{i}: keys {sorted(keys)}')
        q = g['quote']
        if not 1 <= len(q.split()) <= 14: errs.append(f'{name}:{i}: quote length')
        c = text.count(q)
        if c != 1: errs.append(f'{name}:{i}: quote found {c} times: {q!r}')
        else:
            j = text.index(q)
            if j <= pos: errs.append(f'{name}:{i}: out of order')
            pos = j
        if g['value'] is not None and not VAL.match(g['value']): errs.append(f'{name}:{i}: value {g["value"]}')
        if 'end' in g and not VAL.match(g['end']): errs.append(f'{name}:{i}: end {g["end"]}')
        if g['mod'] not in MODS: errs.append(f'{name}:{i}: mod {g["mod"]}')
        if not isinstance(g['explicit'], bool) or not isinstance(g['hard'], bool): errs.append(f'{name}:{i}: flags')
print(f'{nfiles} files, {total} gold entries')
for e in errs: print('ERROR', e)
if nfiles != 12 or total < 160: errs.append('size'); print('ERROR size')
sys.exit(1 if errs else 0)
