"""Validate the heldout202 chronology set (standard library only).

Run: python tests/data/heldout202/check_gold.py
"""
import calendar, datetime, glob, html, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {None, 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_AFTER',
        'ON_OR_BEFORE', 'LESS_THAN', 'MORE_THAN'}
VALUE_RE = re.compile(r'^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|\d{3}X|\d{2}XX|BC\d{4})$')
KEYS = {'quote', 'value', 'mod', 'end', 'explicit', 'hard'}
EXT = {'text': '.txt', 'markdown': '.md', 'html': '.html'}
BLOCK = {'p', 'div', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'br',
         'article', 'section', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'dl',
         'table', 'thead', 'tbody', 'form', 'label', 'button', 'main', 'title', 'head'}
DAYS = '|'.join(calendar.day_name)
MONTHS = '|'.join(calendar.month_name[1:])
WD_DMY = re.compile(r'\b(%s),? (\d{1,2}) (%s),? (\d{4})\b' % (DAYS, MONTHS))
WD_MDY = re.compile(r'\b(%s),? (%s) (\d{1,2}),? (\d{4})\b' % (DAYS, MONTHS))
WD_DM = re.compile(r'\b(%s),? (\d{1,2}) (%s)\b(?!,? \d{4})' % (DAYS, MONTHS))


class Visible(HTMLParser):
    """Collects text nodes as a browser shows them (script/style/head hidden)."""
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.nodes, self.cur, self.hide = [], '', 0
        self.raw_nodes = []  # (text, has_entity)

    def flush(self):
        if self.cur.strip():
            self.nodes.append(self.cur)
        self.cur = ''

    def handle_starttag(self, tag, attrs):
        self.flush()
        if tag in ('script', 'style', 'title'):
            self.hide += 1

    def handle_endtag(self, tag):
        self.flush()
        if tag in ('script', 'style', 'title'):
            self.hide -= 1

    def handle_data(self, data):
        if not self.hide:
            self.cur += data

    def handle_entityref(self, name):
        if not self.hide:
            self.flush(); self.nodes.append('\x00')  # entity breaks a node for quoting

    handle_charref = handle_entityref


def visible_text(path, fmt):
    raw = open(path, encoding='utf-8').read()
    if fmt != 'html':
        return raw, [raw]
    p = Visible(); p.feed(raw); p.flush()
    nodes = [re.sub(r'\s+', ' ', n) for n in p.nodes if n != '\x00']
    return '\n'.join(nodes), nodes


def check_weekdays(name, text, pub, errors):
    for m in WD_DMY.finditer(text):
        wd, d, mo, y = m.groups()
        date = datetime.date(int(y), list(calendar.month_name).index(mo), int(d))
        if calendar.day_name[date.weekday()] != wd:
            errors.append(f'{name}: "{m.group(0)}" is a {calendar.day_name[date.weekday()]}')
    for m in WD_MDY.finditer(text):
        wd, mo, d, y = m.groups()
        date = datetime.date(int(y), list(calendar.month_name).index(mo), int(d))
        if calendar.day_name[date.weekday()] != wd:
            errors.append(f'{name}: "{m.group(0)}" is a {calendar.day_name[date.weekday()]}')
    for m in WD_DM.finditer(text):  # no year: take the publication year
        wd, d, mo = m.groups()
        date = datetime.date(pub.year, list(calendar.month_name).index(mo), int(d))
        if calendar.day_name[date.weekday()] != wd:
            errors.append(f'{name}: "{m.group(0)}" is a {calendar.day_name[date.weekday()]} in {pub.year}')


def main():
    errors, ndocs, nent, fmts = [], 0, 0, {}
    for meta_path in sorted(glob.glob(os.path.join(HERE, '*.meta.json'))):
        name = os.path.basename(meta_path)[:-len('.meta.json')]
        meta = json.load(open(meta_path, encoding='utf-8'))
        if set(meta) != {'title', 'publication_date', 'format', 'style'}:
            errors.append(f'{name}: meta keys {sorted(meta)}')
            continue
        try:
            pub = datetime.date.fromisoformat(meta['publication_date'])
        except ValueError:
            errors.append(f'{name}: bad publication_date'); continue
        fmt = meta['format']
        if fmt not in EXT:
            errors.append(f'{name}: bad format {fmt}'); continue
        fmts[fmt] = fmts.get(fmt, 0) + 1
        doc = os.path.join(HERE, name + EXT[fmt])
        if not os.path.exists(doc):
            errors.append(f'{name}: missing {doc}'); continue
        text, nodes = visible_text(doc, fmt)
        check_weekdays(name, text, pub, errors)
        gold = [json.loads(l) for l in open(os.path.join(HERE, name + '.gold.jsonl'), encoding='utf-8') if l.strip()]
        ndocs += 1; nent += len(gold)
        if not 10 <= len(gold) <= 18:
            errors.append(f'{name}: {len(gold)} entries (want 10-18)')
        last = -1
        for i, g in enumerate(gold):
            tag = f'{name}#{i + 1}'
            if not set(g) <= KEYS or not {'quote', 'value', 'mod', 'explicit', 'hard'} <= set(g):
                errors.append(f'{tag}: keys {sorted(g)}')
            q = g.get('quote')
            if not isinstance(q, str) or not q.strip():
                errors.append(f'{tag}: quote'); continue
            v = g.get('value')
            if v is not None and not (isinstance(v, str) and VALUE_RE.match(v)):
                errors.append(f'{tag}: bad value {v!r}')
            if 'end' in g and not (isinstance(g['end'], str) and VALUE_RE.match(g['end'])):
                errors.append(f'{tag}: bad end {g["end"]!r}')
            if 'end' in g and v is None:
                errors.append(f'{tag}: end without value')
            if g.get('mod') not in MODS:
                errors.append(f'{tag}: bad mod {g.get("mod")!r}')
            for k in ('explicit', 'hard'):
                if not isinstance(g.get(k), bool):
                    errors.append(f'{tag}: {k} not bool')
            if v is None and g.get('explicit'):
                errors.append(f'{tag}: null value but explicit')
            nw = len(q.split())
            if nw > 12:
                errors.append(f'{tag}: quote has {nw} words')
            if re.search(r'^[\-\*•·–—]\s|[<>&]|\[\[|\*\*|^\d+\.\s', q):
                errors.append(f'{tag}: glyph or markup in quote: {q!r}')
            c = text.count(q)
            if c != 1:
                errors.append(f'{tag}: quote found {c} times: {q!r}')
                continue
            if fmt == 'html' and not any(q in n for n in nodes):
                errors.append(f'{tag}: quote not inside one text node: {q!r}')
            if nw < 8:
                # shorter quotes only when the entry itself is shorter
                at = text.index(q) + len(q)
                rest = re.split(r'[\n|]', text[at:], 1)[0]
                if rest.strip() and not q.rstrip('"\'').endswith(('.', ';', '!', '?')):
                    errors.append(f'{tag}: quote has {nw} words but the entry goes on: {rest[:30]!r}')
            pos = text.index(q)
            if pos <= last:
                errors.append(f'{tag}: quote out of text order')
            last = pos
    if ndocs != 12: errors.append(f'{ndocs} documents (want 12)')
    if not 150 <= nent <= 200: errors.append(f'{nent} entries (want 150-200)')
    for f in EXT:
        if fmts.get(f, 0) < 3: errors.append(f'only {fmts.get(f, 0)} {f} documents')
    for e in errors: print('ERROR', e)
    print(f'{ndocs} documents, {nent} entries, formats {fmts}: ' + ('FAIL' if errors else 'OK'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
