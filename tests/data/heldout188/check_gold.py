#!/usr/bin/env python3
"""Validate the heldout188 chronology gold files (standard library only).

Checks: meta keys/date/format, gold keys and types, TIMEX3 value forms and mods of the
annotation guide, every quote found exactly once in the visible text (HTML: inside one
visible text node, no markup or entities), quotes in text order, quote lengths (8-12
words unless the whole entry or clause is shorter), and weekday/date agreement.
Usage: python check_gold.py   (exit status 1 on any error)
"""
import calendar
import datetime as dt
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
EXT_FORMAT = {'.txt': 'text', '.md': 'markdown', '.html': 'html'}
MODS = {None, 'START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_AFTER',
        'ON_OR_BEFORE', 'LESS_THAN', 'MORE_THAN'}
GOLD_KEYS = {'quote', 'value', 'mod', 'end', 'explicit', 'hard'}
REQUIRED = {'quote', 'value', 'mod', 'explicit', 'hard'}
META_KEYS = {'title', 'publication_date', 'format', 'style'}
BULLETS = tuple('-*•–—·▪◦►>+#|')
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MONTH_RE = '|'.join(MONTHS + [m[:3] for m in MONTHS] + ['Sept'])
WD_RE = '|'.join(WEEKDAYS + [w[:3] for w in WEEKDAYS])


def month_no(name):
    name = name.rstrip('.')
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(name[:3]) and name in (m, m[:3], 'Sept'):
            return i
    return None


def wd_no(name):
    for i, w in enumerate(WEEKDAYS):
        if name in (w, w[:3]):
            return i
    return None


def valid_value(v):
    """True if v is one of the TIMEX3 value forms the guide lists."""
    if re.fullmatch(r'\d{4}', v):
        return True
    m = re.fullmatch(r'(\d{4})-(\d{2})', v)
    if m:
        return 1 <= int(m.group(2)) <= 12
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', v)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return True
        except ValueError:
            return False
    m = re.fullmatch(r'(\d{4})-W(\d{2})(-WE)?', v)
    if m:
        return 1 <= int(m.group(2)) <= 53
    if re.fullmatch(r'\d{4}-(SP|SU|FA|WI)', v):
        return True
    if re.fullmatch(r'\d{3}X', v) or re.fullmatch(r'\d{2}XX', v):
        return True
    if re.fullmatch(r'BC\d{4}', v):
        return True
    return False


def sort_key(v):
    """A comparable (start) number for a value, used to check that end follows value."""
    if v.startswith('BC'):
        return -int(v[2:])
    m = re.match(r'(\d{2,4})', v.replace('X', '0'))
    digits = v[:4].replace('X', '0')
    rest = v[4:]
    key = int(digits) * 10000
    m = re.match(r'-(\d{2})(?:-(\d{2}))?$', rest)
    if m:
        key += int(m.group(1)) * 100 + int(m.group(2) or 0)
    return key


class Visible(HTMLParser):
    """Collect text nodes a browser shows (skips head/script/style/template)."""
    HIDDEN = {'script', 'style', 'head', 'template', 'noscript'}
    BLOCK = {'p', 'div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5',
             'h6', 'br', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'ul',
             'ol', 'dl', 'table', 'form', 'label', 'button', 'time', 'figcaption', 'blockquote'}

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.nodes = []      # raw text of each visible text node
        self.parts = []      # visible text with separators between blocks

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.depth += 1
        if tag in self.BLOCK:
            self.parts.append('\n')
            self.nodes.append('\n')

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.depth:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append('\n')
            self.nodes.append('\n')

    def handle_data(self, data):
        if not self.depth:
            self.nodes.append(data)
            self.parts.append(html.unescape(data))

    def handle_entityref(self, name):
        if not self.depth:
            self.nodes.append('\x00')  # an entity splits text nodes for our purpose
            self.parts.append(html.unescape('&%s;' % name))

    def handle_charref(self, name):
        if not self.depth:
            self.nodes.append('\x00')
            self.parts.append(html.unescape('&#%s;' % name))


def visible_text(path, fmt):
    raw = open(path, encoding='utf-8').read()
    if fmt != 'html':
        return raw, [raw]
    p = Visible()
    p.feed(raw)
    p.close()
    text = re.sub(r'[ \t\r\f\v]*\n\s*', '\n', ''.join(p.parts))
    text = re.sub(r'[ \t]+', ' ', text)
    return text, [re.sub(r'\s+', ' ', n) for n in p.nodes]


def check_weekdays(text, pub_year, where, errors):
    pats = [
        (r'\b(%s)\.?,? (\d{1,2}) (%s)\.?(?:,? (\d{4}))?' % (WD_RE, MONTH_RE), 'dm'),
        (r'\b(%s)\.?,? (%s)\.? (\d{1,2})(?:,? (\d{4}))?' % (WD_RE, MONTH_RE), 'md'),
    ]
    n = 0
    for pat, order in pats:
        for m in re.finditer(pat, text):
            wd = wd_no(m.group(1))
            if order == 'dm':
                day, mon = int(m.group(2)), month_no(m.group(3))
            else:
                mon, day = month_no(m.group(2)), int(m.group(3))
            year = int(m.group(4)) if m.group(4) else pub_year
            if mon is None or wd is None:
                continue
            try:
                real = calendar.weekday(year, mon, day)
            except ValueError:
                errors.append('%s: impossible date %r' % (where, m.group(0)))
                continue
            n += 1
            if real != wd:
                errors.append('%s: %r is a %s' % (where, m.group(0), WEEKDAYS[real]))
    return n


