"""Guess which canonical field each source column holds, from its header and its values."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from .fields import FIELD_BY_KEY, FIELDS, IGNORE
from .table import Table


@dataclass
class ColumnGuess:
    """The guessed field of one source column, with a confidence from 0 to 1 and the reason in words."""

    column: str
    field: str  # a field key, or '' when the column is not imported into customers/orders
    confidence: float
    samples: list[str] = field(default_factory=list)
    reason: str = ""
    shares: dict[str, float] = field(default_factory=dict)  # what the values look like


def normalise_header(text: str) -> str:
    """Lower-case, full-width to half-width, without spaces, punctuation or bracketed notes."""
    text = unicodedata.normalize("NFKC", text or "").lower().strip()
    text = re.sub(r"[(（\[【].*?[)）\]】]", "", text)
    text = re.sub(r"[\s_\-:：/.,，、*#]+", "", text)
    return text


_SYNONYMS: list[tuple[str, str]] = sorted(
    ((normalise_header(s), f.key) for f in FIELDS for s in f.synonyms if normalise_header(s)),
    key=lambda pair: -len(pair[0]),
)
_EXACT: dict[str, list[str]] = {}
for _syn, _key in _SYNONYMS:
    _EXACT.setdefault(_syn, [])
    if _key not in _EXACT[_syn]:
        _EXACT[_syn].append(_key)

# which kinds of values fit a field's value type
_TYPE_SHARE = {"phone": "phone", "email": "email", "date": "date", "datetime": "date", "money": "money",
               "gender": "gender", "bool": "flag"}
_ORDER_ONLY = {"order_no", "amount", "item_price", "quantity", "product", "sku", "status", "paid_time"}


def header_signature(columns: list[str]) -> str:
    """A fingerprint of a header shape, so a saved import template matches next month's export."""
    joined = "\x1f".join(normalise_header(c) for c in columns)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def guess_mapping(table: Table, sample_size: int = 200) -> list[ColumnGuess]:
    """One guess per column of `table`; each field is given to at most one column (the most confident)."""
    from .normalize import looks_like

    samples_by_col = _samples(table, sample_size)
    candidates: list[tuple[float, int, str, str]] = []  # (confidence, column index, field, reason)
    shares_by_col: list[dict[str, float]] = []
    for index, column in enumerate(table.columns):
        shares = looks_like(samples_by_col[index])
        shares_by_col.append(shares)
        named = _header_candidates(column)
        if not named and header_words(column) == ["id"]:
            named = [_bare_id(table, index, column)]
        for key, confidence, reason in named:
            confidence = _adjust_by_values(key, confidence, shares, samples_by_col[index])
            candidates.append((confidence, index, key, reason))
        if any(confidence >= CLEAR_HEADER for _, confidence, _ in named):
            continue  # values never override a clear header: an 8-digit column headed "date" is no phone column
        for key, confidence, reason in _value_candidates(shares):
            candidates.append((confidence, index, key, reason))
    looks_like_orders = any(c[2] in _ORDER_ONLY and c[0] >= 0.7 for c in candidates)
    if table.header_row == 0:
        pass  # no header row: only the values speak, and they cannot tell a customer list from orders this way
    elif looks_like_orders:  # in an orders file, "Created at" is the order time, not a join date
        candidates = [
            (c[0] - (0.2 if c[2] in ("join_date", "last_purchase", "total_spend", "order_count") else 0), *c[1:])
            for c in candidates
        ]
    else:
        candidates = [(c[0] - (0.2 if c[2] in _ORDER_ONLY | {"order_time"} else 0), *c[1:]) for c in candidates]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    chosen: dict[int, tuple[str, float, str]] = {}
    taken: set[str] = set()
    for confidence, index, key, reason in candidates:
        if confidence < 0.35 or index in chosen or key in taken:
            continue
        chosen[index] = (key, confidence, reason)
        taken.add(key)
    guesses = []
    for index, column in enumerate(table.columns):
        key, confidence, reason = chosen.get(index, (IGNORE, 0.0, "no matching field"))
        guesses.append(ColumnGuess(column, key, round(min(confidence, 1.0), 2), samples_by_col[index][:5], reason,
                                   shares_by_col[index]))
    return guesses


CLEAR_HEADER = 0.6  # a header match at least this sure is not overridden by what the values look like


