"""The dashboard's view as URL query parameters (geo.urlview): pure, no Streamlit."""
import datetime as dt

from geo import urlview
from geo.urlview import View


def test_round_trip():
    v = View(sources=("a1b2c3d4e5f60718", "0011223344556677"), reporters=("UN", "Kivu Security Tracker"),
             victims=("civilians",), dates=("2024-01-02", "2024-03-04"), rule="min", layers=("incidents",),
             place="region:a1:SY.02+a1:SY.14", area="a1:NG.57")
    assert urlview.parse(urlview.encode(v)) == v
    assert urlview.encode(View()) == {}  # the default view is a bare address


def test_untrusted_values_are_dropped():
    v = urlview.parse({"sources": "not-an-id~<b>~a1b2c3d4e5f60718", "dates": "2024-02-30..2024-03-01",
                       "rule": "x" * 50, "reporters": "y" * 9_000, "victims": ["civilians", "fighters"]})
    assert v.sources == ("a1b2c3d4e5f60718",)
    assert v.dates is None and v.rule is None and v.reporters is None
    assert v.victims == ("fighters",)  # (a repeated parameter: its last value)
    assert urlview.parse({"place": "<img src=x onerror=1>"}).place is None
    assert urlview.parse({"place": "gn:" + "1" * 400}).place is None
    assert urlview.parse({"area": "<script>x</script>"}).area is None


def test_pick_keeps_the_pages_order_and_falls_back():
    opts = ["civilians", "security forces", "fighters", "total"]
    assert urlview.pick(("total", "civilians", "bogus"), opts) == ["civilians", "total"]
    assert urlview.pick(("bogus",), opts) == opts
    assert urlview.pick(None, ["a", "b", "c"], default=["b"]) == ["b"]
    assert urlview.unless_default(["b", "a"], ["a", "b"]) is None


def test_dates_are_clamped_to_the_pages_range():
    lo, hi = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    assert urlview.clamp_dates(("2025-02-01", "2025-03-10"), lo, hi) == (lo, dt.date(2025, 3, 10))
    assert urlview.clamp_dates(("2026-01-01", "2026-02-01"), lo, hi) == (lo, hi)