def check_doc(stem, errors):
    files = [f for f in glob.glob(os.path.join(HERE, stem + '.*'))
             if os.path.splitext(f)[1] in EXT_FORMAT and not f.endswith('.py')]
    if len(files) != 1:
        errors.append('%s: expected one text file, found %r' % (stem, files))
        return 0
    path = files[0]
    ext = os.path.splitext(path)[1]
    where = os.path.basename(path)
    meta = json.load(open(os.path.join(HERE, stem + '.meta.json'), encoding='utf-8'))
    if set(meta) != META_KEYS:
        errors.append('%s: meta keys %r' % (where, sorted(meta)))
    if meta.get('format') != EXT_FORMAT[ext]:
        errors.append('%s: meta format %r does not fit extension' % (where, meta.get('format')))
    for k in ('title', 'style'):
        if not isinstance(meta.get(k), str) or not meta.get(k).strip():
            errors.append('%s: meta %s missing' % (where, k))
    try:
        pub = dt.date.fromisoformat(meta.get('publication_date', ''))
    except (TypeError, ValueError):
        errors.append('%s: bad publication_date' % where)
        pub = dt.date(2000, 1, 1)
    text, nodes = visible_text(path, EXT_FORMAT[ext])
    gold = []
    with open(os.path.join(HERE, stem + '.gold.jsonl'), encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append('%s gold line %d: %s' % (where, ln, e))
    last = -1
    for i, g in enumerate(gold, 1):
        tag = '%s #%d' % (where, i)
        keys = set(g)
        if not REQUIRED <= keys or not keys <= GOLD_KEYS:
            errors.append('%s: keys %r' % (tag, sorted(keys)))
            continue
        q = g['quote']
        if not isinstance(q, str) or not q.strip():
            errors.append('%s: empty quote' % tag)
            continue
        if q != q.strip() or q.startswith(BULLETS):
            errors.append('%s: quote has edge space or bullet glyph: %r' % (tag, q))
        if re.search(r'[<>*`|\[\]]|&\w+;|&#', q) or '\n' in q:
            errors.append('%s: quote contains markup: %r' % (tag, q))
        v = g['value']
        if v is not None and (not isinstance(v, str) or not valid_value(v)):
            errors.append('%s: bad value %r' % (tag, v))
        if g['mod'] not in MODS:
            errors.append('%s: bad mod %r' % (tag, g['mod']))
        if 'end' in g:
            e = g['end']
            if not isinstance(e, str) or not valid_value(e) or v is None:
                errors.append('%s: bad end %r' % (tag, e))
            elif sort_key(e) < sort_key(v):
                errors.append('%s: end %r before value %r' % (tag, e, v))
        for k in ('explicit', 'hard'):
            if not isinstance(g[k], bool):
                errors.append('%s: %s not boolean' % (tag, k))
        if v is None and g['explicit']:
            errors.append('%s: null value marked explicit' % tag)
        count = text.count(q)
        if count != 1:
            errors.append('%s: quote found %d times: %r' % (tag, count, q))
            continue
        if EXT_FORMAT[ext] == 'html' and not any(q in n for n in nodes):
            errors.append('%s: quote not inside one text node: %r' % (tag, q))
        pos = text.find(q)
        if pos <= last:
            errors.append('%s: quote out of text order: %r' % (tag, q))
        last = pos
        words = len(q.split())
        if words > 12:
            errors.append('%s: quote has %d words' % (tag, words))
        elif words < 8:
            after = text[pos + len(q):pos + len(q) + 1]
            if not (after in ('', '\n', '|') or q[-1] in '.!?;:"\u201d)'):
                errors.append('%s: short quote (%d words) that is not a whole entry: %r'
                              % (tag, words, q))
        # a weekday in the quote must agree with a day-precise gold value
        if v and re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
            for w in re.findall(r'\b(%s)\b' % '|'.join(WEEKDAYS), q):
                d = dt.date.fromisoformat(v)
                if d.weekday() != wd_no(w) and 'next' not in q and 'last' not in q:
                    errors.append('%s: quote says %s but value %s is a %s'
                                  % (tag, w, v, WEEKDAYS[d.weekday()]))
    check_weekdays(text, pub.year, where, errors)
    return len(gold)


def main():
    errors = []
    stems = sorted(os.path.basename(p)[:-len('.gold.jsonl')]
                   for p in glob.glob(os.path.join(HERE, '*.gold.jsonl')))
    total = 0
    formats = {}
    for stem in stems:
        n = check_doc(stem, errors)
        total += n
        meta = json.load(open(os.path.join(HERE, stem + '.meta.json'), encoding='utf-8'))
        formats[meta.get('format')] = formats.get(meta.get('format'), 0) + 1
        print('%-40s %3d entries  %s' % (stem, n, meta.get('format')))
    print('documents: %d, entries: %d, formats: %r' % (len(stems), total, formats))
    for e in errors:
        print('ERROR', e)
    if errors:
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