def _bare_id(table: Table, index: int, column: str) -> tuple[str, float, str]:
    """A column headed just "id" ("ID", "_id"): a customer's when its values repeat (customers come back), else
    maybe only a row number (the iris table's "Id"): a guess too unsure to act on without the user."""
    import pyarrow.compute as pc

    cells = table.column_array(index)
    filled = len(cells) - pc.sum(pc.equal(cells, "")).as_py() if len(cells) else 0
    distinct = pc.count_distinct(cells).as_py() - (1 if filled < len(cells) else 0) if filled else 0
    if filled >= 10 and distinct <= 0.9 * filled:
        return "customer_ref", 0.7, f'header "{column}" with values that repeat, as a customer\'s do'
    return "customer_ref", 0.45, f'header "{column}" says only that it is an id'


def _samples(table: Table, sample_size: int) -> list[list[str]]:
    """Up to `sample_size` non-empty values per column, spread over the whole table."""
    step = max(1, table.n_rows // sample_size)
    if table.columnar:  # only the picked rows are made Python lists
        import pyarrow as pa

        where = pa.array(range(0, min(table.n_rows, step * sample_size * 2), step), type=pa.int64())
        picked = list(zip(*(a.take(where).to_pylist() for a in table.arrays()), strict=True))
    else:
        picked = table.rows[::step][: sample_size * 2]
    out: list[list[str]] = [[] for _ in table.columns]
    for row in picked:
        for i, value in enumerate(row):
            if value and len(out[i]) < sample_size:
                out[i].append(value)
    return out


# Words that, inside a header, say the column is NOT the field its other words suggest: Taobao's 返点积分 and
# 买家支付积分 are points earned or spent on one order, not the member's points balance.
_NOT_THIS_FIELD: dict[str, tuple[str, ...]] = {
    "points": ("返点", "支付", "抵扣", "使用", "消耗", "赠送", "获得", "本次", "paid", "used", "earned", "redeemed"),
}


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def header_words(text: str) -> list[str]:
    """A header's words, lower-case: snake_case, camelCase, spaces and punctuation all split ("_id" is ["id"])."""
    text = unicodedata.normalize("NFKC", text or "")
    return [w.lower() for w in re.split(r"[\W_]+", _CAMEL.sub(" ", text)) if w]


# Generic English headers, matched by their words when no known name fits (CDNOW's customer_id, date,
# number_of_cds, dollar_value; "cds_bought", "spent"; a bare "id").
_CUSTOMER_WORDS = frozenset({"customer", "customers", "cust", "client", "buyer", "user", "shopper", "consumer",
                             "purchaser", "patron"})
_ID_WORDS = frozenset({"id", "no", "nr", "num", "number", "code", "key", "ref", "reference", "identifier"})
_AMOUNT_WORDS = frozenset({"spent", "spend", "sales", "revenue", "value", "amount", "amt", "total", "paid", "gmv",
                           "turnover", "dollar", "dollars", "usd", "rmb", "cny", "yuan", "money", "sum"})
_NOT_AMOUNT = frozenset({"discount", "tax", "shipping", "freight", "postage", "fee", "refund", "refunded", "unit",
                         "points", "count", "qty", "quantity", "number", "items", "orders", "rate", "ratio", "pct",
                         "percent", "avg", "average", "mean", "per", "lifetime", "id", "cost", "deposit"})
_TIME_WORDS = frozenset({"date", "day", "time", "timestamp", "datetime", "dt", "ts", "when", "created"})
_NOT_ORDER_TIME = frozenset({"birth", "birthday", "dob", "born", "join", "joined", "registration", "registered",
                             "signup", "paid", "payment", "pay", "ship", "shipped", "shipping", "delivery",
                             "delivered", "update", "updated", "modified", "last", "first", "expiry", "expire",
                             "expires", "expiration", "due", "closing", "closed", "close", "refund", "refunded",
                             "cancel", "cancelled", "canceled", "start", "end", "open", "opened", "effective",
                             "established", "founded", "report", "reported", "fiscal"})
_QUANTITY_WORDS = frozenset({"qty", "quantity", "units", "items", "pieces", "pcs", "bought"})
_NOT_QUANTITY = frozenset({"price", "amount", "value", "cost", "total", "spent", "id", "name", "date", "time",
                           "orders", "customers", "visits", "days"})


def _word_candidates(column: str) -> list[tuple[str, float, str]]:
    """Fields a generic English header names by its words; a bare "id" is left to guess_mapping (it needs values)."""
    words = header_words(column)
    if not words or words == ["id"]:
        return []
    have = set(words)
    said = f'the words of header "{column}"'
    found: list[tuple[str, float, str]] = []
    if have & _CUSTOMER_WORDS and have <= _CUSTOMER_WORDS | _ID_WORDS:
        found.append(("customer_ref", 0.8, f"{said} name the customer"))
    if have & _AMOUNT_WORDS and not have & _NOT_AMOUNT:
        found.append(("amount", 0.75, f"{said} name an amount"))
    if have & _TIME_WORDS and not have & _NOT_ORDER_TIME and not have & (_AMOUNT_WORDS | _QUANTITY_WORDS):
        found.append(("order_time", 0.75, f"{said} name a date"))
    counted = words[:2] in (["number", "of"], ["num", "of"], ["no", "of"], ["count", "of"]) and len(words) > 2
    if (counted or have & _QUANTITY_WORDS) and not have & _NOT_QUANTITY and not have & _TIME_WORDS:
        found.append(("quantity", 0.7, f"{said} name a quantity"))
    return found


def known_header(text: str) -> bool:
    """True when a cell is a column name ShopLens knows (a synonym of a field, or generic words naming one)."""
    return normalise_header(text) in _EXACT or bool(_word_candidates(text)) or header_words(text) == ["id"]


def _header_candidates(column: str) -> list[tuple[str, float, str]]:
    name = normalise_header(column)
    if not name:
        return []
    found: list[tuple[str, float, str]] = []
    for rank, key in enumerate(_EXACT.get(name, [])):
        found.append((key, 0.95 - 0.1 * rank, f'header "{column}" is a known name for this field'))
    if found:
        return found
    by_words = _word_candidates(column)
    if by_words:
        return by_words  # a header of generic words: its words, not the synonyms hidden inside them ("cds_bought")
    words = set(header_words(column))
    for synonym, key in _SYNONYMS:  # longest synonyms first
        if any(word in name for word in _NOT_THIS_FIELD.get(key, ())):
            continue
        if key == "order_time" and words & _NOT_ORDER_TIME:
            continue  # "Closing Date", "Updated Date": a date, but not when the order was made
        if len(synonym) >= 2 and synonym in name and all(k != key for k, *_ in found):
            score = 0.55 + 0.3 * len(synonym) / max(len(name), 1)
            found.append((key, score, f'header "{column}" contains "{synonym}"'))
        if len(found) >= 3:
            break
    return found


def _adjust_by_values(key: str, confidence: float, shares: dict[str, float], samples: list[str]) -> float:
    if not shares:
        return confidence - 0.05  # an empty column: keep the header's word, a little less sure
    wanted = _TYPE_SHARE.get(FIELD_BY_KEY[key].value_type)
    if wanted:
        share = shares.get(wanted, 0.0)
        if share >= 0.8:
            return confidence + 0.05
        if share < 0.3:
            return confidence - 0.35
    if key == "name" and samples and sum(bool(re.fullmatch(r"#?\d+", s)) for s in samples) > 0.8 * len(samples):
        return confidence - 0.5  # Shopify's "Name" column holds order numbers like "#1001"
    if key == "order_no" and samples and sum(bool(re.fullmatch(r"#?[\w-]+", s)) for s in samples) > 0.8 * len(samples):
        return confidence + 0.02
    return confidence


def _value_candidates(shares: dict[str, float]) -> list[tuple[str, float, str]]:
    if not shares or shares.get("n", 0) < 3:
        return []
    out = []
    if shares.get("email", 0) >= 0.8:
        out.append(("email", 0.6, "the values look like e-mail addresses"))
    if shares.get("phone", 0) >= 0.8 and shares.get("integer", 0) < 1.0 or shares.get("phone", 0) >= 0.95:
        out.append(("phone", 0.5, "the values look like phone numbers"))
    if shares.get("gender", 0) >= 0.8:
        out.append(("gender", 0.6, "the values look like genders"))
    # too unsure to act on alone (importer.SURE), but a start for a file without a header row
    if shares.get("date", 0) >= 0.8:
        out.append(("order_time", 0.45, "the values look like dates"))
    if shares.get("money", 0) >= 0.8 and shares.get("integer", 0) < 0.5:
        out.append(("amount", 0.4, "the values look like amounts"))
    return out
