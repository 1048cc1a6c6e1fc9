"""Reading: plain text, Markdown, HTML (trafilatura), stdin, URL errors, encodings, datelines."""

from __future__ import annotations

import io
import sys

import httpx
import pytest

from keydates.errors import FetchError, InputError, PublicationDateError
from keydates.read import read, read_bytes, read_path, read_stdin, read_url, sniff_format
from keydates.read.dateline import find_dateline, parse_line, rules

HTML = """<!doctype html><html><head><title>Key dates: the border war</title>
<meta property="article:published_time" content="2020-01-03T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Key dates: the border war</h1>
<p>Main dates of the border war between the two neighbours.</p>
<h2>The war</h2>
<p>On March 5, 1999, troops cross the border after weeks of rising tension.</p>
<ul><li>April 9, 1999: The capital falls to the invading troops after a siege.</li>
<li>May 1: The government declares the end of the fighting in the south.</li></ul>
</article><footer>Copyright 2020</footer></body></html>"""


def test_read_plain_text_keeps_offsets(tmp_path):
    p = tmp_path / "c.txt"
    p.write_bytes("Title\r\n\r\nOn May 1, 2003, X happens.\r\n".encode())
    doc = read_path(p)
    assert doc.format == "text"
    assert doc.text == "Title\n\nOn May 1, 2003, X happens.\n"
    assert doc.source == str(p)
    assert doc.published is None and doc.published_source == "none"
    assert len(doc.content_hash) == 64


def test_read_markdown_by_suffix_and_content(tmp_path):
    p = tmp_path / "c.md"
    p.write_text("# Title\n\n## 2011\n\n- January 25: Protests.\n", "utf-8")
    assert read_path(p).format == "markdown"
    assert sniff_format("# Title\n\n## 2011\n\n- a\n- b\n") == "markdown"
    assert sniff_format("Just a paragraph.\n\nAnother one.") == "text"


def test_read_html_extracts_text_title_and_date(tmp_path):
    p = tmp_path / "c.html"
    p.write_text(HTML, "utf-8")
    doc = read_path(p)
    assert doc.format == "html"
    assert doc.title == "Key dates: the border war"
    assert doc.published == "2020-01-03" and doc.published_source == "html-metadata"
    assert "On March 5, 1999" in doc.text
    assert "Home | World" not in doc.text  # navigation is not main text


LIVE_HTML = """<!doctype html><html><head><title>Election night live</title>
<meta property="article:modified_time" content="2024-05-06T07:42:00+02:00"></head><body><main>
<h1>Election night live</h1><p class="byline">By <time datetime="2024-05-06">6 May 2024</time></p>
<article class="post"><time>07:42</time><p>The prime minister concedes defeat outside his residence.</p></article>
<article class="post"><time>23:47</time><p>The challenger arrives at her party in a converted depot.</p></article>
<article class="post"><time>22:00</time><p>Polls have closed and the exit poll is published.</p></article>
</main></body></html>"""


def test_read_html_keeps_live_post_clock_and_day_labels():
    html = LIVE_HTML.replace("<time>23:47</time>", "<time>23:47 5 May</time>")
    assert "23:47 5 May – The challenger arrives" in read(html, fmt="html").text


def test_read_html_keeps_live_post_clock_labels():
    doc = read(LIVE_HTML, fmt="html")
    assert "07:42 – The prime minister concedes" in doc.text
    assert "23:47 – The challenger arrives" in doc.text
    assert "6 May 2024" in doc.text or doc.published == "2024-05-06"  # a date <time> is left alone


SPAN_LIVE_HTML = """<!DOCTYPE html><html><head><title>Live: floods in Norvik</title></head><body>
<nav><a href="/">News</a> <a href="/sport">Sport</a></nav>
<main><h1>Floods in Norvik: live</h1>
<p class="meta">Updated 16:20 CET, Tuesday 4 November 2025 &middot; Edited by R. Dahl</p>
<div class="post"><span class="post-time">16:20</span><p>The river has peaked at 4.1 metres, the water agency says.</p></div>
<div class="post"><span class="post-time">15:05</span><p>Schools in the lower town will stay closed tomorrow.</p></div>
<div class="post"><span class="post-time">13:40</span><p>Two bridges have been closed to traffic as the water rises.</p></div>
<aside class="box"><h3>Background: the Norvik floods</h3><ul>
<li>1987: The last great flood covers the market square.</li>
<li>2019: A flood wall is completed on the east bank.</li></ul></aside>
<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Cat rescued from tree</a></li></ul></aside>
</main></body></html>"""


