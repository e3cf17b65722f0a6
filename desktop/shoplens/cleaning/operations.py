"""Cleaning operations: each a step type with parameters, applied to one import's parsed rows or after writing."""

from __future__ import annotations

from typing import Any, ClassVar

import pandas as pd

from ..errors import InputError, Message
from ..ingest.fields import FIELD_BY_KEY
from .context import FrameContext, StepStats
from .matching import ASCII_SPACE, SPACES, arrow_text, duplicated_rows, may_hold_bytes, raw_text, regex_hits

REGISTRY: dict[str, Operation] = {}
ID_FIELDS = ("member_no", "customer_ref", "wechat", "order_no", "sku", "coupon_code")
TEXT_FIELDS = ("name", "city", "province", "address", "member_level", "product", "category", "channel", "store",
               *ID_FIELDS)


def register(op: Operation) -> Operation:
    """Add an operation to the registry under its name (look them up through cleaning.catalog)."""
    REGISTRY[op.name] = op
    return op


class Operation:
    """A kind of cleaning step. `stage` is 'rows' (changes parsed rows) or 'after' (changes written tables)."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    stage: ClassVar[str] = "rows"
    defaults: ClassVar[dict[str, Any]] = {}
    drops_rows: ClassVar[bool] = False  # True when some parameters make it remove rows

    def check(self, params: dict[str, Any]) -> dict[str, Any]:
        """Fill in defaults and check the parameters; raise InputError naming the bad one."""
        unknown = set(params) - set(self.defaults)
        if unknown:
            raise InputError('The step "{name}" has no parameter {unknown}. It takes: {takes}.', name=self.name,
                             unknown=", ".join(sorted(unknown)), takes=', '.join(self.defaults) or 'none')
        out = {k: (list(v) if isinstance(v, list | tuple) else v) for k, v in self.defaults.items()}
        out.update(params)
        return out

    def fields(self, params: dict[str, Any]) -> list[str]:
        """The field keys this step names explicitly."""
        named = params.get("fields") or []
        return [*named, params["field"]] if params.get("field") else list(named)

    def columns(self, params: dict[str, Any]) -> list[str]:
        """The source column names this step names explicitly."""
        return [params["column"]] if params.get("column") else []

    def rename(self, params: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
        """Parameters with field keys and column names renamed."""
        if isinstance(params.get("fields"), list):
            params["fields"] = [renames.get(f, f) for f in params["fields"]]
        for key in ("field", "column"):
            if isinstance(params.get(key), str):
                params[key] = renames.get(params[key], params[key])
        return params

    def describe(self, params: dict[str, Any]) -> Message:
        """A short sentence for the recipe list (the UI translates it; str() gives the English)."""
        return Message(self.label)

    def apply(self, frame: pd.DataFrame, ctx: FrameContext, params: dict[str, Any], stats: StepStats) -> pd.DataFrame:
        """Return the changed rows of one import ('rows' stage)."""
        return frame


# -- parameter helpers ---------------------------------------------------------------------------------------------
def field_list(params: dict[str, Any], key: str, allowed: tuple[str, ...] | None = None) -> list[str]:
    """Check a list-of-field-keys parameter (None means 'every suitable field')."""
    value = params.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError('The parameter "{key}" must be a list of field names.', key=key)
    for name in value:
        if name not in FIELD_BY_KEY:
            raise InputError('"{name}" is not a ShopLens field. Fields: {fields}.', name=name,
                             fields=", ".join(FIELD_BY_KEY))
        if allowed is not None and name not in allowed:
            raise InputError('This step cannot be used on the field "{name}". It works on: {allowed}.', name=name,
                             allowed=", ".join(allowed))
    params[key] = value
    return value


def choice(params: dict[str, Any], key: str, options: tuple[str, ...]) -> str:
    """Check a parameter that must be one of a few words."""
    value = params.get(key)
    if value not in options:
        raise InputError('The parameter "{key}" must be one of: {options} (it is "{value}").', key=key,
                         options=", ".join(options), value=value)
    return value


def present(frame: pd.DataFrame, names: list[str], default: tuple[str, ...]) -> list[str]:
    """The named fields (or the default ones) that this import has."""
    return [f for f in (names or default) if f in frame]


def set_values(frame: pd.DataFrame, name: str, mask: pd.Series, values: pd.Series) -> pd.DataFrame:
    """Write `values` into `frame[name]` where `mask` is true (keeping the column's other values)."""
    column = frame[name].astype("object") if frame[name].dtype != "object" else frame[name].copy()
    column[mask] = values[mask]
    frame[name] = column
    return frame


def blank(raw: pd.Series, text: pd.Series | None = None) -> pd.Series:
    """True where the raw text is empty or only whitespace (`text`: raw.astype('str') when the caller has it)."""
    return raw.isna() | ((raw.astype("str") if text is None else text).str.strip() == "")


def filled_where(mask: pd.Series, raw: pd.Series) -> pd.Series:
    """mask & ~blank(raw), looking at the raw text only where `mask` is true (usually a few cells)."""
    out = mask.astype(bool).copy()
    if out.any():
        out[out] = ~blank(raw[out]).to_numpy(dtype=bool)
    return out


# -- text ------------------------------------------------------------------------------------------------------------
_WIDE = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " ", "\u00a0": " "})


