import datetime as dt

import pytest

from eventwire.errors import EventwireError
from eventwire.ingest import ReadOptions, parse_date_option, parse_record_date


def test_parse_date_option_accepts_iso_day():
    assert parse_date_option("2022-09-15") == dt.date(2022, 9, 15)
    assert parse_date_option(" 2022-09-15 ") == dt.date(2022, 9, 15)


@pytest.mark.parametrize("value", ["2022-13-01", "2022-02-30", "15/09/2022", "20220915", "2022-W37-4", "", "yesterday"])
def test_parse_date_option_rejects_non_dates_with_e002(value):
    with pytest.raises(EventwireError) as info:
        parse_date_option(value)
    assert info.value.code == "E002"
    assert repr(value)[1:-1] in info.value.message


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-09-15", dt.date(2022, 9, 15)),
        ("2022-09-15T23:30:00Z", dt.date(2022, 9, 15)),
        ("2022-09-15T23:30:00+05:00", dt.date(2022, 9, 15)),
        ("2022-09-15 08:00", dt.date(2022, 9, 15)),
        ("2022-09-31", None),
        ("2022-09-15garbage", None),
        ("Sept 15", None),
        (20220915, None),
    ],
)
def test_parse_record_date(value, expected):
    assert parse_record_date(value) == expected


def test_unknown_input_format_is_refused_at_construction():
    with pytest.raises(EventwireError) as info:
        ReadOptions(input_format="pdf")
    assert info.value.code == "E004"
    assert "jsonl" in info.value.message