def test_read_html_span_stamps_page_stamp_and_background_box():
    """Clock stamps in classed spans label their posts, the page's printed 'Updated ...' line
    is its publication date, and a background box of dates is kept (other asides are not)."""
    doc = read(SPAN_LIVE_HTML, fmt="html")
    assert "16:20 – The river has peaked" in doc.text
    assert "13:40 – Two bridges have been closed" in doc.text
    assert doc.published == "2025-11-04" and doc.published_source == "html-metadata"
    assert "1987: The last great flood" in doc.text
    assert "Cat rescued" not in doc.text


def test_read_html_link_box_headed_more_on_this_story_is_dropped():
    html = ("<html><body><main><h1>Profile</h1><p><strong>1994</strong> Sworn in as president on 10 May.</p>"
            "<p><strong>2013</strong> Dies at his home on 5 December.</p>"
            "<div class='more'><h2>More on this story</h2><ul><li><a href='/a'>World leaders pay tribute</a> "
            "<span>6 December 2013</span></li></ul></div>"
            "<div class='more'><h2>Related</h2><div><h3>Most read</h3><ul><li>Cat rescued</li></ul></div>"
            "<ul><li>Storm hits coast 7 December 2013</li></ul></div></main></body></html>")
    text = read(html, fmt="html").text
    assert "Sworn in as president" in text
    assert "World leaders pay tribute" not in text and "Storm hits coast" not in text


def test_read_html_time_elements_inside_list_items_keep_their_dates():
    html = ("<html><body><main><h1>Milestones</h1><p>Thirty years of phones, from our archive of reviews.</p><ol>"
            "<li><time datetime='1994-08-16'>08/16/1994</time> — The first smartphone goes on sale.</li>"
            "<li><time datetime='2007-01-09'>9 Jan 2007</time> — A touchscreen phone is unveiled.</li>"
            "<li><time datetime='2008-07-10'>2008-07-10</time> — An app store opens.</li></ol></main></body></html>")
    text = read(html, fmt="html").text
    assert "08/16/1994" in text and "9 Jan 2007" in text and "2008-07-10" in text


def test_read_html_clock_time_opening_a_post_paragraph_is_kept_as_its_label():
    html = ("<html><body><main><h1>Live: market attack</h1><h2>Thursday</h2>"
            "<div class='post'><p><time>09:35</time> Three days of mourning begin this morning.</p></div>"
            "<div class='post'><p><time>08:10</time> The death toll rises to 23.</p></div>"
            "<h2>Wednesday</h2><div class='post'><p><time>22:50</time> A third suspect is arrested.</p></div>"
            "</main></body></html>")
    text = read(html, fmt="html").text
    assert "09:35 – Three days" in text and "08:10 – The death toll" in text and "22:50 – A third" in text
    # the updates keep the page's order: the first is not lifted above the title
    assert text.index("Live: market attack") < text.index("09:35") < text.index("08:10") < text.index("22:50")


def test_read_html_post_stamp_in_a_paragraph_of_its_own_labels_the_post():
    html = ("<html><body><main><h1>Bushfire - as it happened</h1>"
            "<article class='live-post'><p class='post-meta'><time>8.42pm</time></p>"
            "<p>The fire has burnt through 41,300 hectares.</p></article>"
            "<article class='live-post'><p class='post-meta'><time>Yesterday, 7.40pm</time></p>"
            "<h2>Centres open</h2><p>Evacuation centres open in Goulburn.</p></article>"
            "<article class='live-post'><p class='post-meta'><time>Yesterday, 2.20pm</time></p>"
            "<p>Lightning starts the fire.</p></article></main></body></html>")
    text = read(html, fmt="html").text
    assert "8.42pm – The fire has burnt" in text and "Yesterday, 7.40pm – Evacuation centres" in text


@pytest.mark.parametrize("text,published", [
    ("---\ntitle: A journey\ndate: 2016-10-04\ntags: [space]\n---\n\n# A journey\n\n- 2004: Launch.\n", "2016-10-04"),
    ("---\n\nTimeline\n\ndate: 2016-10-04\n\n---\n\n1990: A flood.\n", None),
])
def test_read_markdown_front_matter_date_is_the_publication_date(text, published):
    doc = read(text, fmt="markdown")
    assert doc.published == published
    assert doc.published_source == ("front-matter" if published else "none")


def test_published_option_wins_over_metadata(tmp_path):
    p = tmp_path / "c.html"
    p.write_text(HTML, "utf-8")
    doc = read_path(p, published="2020-01-05")
    assert doc.published == "2020-01-05" and doc.published_source == "option"


def test_invalid_published_is_named_error():
    with pytest.raises(PublicationDateError):
        read("On May 1, 2003, X.\nMore text here.", published="2019-02-30")


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00data" * 10, b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_binary_input_is_input_error(data):
    with pytest.raises(InputError, match="binary"):
        read_bytes(data, "x.bin")