class NormalizeText(Operation):
    name = "normalize_text"
    label = "Tidy text: trim spaces, full-width (全角) to half-width"
    defaults: ClassVar[dict[str, Any]] = {"fields": None}

    def check(self, params):
        params = super().check(params)
        field_list(params, "fields", TEXT_FIELDS)
        return params

    def describe(self, params):
        return Message("Tidy text in {fields}", fields=", ".join(params["fields"])) if params.get("fields") else \
            Message(self.label)

    def apply(self, frame, ctx, params, stats):
        for name in present(frame, params["fields"], TEXT_FIELDS):
            values = frame[name]
            has = values.notna()
            if not has.any():
                continue
            text = (values if has.all() else values[has]).astype("str")
            if not _untidy(text):  # nothing _tidy would change
                continue
            codes, uniques = pd.factorize(text)
            if len(uniques) * 4 < len(text):  # few distinct values (products, stores, names): tidy each once
                fixed, todo = _tidy(pd.Series(uniques, dtype="str"), name in ID_FIELDS)
                if not todo.any():
                    continue
                changed = pd.Series(todo.to_numpy()[codes], index=text.index)
                new = pd.Series(fixed.to_numpy(dtype=object)[codes], index=text.index, dtype="object")
            else:
                new, changed = _tidy(text, name in ID_FIELDS)
            if changed.any():
                new = new.where(new != "", None)
                mask = pd.Series(False, index=frame.index)
                mask[changed[changed].index] = True
                frame = set_values(frame, name, mask, new.reindex(frame.index))
                stats.add_changed(name, int(changed.sum()))
        return frame


def _untidy(text: pd.Series) -> bool:
    """True when some value has a character _tidy acts on (full-width or a space), in one pyarrow pass."""
    import pyarrow.compute as pc

    array = arrow_text(text)
    if not may_hold_bytes(array, _UNTIDY_BYTES, _UNTIDY_E3):  # most columns: no such byte at all (3x faster)
        return False
    return bool(pc.any(pc.match_substring_regex(array, f"[{SPACES}\uff01-\uff5e]")).as_py())


# UTF-8 of the characters in SPACES and U+FF01..U+FF5E: ASCII spaces, or a sequence led by C2, E1, E2, EF, or E3 80 80
_UNTIDY_BYTES = (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0xC2, 0xE1, 0xE2, 0xEF)
_UNTIDY_E3 = b"\xe3\x80\x80"


def _tidy(text: pd.Series, is_id: bool) -> tuple[pd.Series, pd.Series]:
    """Full-width to half-width and whitespace tidied (removed in ids); returns (new text, changed mask)."""
    new = text.copy()
    wide = text.str.contains("[\uff01-\uff5e\u3000\u00a0]", regex=True)
    if wide.any():  # str.translate runs per value in Python: only where needed
        new[wide] = text[wide].str.translate(_WIDE)
    spaces = new.str.contains(r"\s" if is_id else r"\s\s|^\s|\s$|[^\S ]", regex=True)
    if spaces.any():
        new[spaces] = new[spaces].str.replace(r"\s+", "" if is_id else " ", regex=True).str.strip()
    return new, (wide | spaces) & (new != text)


register(NormalizeText())


