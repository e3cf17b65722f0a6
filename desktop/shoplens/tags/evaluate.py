"""Evaluate tag rules over every customer at once (numpy/pandas, no per-customer Python loop)."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..suggest.store import suggested_column
from .fields import DATE, FIELDS, NUMBER

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from ..workspace import Workspace

_EPOCH = dt.date(1970, 1, 1)
ATTRIBUTE_COLUMNS = ("gender", "birthday", "age", "city", "province", "member_level", "join_date", "points")


class Context:
    """The customer frame and as-of date a rule is evaluated against, with per-column caches shared by all tags."""

    def __init__(self, frame: pd.DataFrame, as_of: dt.date) -> None:
        self.frame = frame
        self.as_of = as_of
        self.as_of_day = (as_of - _EPOCH).days
        self.n = len(frame)
        self.ids = frame.index.to_numpy()
        self._cache: dict[tuple[str, str], Any] = {}

    def _column(self, key: str) -> pd.Series:
        import pandas as pd

        if key not in self.frame.columns:
            return pd.Series([None] * self.n, index=self.frame.index, dtype=object)
        return self.frame[key]

    def number(self, key: str) -> np.ndarray:
        """The column as float64 with NaN where missing."""
        hit = self._cache.get(("number", key))
        if hit is None:
            import pandas as pd

            hit = pd.to_numeric(self._column(key), errors="coerce").to_numpy(dtype="float64", na_value=math.nan)
            self._cache[("number", key)] = hit
        return hit

    def day(self, key: str) -> np.ndarray:
        """A date column as days since 1970-01-01 (float64, NaN where missing or not a date)."""
        hit = self._cache.get(("day", key))
        if hit is None:
            hit = date_days(self._column(key))
            self._cache[("day", key)] = hit
        return hit

    def month(self, key: str) -> np.ndarray:
        """A date column's month (1–12, float64 NaN where missing)."""
        hit = self._cache.get(("month", key))
        if hit is None:
            import numpy as np

            days = self.day(key)
            valid = ~np.isnan(days)
            months = np.full(self.n, np.nan)
            stamps = days[valid].astype("int64").astype("datetime64[D]")
            months[valid] = stamps.astype("datetime64[M]").astype("int64") % 12 + 1
            hit = self._cache[("month", key)] = months
        return hit

    def text(self, key: str) -> pd.Series:
        """A text column stripped and case-folded, as a pandas string Series (NA where missing or blank)."""
        hit = self._cache.get(("text", key))
        if hit is None:
            col = self._column(key)
            text = col.astype("string").str.strip().str.casefold()
            hit = text.mask(text == "")
            self._cache[("text", key)] = hit
        return hit

    def ranked(self, key: str) -> np.ndarray:
        """The sorted values of the percentile population of a number field (who has a value; buyers for metrics)."""
        hit = self._cache.get(("ranked", key))
        if hit is None:
            import numpy as np

            hit = self._cache[("ranked", key)] = np.sort(self.number(key)[self.population(key)])
        return hit

    def population(self, key: str) -> np.ndarray:
        """Who counts for percentiles of `key`: customers with a value (for purchase metrics: who bought)."""
        hit = self._cache.get(("population", key))
        if hit is None:
            import numpy as np

            hit = ~np.isnan(self.number(key))
            if FIELDS[key].buyers_only and "frequency" in self.frame.columns:
                hit &= np.nan_to_num(self.number("frequency")) >= 1
            self._cache[("population", key)] = hit
        return hit


def date_days(col: pd.Series) -> np.ndarray:
    """ISO date text (time part ignored) as days since 1970-01-01, NaN where missing or not a date."""
    import numpy as np
    import pandas as pd

    text = col.astype("string").str.strip().str[:10]
    stamps = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    values = stamps.to_numpy(dtype="datetime64[D]")
    out = values.astype("int64").astype("float64")
    out[np.isnat(values)] = np.nan
    return out


