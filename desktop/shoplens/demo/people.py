"""The demo shop's people: segments, buying windows and identities (names, phones, nicks, e-mails)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import catalog as cat
from .catalog import N_DAYS, POS, SHOPIFY, TAOBAO, norm

SEGMENTS = ("loyal", "regular", "one_time", "seasonal", "lapsed", "new")
SEGMENT_SHARES = (0.10, 0.28, 0.30, 0.08, 0.14, 0.10)


def buyers(rng: np.random.Generator, n: int) -> pd.DataFrame:
    segment = rng.choice(len(SEGMENTS), n, p=SEGMENT_SHARES)
    home = rng.choice(3, n, p=(0.56, 0.34, 0.10))
    cross = rng.random(n) < 0.14
    second = np.where(cross, np.where(home == POS, np.where(rng.random(n) < 0.9, TAOBAO, SHOPIFY), POS), -1)
    start = np.zeros(n)
    end = np.full(n, N_DAYS - 1.0)
    u = rng.random(n)
    monthly = np.zeros(n)
    seg = np.asarray(SEGMENTS)[segment]
    m = seg == "loyal"
    start[m] = np.where(u[m] < 0.6, 0, rng.uniform(0, 300, m.sum()))
    monthly[m] = rng.lognormal(np.log(1.8), 0.35, m.sum())
    m = seg == "regular"
    start[m] = np.where(u[m] < 0.4, 0, rng.uniform(0, 620, m.sum()))
    monthly[m] = rng.lognormal(np.log(0.35), 0.5, m.sum())
    m = seg == "lapsed"
    start[m] = np.where(u[m] < 0.5, 0, rng.uniform(0, 250, m.sum()))
    end[m] = start[m] + rng.uniform(90, 300, m.sum())
    monthly[m] = rng.lognormal(np.log(0.7), 0.4, m.sum())
    m = seg == "new"
    start[m] = rng.uniform(640, N_DAYS - 6, m.sum())
    monthly[m] = rng.lognormal(np.log(0.9), 0.4, m.sum())
    monthly = np.where(home == SHOPIFY, monthly * 0.5, monthly)
    k = np.maximum(1, rng.poisson(monthly / 30 * (end - start))).clip(max=150)
    k = np.where(seg == "one_time", 1, k)
    k = np.where(seg == "seasonal", rng.integers(2, 5, n), k)
    k = np.where((seg == "new") & (home == SHOPIFY), 1, k)
    female = rng.random(n) < 0.62
    people = pd.DataFrame({
        "kind": "buyer", "segment": seg, "home": home, "second": second, "start": start.astype(int),
        "end": end.astype(int), "n_orders": k, "female": female,
        "spend_factor": rng.lognormal(0, 0.45, n) * np.where(seg == "loyal", 1.25, 1.0),
        "fav": rng.choice(len(cat.CATEGORIES), n, p=norm((28, 16, 18, 14, 10, 14))),
        "store": rng.choice(3, n, p=(0.45, 0.35, 0.20)),
    })
    people.loc[people["segment"] == "seasonal", "fav"] = cat.CATEGORIES.index("零食礼盒")
    return identities(rng, people)


def identities(rng: np.random.Generator, people: pd.DataFrame, taken: set[str] | None = None) -> pd.DataFrame:
    """Names, phones (none of `taken`), Taobao nicks, e-mails and overseas addresses for `people`."""
    n = len(people)
    people = people.copy()
    people["name"] = chinese_names(rng, people["female"].to_numpy())
    people["phone"] = unique_mobiles(rng, n, taken)
    sur = rng.integers(0, len(cat.SURNAMES), n)
    people["nick"] = _nicks(rng, n, sur)
    first = np.asarray(cat.EN_FIRST)[rng.integers(0, len(cat.EN_FIRST), n)]
    last = np.where(rng.random(n) < 0.5, np.asarray([p for _, p in cat.SURNAMES])[sur],
                    np.asarray(cat.EN_LAST)[rng.integers(0, len(cat.EN_LAST), n)])
    last = np.char.capitalize(last.astype(str))
    people["en_name"] = np.char.add(np.char.add(first, " "), last)
    numbers = rng.choice(np.arange(10, 9999), n, replace=False) if n < 9000 else np.arange(n) + 10
    local = np.char.lower(np.char.add(np.char.add(np.char.add(first, "."), last), numbers.astype(str)))
    domain = np.asarray(cat.EMAIL_DOMAINS)[rng.integers(0, len(cat.EMAIL_DOMAINS), n)]
    people["email"] = np.char.add(np.char.add(local, "@"), domain)
    where = rng.choice(len(cat.OVERSEAS), n, p=norm([o[5] for o in cat.OVERSEAS]))
    people["overseas"] = where
    people["intl_phone"] = _intl_phones(rng, where)
    people["place"] = rng.choice(len(cat.PLACES), n, p=norm(cat.PLACE_WEIGHTS))
    people["address"] = _addresses(rng, people["place"].to_numpy())
    return people


def chinese_names(rng: np.random.Generator, female: np.ndarray) -> np.ndarray:
    """Believable Chinese full names (surname weighted to the common ones)."""
    n = len(female)
    weights = norm(1 / np.arange(1, len(cat.SURNAMES) + 1) ** 0.7)
    sur = np.asarray([s for s, _ in cat.SURNAMES])[rng.choice(len(cat.SURNAMES), n, p=weights)]
    given = np.where(female, np.asarray(cat.GIVEN_F)[rng.integers(0, len(cat.GIVEN_F), n)],
                     np.asarray(cat.GIVEN_M)[rng.integers(0, len(cat.GIVEN_M), n)])
    return np.char.add(sur, given)


def unique_mobiles(rng: np.random.Generator, n: int, taken: set[str] | None = None) -> np.ndarray:
    """`n` distinct mainland mobile numbers as text (none of `taken`)."""
    prefixes = np.array([134, 135, 136, 137, 138, 139, 150, 151, 152, 157, 158, 159, 166, 176, 177, 178, 180, 181,
                         182, 183, 185, 186, 187, 188, 189, 198, 199], dtype=np.int64)
    out: list[str] = []
    seen = set(taken or ())
    while len(out) < n:
        batch = prefixes[rng.integers(0, len(prefixes), n)] * 100_000_000 + rng.integers(0, 100_000_000, n)
        for value in batch.astype(str):
            if value not in seen:
                seen.add(value)
                out.append(value)
                if len(out) == n:
                    break
    return np.asarray(out)


def _nicks(rng: np.random.Generator, n: int, sur: np.ndarray) -> np.ndarray:
    style = rng.random(n)
    digits = rng.integers(10, 99999, n).astype(str)
    pinyin = np.asarray([p for _, p in cat.SURNAMES])[sur]
    given = np.asarray(["xiaoyu", "mingming", "lili", "tingting", "jun", "ayu", "lele", "dandan", "feifei", "hao"])
    tb = np.char.add("tb", rng.integers(10_000_000, 99_999_999, n).astype(str))
    latin = np.char.add(np.char.add(pinyin, given[rng.integers(0, len(given), n)]), digits)
    words = np.char.add(np.asarray(cat.NICK_WORDS)[rng.integers(0, len(cat.NICK_WORDS), n)],
                        np.asarray(cat.NICK_TAILS)[rng.integers(0, len(cat.NICK_TAILS), n)])
    chinese = np.where(rng.random(n) < 0.5, np.char.add(words, digits), words)
    nick = np.where(style < 0.3, tb, np.where(style < 0.65, latin, chinese))
    seen: dict[str, int] = {}
    out = []
    for value in nick.tolist():  # the nick is a login name: it must be unique
        count = seen.get(value, 0)
        seen[value] = count + 1
        out.append(value if count == 0 else f"{value}_{count}")
    return np.asarray(out)


def _intl_phones(rng: np.random.Generator, where: np.ndarray) -> np.ndarray:
    """Overseas mobile numbers in +CC form; numbers in ranges no carrier uses are drawn again."""
    import phonenumbers

    out = np.empty(len(where), dtype=object)
    for i in range(len(cat.OVERSEAS)):
        out[where == i] = _draw_intl(rng, i, int((where == i).sum()))
    for index in range(len(out)):
        for _ in range(100):
            if phonenumbers.is_valid_number(phonenumbers.parse(out[index])):
                break
            out[index] = _draw_intl(rng, where[index], 1)[0]
    return out


def _draw_intl(rng: np.random.Generator, place: int, n: int) -> list[str]:
    _, _, code, starts, length, _ = cat.OVERSEAS[place]
    head = np.asarray(starts)[rng.integers(0, len(starts), n)]
    rest_len = length - np.char.str_len(head)
    rest = [str(int(r)).zfill(int(k)) for r, k in zip(rng.integers(0, 10 ** 9, n) % 10 ** rest_len, rest_len,
                                                        strict=True)]
    if code == "1":  # North American exchange codes start with 2-9
        rest = [str(2 + int(r[0]) % 8) + r[1:] for r in rest]
    return [f"+{code} {h}{r}" for h, r in zip(head, rest, strict=True)]


def _addresses(rng: np.random.Generator, place: np.ndarray) -> np.ndarray:
    out = []
    street = rng.integers(0, len(cat.STREETS), len(place))
    number = rng.integers(1, 999, len(place))
    building = rng.integers(1, 30, len(place))
    room = rng.integers(101, 2402, len(place))
    district = rng.integers(0, 100, len(place))
    for p, s, no, b, r, d in zip(place, street, number, building, room, district, strict=True):
        province, city, districts = cat.PLACES[p]
        out.append(f"{province} {city} {districts[d % len(districts)]} {cat.STREETS[s]}{no}号 {b}幢{r}室")
    return np.asarray(out)


def choose_members(rng: np.random.Generator, people: pd.DataFrame, orders: pd.DataFrame) -> np.ndarray:
    """Who holds a member card: most people who bought in a store (members sign up at the till)."""
    in_store = np.zeros(len(people), dtype=bool)
    in_store[orders.loc[(orders["channel"] == POS) & (orders["person"] >= 0), "person"].to_numpy()] = True
    loyal = people["segment"].to_numpy() == "loyal"
    return in_store & (rng.random(len(people)) < np.where(loyal, 0.95, 0.7))