# -- phones ----------------------------------------------------------------------------------------------------------
class Phones(Operation):
    name = "phones"
    label = "Phone numbers: standard form, invalid ones flagged"
    defaults: ClassVar[dict[str, Any]] = {"invalid": "drop"}

    def check(self, params):
        params = super().check(params)
        choice(params, "invalid", ("drop", "keep_digits"))
        return params

    def describe(self, params):  # whole sentences, so the UI can translate each
        if params["invalid"] == "keep_digits":
            return Message("Standardise phone numbers; flag invalid ones (kept as digits)")
        return Message("Standardise phone numbers; flag invalid ones (left out of customer keys)")

    def apply(self, frame, ctx, params, stats):
        raw = raw_text(ctx, "phone", frame.index)
        if raw is None or "phone" not in frame:
            return frame
        invalid = filled_where(frame["phone"].isna(), raw)
        if not invalid.any():
            return frame
        stats.flagged += ctx.flag(stats.index, "invalid_phone", invalid, "customer",
                                  "phone number could not be read")
        stats.add_detail("invalid", int(invalid.sum()))
        if params["invalid"] == "keep_digits":
            text = raw.astype("str").str.strip()
            digits = text.str.replace(r"\D", "", regex=True)
            scientific = text.str.fullmatch(r"\d(\.\d+)?[eE]\+?\d+")  # digits already lost in a spreadsheet
            usable = invalid & (digits.str.len() >= 5) & ~scientific
            if usable.any():
                frame = set_values(frame, "phone", usable, digits)
                stats.add_changed("phone", int(usable.sum()))
        return frame


register(Phones())


# -- e-mails ---------------------------------------------------------------------------------------------------------
_EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"


class Emails(Operation):
    name = "emails"
    label = "E-mail addresses: lower case, repaired where possible, invalid ones flagged"
    defaults: ClassVar[dict[str, Any]] = {"invalid": "drop"}

    def check(self, params):
        params = super().check(params)
        choice(params, "invalid", ("drop", "keep"))
        return params

    def apply(self, frame, ctx, params, stats):
        raw = raw_text(ctx, "email", frame.index)
        if raw is None or "email" not in frame:
            return frame
        prefixed = frame["email"].notna() & frame["email"].astype("str").str.startswith("mailto:")
        if prefixed.any():
            frame = set_values(frame, "email", prefixed, frame["email"].astype("str").str.slice(7))
            stats.add_changed("email", int(prefixed.sum()))
        todo = filled_where(frame["email"].isna(), raw)
        if not todo.any():
            return frame
        text = raw[todo].astype("str").str.translate(_WIDE).str.lower()
        text = (text.str.replace(r"\s+", "", regex=True).str.replace(r"^mailto:", "", regex=True)
                .str.replace("。", ".", regex=False).str.strip(".,;:<>\"'()"))
        ok = text.str.fullmatch(_EMAIL)
        repaired = pd.Series(False, index=frame.index)
        repaired[ok[ok].index] = True
        if repaired.any():
            frame = set_values(frame, "email", repaired, text.reindex(frame.index))
            stats.add_changed("email", int(repaired.sum()))
        still = todo & ~repaired
        if still.any():
            stats.flagged += ctx.flag(stats.index, "invalid_email", still, "customer", "e-mail address not valid")
            if params["invalid"] == "keep":
                frame = set_values(frame, "email", still, raw.astype("str").str.strip().str.lower())
                stats.add_changed("email", int(still.sum()))
        return frame


register(Emails())