def days_to_anniversary(days: np.ndarray, as_of: dt.date) -> np.ndarray:
    """For dates given as days since 1970-01-01 (NaN where missing): days from `as_of` to the next time their month
    and day come round (0 on the day itself; 29 February falls on the 28th in other years); NaN where missing."""
    import calendar

    import numpy as np

    valid = ~np.isnan(days)
    stamps = days[valid].astype("int64").astype("datetime64[D]")
    months = stamps.astype("datetime64[M]").astype("int64") % 12  # 0-11
    dom = (stamps - stamps.astype("datetime64[M]")).astype("int64")  # 0-based
    start = (as_of - _EPOCH).days
    ahead = np.full(len(days), np.nan)
    found = np.full(int(valid.sum()), np.nan)
    for year in (as_of.year, as_of.year + 1):
        day = dom.copy()
        if not calendar.isleap(year):
            day[(months == 1) & (day == 28)] = 27
        first = np.datetime64(f"{year:04d}-01", "M")
        dates = (first + months).astype("datetime64[D]") + day
        diff = (dates.astype("int64") - start).astype("float64")
        found = np.where(np.isnan(found) & (diff >= 0), diff, found)
    ahead[valid] = found
    return ahead


def _day(text: str) -> int:
    return (dt.date.fromisoformat(text) - _EPOCH).days


def pct_cut(n: int, pct: float) -> int:
    """How many customers the top/bottom `pct`% of `n` holds: ceil(n·pct/100), exact for decimal percentages."""
    from fractions import Fraction

    return math.ceil(Fraction(n) * Fraction(str(pct)) / 100)


def evaluate(rule: dict, ctx: Context) -> np.ndarray:
    """A boolean array (one per customer, in frame order) telling who matches a normalised rule."""
    import numpy as np

    if "field" in rule:
        return _condition(rule, ctx)
    if "not" in rule:
        return ~evaluate(rule["not"], ctx)
    if "all" in rule:
        out = np.ones(ctx.n, dtype=bool)
        for child in rule["all"]:
            out &= evaluate(child, ctx)
        return out
    out = np.zeros(ctx.n, dtype=bool)
    for child in rule["any"]:
        out |= evaluate(child, ctx)
    return out


def _condition(rule: dict, ctx: Context) -> np.ndarray:
    import numpy as np

    key, op, value = rule["field"], rule["op"], rule.get("value")
    kind = FIELDS[key].kind
    if op == "!=":
        return ~_condition({"field": key, "op": "=", "value": value}, ctx)
    if kind == NUMBER or kind == DATE:
        if kind == DATE and op == "same_month":
            return ctx.month(key) == ctx.as_of.month
        values = ctx.number(key) if kind == NUMBER else ctx.day(key)
        if op == "empty":
            return np.isnan(values)
        if kind == DATE:
            if op == "within_days":
                ago = ctx.as_of_day - values
                return (ago >= 0) & (ago <= value)
            if op == "next_days":
                ahead = days_to_anniversary(values, ctx.as_of)
                return ahead <= value
            value = [_day(v) for v in value] if isinstance(value, list) else _day(value)
        with np.errstate(invalid="ignore"):
            if op == "=":
                return values == value
            if op == "<":
                return values < value
            if op == "<=":
                return values <= value
            if op == ">":
                return values > value
            if op == ">=":
                return values >= value
            if op == "between":
                return (values >= value[0]) & (values <= value[1])
            if op == "in":
                return np.isin(values, np.asarray(value, dtype="float64"))
            if op in ("top_pct", "bottom_pct"):
                return _percentile(key, op, value, values, ctx)
    else:
        text = ctx.text(key)
        if op == "empty":
            return text.isna().to_numpy()
        if op == "=":
            result = text == str(value).strip().casefold()
        elif op == "in":
            result = text.isin([str(v).strip().casefold() for v in value])
        elif op == "contains":
            result = text.str.contains(str(value).strip().casefold(), regex=False)
        else:
            raise InputError('The operator "{op}" does not apply to the text field "{key}".', op=op, key=key)
        return result.to_numpy(dtype=bool, na_value=False)
    raise InputError('The operator "{op}" does not apply to the field "{key}".', op=op, key=key)