def test_wrong_encoding_is_input_error():
    with pytest.raises(InputError, match="UTF-8"):
        read_bytes("Caf\u00e9 opens on May 1, 2003.".encode("latin-1"), "x.txt")


def test_utf16_with_bom_is_read():
    doc = read_bytes("On May 1, 2003, X.".encode("utf-16"), "x.txt")
    assert doc.text == "On May 1, 2003, X."


@pytest.mark.parametrize("source", ["missing-file.txt", "./nowhere/x.md"])
def test_missing_file_is_input_error(source):
    with pytest.raises(InputError, match="no such file"):
        read(source)


def test_directory_is_input_error(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


def test_read_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"On May 1, 2003, X.\n")))
    doc = read_stdin()
    assert doc.source == "-" and doc.text.startswith("On May 1")


def test_text_given_directly_is_read():
    doc = read("Timeline\n\nOn May 1, 2003, X happens.")
    assert doc.source == "-" and "May 1" in doc.text


def test_url_offline_is_fetch_error(monkeypatch):
    def boom(*args, **kwargs):
        raise httpx.ConnectError("network unreachable")

    monkeypatch.setattr(httpx, "get", boom)
    with pytest.raises(FetchError, match="offline or unreachable"):
        read_url("https://example.invalid/timeline")


def test_url_timeout_is_fetch_error(monkeypatch):
    def slow(*args, **kwargs):
        raise httpx.ReadTimeout("timed out")

    monkeypatch.setattr(httpx, "get", slow)
    with pytest.raises(FetchError, match="timed out"):
        read_url("https://example.invalid/timeline", timeout=0.1)


def test_url_http_error_is_fetch_error(monkeypatch):
    monkeypatch.setattr(httpx, "get", lambda *a, **k: httpx.Response(
        404, request=httpx.Request("GET", "https://example.invalid/x")))
    with pytest.raises(FetchError, match="HTTP 404"):
        read_url("https://example.invalid/x")


def test_url_html_is_extracted(monkeypatch):
    monkeypatch.setattr(httpx, "get", lambda *a, **k: httpx.Response(
        200, content=HTML.encode(), headers={"content-type": "text/html; charset=utf-8"},
        request=httpx.Request("GET", "https://example.invalid/x")))
    doc = read_url("https://example.invalid/x")
    assert doc.format == "html" and doc.source == "https://example.invalid/x"
    assert doc.published == "2020-01-03"


_DATELINE_CASES = [(rule.name, line, want) for rule in rules()[1] for line, want in rule.examples]


@pytest.mark.parametrize("name,line,want", _DATELINE_CASES,
                         ids=[f"{n}:{l[:25]}" for n, l, _ in _DATELINE_CASES])
def test_dateline_rule_examples(name, line, want):
    assert parse_line(line) == want


@pytest.mark.parametrize("text,want", [
    ("KABUL, Jan 3 (AFP) - The government said on Friday that the strike of 2020 was...", "2020-01-03"),
    ("Title\n\nUpdated 04 September 2014\n\nOn May 1, X.", "2014-09-04"),
    ("BAGHDAD, Jan 3 (AFP) - no year anywhere", None),
    ("Title\n\nOn May 1, 2003, X happens.", None),
])
def test_find_dateline(text, want):
    assert find_dateline(text) == want


def test_dateline_sets_publication_source():
    doc = read("Title\n\nPublished: 2020-01-03\n\nOn Friday, X happens.\n\nMore.")
    assert doc.published == "2020-01-03" and doc.published_source == "dateline"


@pytest.mark.parametrize("text,want", [
    ("Title\n\nBy our desk | Published 08/12/2020\n\nOn 3 March, X.", ["2020-12-08", "2020-08-12"]),
    ("Title\n\nPublished 25/12/2020\n\nX.", ["2020-12-25"]),
    ("Title\n\nPublished 08/12/2020\n\nOn March 3 and April 4 and May 5, X.", ["2020-08-12", "2020-12-08"]),
    ("COLOMBO, 21 July - A new president takes office.", ["XXXX-07-21"]),
    ("Nothing dated", []),
])
def test_dateline_candidates(text, want):
    from keydates.read.dateline import dateline_candidates

    assert dateline_candidates(text) == want


@pytest.mark.parametrize("url", ["http://" + "a" * 300 + ".example/", "http://exa mple..com/x"])
def test_read_url_invalid_host_is_a_fetch_error(url: str) -> None:
    from keydates.errors import FetchError
    from keydates.read import read_url

    with pytest.raises(FetchError):
        read_url(url, timeout=2)