# -- gender ----------------------------------------------------------------------------------------------------------
_MORE_GENDER = {"男性": "M", "男士": "M", "mr": "M", "mr.": "M", "男生": "M", "gentleman": "M",
                "女性": "F", "女生": "F", "mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "miss": "F", "lady": "F"}


class Genders(Operation):
    name = "genders"
    label = "Gender: every way of writing it to one form (M/F)"
    defaults: ClassVar[dict[str, Any]] = {"mapping": {}}

    def check(self, params):
        params = super().check(params)
        mapping = params["mapping"]
        if not isinstance(mapping, dict) or any(v not in ("M", "F", None) for v in mapping.values()):
            raise InputError('The gender "mapping" must give "M" or "F" for each written form, e.g. {{"先生": "M"}}.')
        params["mapping"] = {str(k).strip().lower(): v for k, v in mapping.items()}
        return params

    def apply(self, frame, ctx, params, stats):
        raw = raw_text(ctx, "gender", frame.index)
        if raw is None or "gender" not in frame:
            return frame
        todo = filled_where(frame["gender"].isna(), raw)
        if not todo.any():
            return frame
        lookup = {**_MORE_GENDER, **params["mapping"]}
        mapped = raw[todo].astype("str").str.translate(_WIDE).str.strip().str.lower().map(lookup)
        mask = pd.Series(False, index=frame.index)
        mask[mapped[mapped.notna()].index] = True
        if mask.any():
            frame = set_values(frame, "gender", mask, mapped.reindex(frame.index))
            stats.add_changed("gender", int(mask.sum()))
        stats.add_detail("unreadable", int((todo & ~mask).sum()))
        return frame


register(Genders())


# -- dates -----------------------------------------------------------------------------------------------------------
DATE_KEYS = ("order_time", "paid_time", "birthday", "join_date", "last_purchase")
_SETTLED_DATE = r"^\s*(\d{4}\D|\d{8}|\d+(\.\d+)?\s*$)"  # year first or a number: read the same either way
_SETTLED_DATE_ASCII = rf"^{ASCII_SPACE}*([0-9]{{4}}[^0-9]|[0-9]{{8}}|[0-9]+(\.[0-9]+)?{ASCII_SPACE}*$)"


class Dates(Operation):
    name = "dates"
    label = "Dates in mixed formats, read with the day-first setting"
    defaults: ClassVar[dict[str, Any]] = {"fields": None, "dayfirst": True}

    def check(self, params):
        params = super().check(params)
        field_list(params, "fields", DATE_KEYS)
        params["dayfirst"] = bool(params["dayfirst"])
        return params

    def describe(self, params):  # whole sentences, so the UI can translate each
        names = ", ".join(params["fields"]) if params.get("fields") else ""
        if params["dayfirst"]:
            return Message("Read dates in {fields} day first (05.03.2024 = 5 March)" if names else
                           "Read dates in every date column day first (05.03.2024 = 5 March)", fields=names)
        return Message("Read dates in {fields} month first (03/05/2024 = 5 March)" if names else
                       "Read dates in every date column month first (03/05/2024 = 5 March)", fields=names)

    def apply(self, frame, ctx, params, stats):
        from ..ingest import normalize as nz

        for name in present(frame, params["fields"], DATE_KEYS):
            raw = raw_text(ctx, name, frame.index)
            if raw is None:
                continue
            # year-first text and Excel serials read the same either way: re-read only the rest
            settled = regex_hits(raw, _SETTLED_DATE, _SETTLED_DATE_ASCII)  # raw_text is text already: no astype copy
            todo = ~(blank(raw, raw) | pd.Series(settled, index=raw.index))
            if not todo.any():
                continue
            value, _ = nz.parse_datetime(raw[todo].astype(object), dayfirst=params["dayfirst"], time_zone=ctx.time_zone)
            if name not in ("order_time", "paid_time"):
                value = value.str.slice(0, 10)
            value = value.reindex(frame.index)
            old = frame[name]
            changed = todo & ~((old == value) | (old.isna() & value.isna())).fillna(False).astype(bool)
            if changed.any():
                frame = set_values(frame, name, changed, value)
                stats.add_changed(name, int(changed.sum()))
        return frame


register(Dates())


# -- amounts ---------------------------------------------------------------------------------------------------------
MONEY_KEYS = ("amount", "item_price", "discount", "total_spend")
_EURO_CORE = r"-?\d{1,3}(?:\.\d{3})+,\d{1,2}"  # European: 1.234,56
_EURO = rf"^\s*{_EURO_CORE}\s*$"
_EURO_ASCII = rf"^{ASCII_SPACE}*-?[0-9]{{1,3}}(?:\.[0-9]{{3}})+,[0-9]{{1,2}}{ASCII_SPACE}*$"  # the same on ASCII text


def parse_amount_text(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Amounts the importer could not read: '1.2万', '12.50-', '1.234,56', '−12', 'RMB 12'; (cents, invalid)."""
    from ..ingest import normalize as nz

    t = text.astype("str").str.translate(_WIDE).str.strip().str.replace("−", "-", regex=False)
    t = t.str.replace(r"(?i)(人民币|rmb|cny|元整|元|圆|块|¥|￥|\$|\s)", "", regex=True)
    t = t.str.replace(r"^(\d[\d,.]*)-$", r"-\1", regex=True)  # trailing minus
    euro = t.str.fullmatch(_EURO_CORE)
    t = t.where(~euro, t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
    wan = t.str.fullmatch(r"-?[\d.]+万")
    cents, invalid = nz.parse_money_cents(t.str.replace("万", "", regex=False))
    if wan.any():
        cents = cents.where(~wan, cents * 10_000)
    return cents, invalid


class Amounts(Operation):
    name = "amounts"
    label = "Amounts with currency marks, separators, 万 and trailing minus"
    defaults: ClassVar[dict[str, Any]] = {"fields": None}

    def check(self, params):
        params = super().check(params)
        field_list(params, "fields", MONEY_KEYS)
        return params

    def apply(self, frame, ctx, params, stats):
        for name in present(frame, params["fields"], MONEY_KEYS):
            raw = raw_text(ctx, name, frame.index)
            if raw is None:
                continue
            # 1.234,56 was read as 1.23 at import
            euro = pd.Series(regex_hits(raw, _EURO, _EURO_ASCII), index=raw.index)
            todo = filled_where(frame[name].isna(), raw) | euro
            if not todo.any():
                continue
            cents, invalid = parse_amount_text(raw[todo].astype(object))
            ok = cents.notna() & (cents != frame.loc[todo, name]).fillna(True).astype(bool)
            cents = cents[ok | cents.isna()]
            ok = cents.notna()
            if ok.any():
                column = frame[name].astype("Int64").copy()
                column[ok[ok].index] = cents[ok]
                frame[name] = column
                stats.add_changed(name, int(ok.sum()))
            bad = pd.Series(False, index=frame.index)
            bad[invalid[invalid].index] = True
            if bad.any():
                stats.flagged += ctx.flag(stats.index, f"invalid:{name}", bad, None, f"{name} could not be read")
        return frame


register(Amounts())


# -- missing values --------------------------------------------------------------------------------------------------
class Missing(Operation):
    name = "missing"
    label = "Missing values: fill, drop the row, or flag"
    defaults: ClassVar[dict[str, Any]] = {"field": None, "action": "flag", "value": None}
    drops_rows = True

    def check(self, params):
        params = super().check(params)
        if params["field"] not in FIELD_BY_KEY:
            raise InputError('Choose the field whose missing values this step handles (not "{field}").',
                             field=params["field"])
        choice(params, "action", ("fill", "drop", "flag"))
        if params["action"] == "fill" and (params["value"] is None or str(params["value"]).strip() == ""):
            raise InputError("To fill missing values, give the value to fill in.")
        if params["action"] == "fill":
            fill_value(params["field"], params["value"])
        return params

    def describe(self, params):  # whole sentences, so the UI can translate each
        field, action = params["field"], params["action"]
        if action == "fill":
            return Message('Missing {field}: fill with "{value}"', field=field, value=params["value"])
        return Message("Missing {field}: leave the row out" if action == "drop" else "Missing {field}: flag for review",
                       field=field)

    def apply(self, frame, ctx, params, stats):
        name = params["field"]
        if name not in frame:
            return frame
        missing = frame[name].isna()
        if not missing.any():
            return frame
        action = params["action"]
        if action == "drop":
            stats.dropped += int(missing.sum())
            return frame[~missing]
        if action == "flag":
            entity = "order" if FIELD_BY_KEY[name].entity == "order" and ctx.kind == "orders" else "customer"
            stats.flagged += ctx.flag(stats.index, f"missing:{name}", missing, entity, f"no {name}")
            return frame
        value = fill_value(name, params["value"])
        column = frame[name].astype("object").copy()
        column[missing] = value
        frame[name] = column.astype(frame[name].dtype) if str(frame[name].dtype) in ("Int64", "float64") else column
        stats.add_changed(name, int(missing.sum()))
        return frame


def fill_value(name: str, value: Any) -> Any:
    """A fill value converted to how the field is stored (cents for money, ISO text for dates)."""
    from ..ingest import normalize as nz

    kind = FIELD_BY_KEY[name].value_type
    raw = pd.Series([str(value)], dtype="object")
    parsed, invalid = {"money": nz.parse_money_cents, "number": nz.parse_number, "email": nz.parse_email,
                       "gender": nz.parse_gender, "bool": nz.parse_flag,
                       "date": nz.parse_datetime, "datetime": nz.parse_datetime}.get(kind, lambda s: (s, None))(raw)
    if invalid is not None and bool(invalid.iloc[0]):
        raise InputError('"{value}" is not a valid value for {label}.', value=value, label=FIELD_BY_KEY[name].label)
    result = parsed.iloc[0]
    if kind == "date" and isinstance(result, str):
        result = result[:10]
    if kind == "money":
        result = int(result)
    return result.strip() if isinstance(result, str) else result


register(Missing())


# -- exact duplicate rows ----------------------------------------------------------------------------------------------
class DuplicateRows(Operation):
    name = "duplicate_rows"
    label = "Exact duplicate rows: keep the first"
    defaults: ClassVar[dict[str, Any]] = {"fields": None}
    drops_rows = True

    def check(self, params):
        params = super().check(params)
        field_list(params, "fields")
        return params

    def apply(self, frame, ctx, params, stats):
        cols = present(frame, params["fields"], tuple(c for c in frame.columns if c != "row"))
        if not cols or len(frame) < 2:
            return frame
        dup = duplicated_rows(frame, cols)
        stats.dropped += int(dup.sum())
        return frame[~dup] if dup.any() else frame





register(DuplicateRows())