def _percentile(key: str, op: str, pct: float, values: np.ndarray, ctx: Context) -> np.ndarray:
    import numpy as np

    ranked = ctx.ranked(key)
    k = pct_cut(len(ranked), pct)
    if k == 0:
        return np.zeros(ctx.n, dtype=bool)
    inside = ctx.population(key)
    with np.errstate(invalid="ignore"):
        if op == "top_pct":
            return inside & (values >= ranked[len(ranked) - k])
        return inside & (values <= ranked[k - 1])


def first_match(rules: list[dict], ctx: Context) -> np.ndarray:
    """For a group's ordered rules: the index of the first rule each customer matches, -1 where none matches."""
    import numpy as np

    out = np.full(ctx.n, -1, dtype=np.int64)
    for i, rule in enumerate(rules):
        out[(out < 0) & evaluate(rule, ctx)] = i
    return out


def customer_frame(ws: Workspace, features: pd.DataFrame | None = None,
                   as_of: dt.date | None = None) -> tuple[pd.DataFrame, dt.date]:
    """Every customer's metrics (saved, or computed when none are saved) joined with attributes; and the as-of date."""
    import pandas as pd

    from ..features import metrics

    if features is None:
        saved_as_of = ws.meta("features_as_of")
        has_saved = ws.conn.execute("SELECT 1 FROM features LIMIT 1").fetchone() is not None
        if has_saved and saved_as_of and as_of in (None, dt.date.fromisoformat(saved_as_of)):
            features = metrics.load_features(ws)
            as_of = dt.date.fromisoformat(saved_as_of)
        else:
            as_of = as_of or metrics.default_as_of(ws)
            features = metrics.compute_features(ws, as_of)
    elif as_of is None:
        saved_as_of = ws.meta("features_as_of")
        as_of = dt.date.fromisoformat(saved_as_of) if saved_as_of else metrics.default_as_of(ws)
    attrs = pd.read_sql_query(f"SELECT id AS customer_id, {', '.join(ATTRIBUTE_COLUMNS)} FROM customers ORDER BY id",
                              ws.conn, index_col="customer_id")
    frame = features.drop(columns=[c for c in ATTRIBUTE_COLUMNS if c in features.columns]).join(attrs, how="right")
    from ..predict.store import join_predictions  # predicted value fields (NaN until predictions are fitted)

    frame = join_predictions(ws, frame)
    frame["suggested_product"] = suggested_column(ws.conn, frame.index)
    add_derived(frame, as_of)
    return frame, as_of


def add_derived(frame: pd.DataFrame, as_of: dt.date) -> None:
    """Birthday month, and age from the birthday where no age was imported (both as of `as_of`)."""
    import numpy as np
    import pandas as pd

    if "birthday" not in frame.columns:
        frame["birthday_month"] = np.nan
        return
    days = date_days(frame["birthday"])
    valid = ~np.isnan(days)
    stamps = days[valid].astype("int64").astype("datetime64[D]")
    years = stamps.astype("datetime64[Y]").astype("int64") + 1970
    months = stamps.astype("datetime64[M]").astype("int64") % 12 + 1
    dom = (stamps - stamps.astype("datetime64[M]")).astype("int64") + 1
    month = np.full(len(frame), np.nan)
    month[valid] = months
    frame["birthday_month"] = month
    age = np.full(len(frame), np.nan)
    before = (months > as_of.month) | ((months == as_of.month) & (dom > as_of.day))
    age[valid] = as_of.year - years - before
    derived = pd.Series(age, index=frame.index)
    if "age" in frame.columns:
        imported = pd.to_numeric(frame["age"], errors="coerce")
        frame["age"] = imported.where(imported.notna(), derived)
    else:
        frame["age"] = derived
