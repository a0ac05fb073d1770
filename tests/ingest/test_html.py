"""HTML pages through trafilatura (real extraction, no network)."""

import datetime as dt

from eventwire.model import Article

from .conftest import codes, read_all

BODY = ("<p>Chinese President Xi Jinping met Russian President Vladimir Putin on Thursday in Samarkand, "
        "on the sidelines of a regional summit.</p><p>The two leaders discussed trade and security "
        "cooperation, officials said, and agreed to deepen ties.</p>")


def page(head: str = "", h1: str = "Xi meets Putin in Samarkand") -> str:
    return (f"<html><head><title>Xi meets Putin in Samarkand | World News</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a><a href='/world'>World</a></nav><article><h1>{h1}</h1>{BODY}</article>"
            "<footer>Copyright World News. All rights reserved.</footer></body></html>")


def test_html_article_text_title_and_page_date(write):
    head = '<meta property="article:published_time" content="2022-09-15T10:00:00Z">'
    (art,) = read_all([write("p.html", page(head))], default_date=dt.date(2030, 1, 1))
    assert isinstance(art, Article)
    assert art.title == "Xi meets Putin in Samarkand"
    assert art.text.startswith("Chinese President Xi Jinping met")  # headline not repeated in text
    assert "Home" not in art.text and "Copyright" not in art.text
    assert art.published == dt.date(2022, 9, 15)  # the page's date beats --date
    assert not art.headline_in_text


def test_html_without_date_takes_default(write):
    (art,) = read_all([write("p.htm", page())], default_date=dt.date(2024, 5, 6))
    assert art.published == dt.date(2024, 5, 6)


def test_html_title_from_title_tag_and_text_untouched_without_h1(write):
    html = page().replace("<h1>Xi meets Putin in Samarkand</h1>", "")
    (art,) = read_all([write("p.html", html)])
    assert art.title == "Xi meets Putin in Samarkand"
    assert art.text.startswith("Chinese President Xi Jinping met") and art.text.endswith("deepen ties.")


def test_html_without_article_body_is_e107(write):
    items = read_all([write("nav.html", "<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>"),
                      write("ok.html", page())])
    assert codes(items) == ["E107", "ok"]


def test_html_latin1_page_is_decoded_by_declared_charset(write):
    html = page('<meta charset="iso-8859-1">').replace("Samarkand, ", "Samarkand, caf\u00e9 ").encode("latin-1")
    (art,) = read_all([write("l.html", html)])
    assert "caf\u00e9" in art.text
