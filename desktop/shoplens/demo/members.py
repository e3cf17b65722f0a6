"""The demo shop's member cards (with lifetime aggregates) and its WeChat followers."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .catalog import POS, TAOBAO
from .people import identities

LEVELS = ((0, "普通会员"), (1000, "银卡会员"), (3000, "金卡会员"), (8000, "钻石会员"))
OPENID_CHARS = np.asarray(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))


def members_and_followers(rng: np.random.Generator, people: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    """Add members who bought only before the period, WeChat-only followers, and member/follower columns."""
    n = len(people)
    taken = set(people["phone"])
    member_only = _new_people(rng, round(0.12 * n), "member_only", taken)
    taken |= set(member_only["phone"])
    follower_only = _new_people(rng, round(0.10 * n), "follower_only", taken)
    member_only["member"] = True
    follower_only["member"] = False
    people = pd.concat([people, member_only, follower_only], ignore_index=True)
    _member_columns(rng, people, orders)
    _follower_columns(rng, people)
    return people


def _new_people(rng, n: int, kind: str, taken: set[str]) -> pd.DataFrame:
    frame = pd.DataFrame({"kind": kind, "segment": "", "home": POS, "second": -1, "start": 0, "end": 0,
                          "n_orders": 0, "female": rng.random(n) < 0.6, "spend_factor": 1.0, "fav": 0,
                          "store": rng.choice(3, n, p=(0.5, 0.35, 0.15))})
    return identities(rng, frame, taken)


def _days(rng, start: str, end: str, n: int) -> np.ndarray:
    lo, hi = np.datetime64(start, "D"), np.datetime64(end, "D")
    return lo + rng.integers(0, int((hi - lo).astype(int)) + 1, n).astype("timedelta64[D]")


def _member_columns(rng, people: pd.DataFrame, orders: pd.DataFrame) -> None:
    n = len(people)
    pos = orders[(orders["channel"] == POS) & (orders["person"] >= 0)]
    sales = pos[pos["status"] != "returned"]
    count = np.bincount(sales["person"], minlength=n)
    spend = np.bincount(pos["person"], weights=pos["paid"], minlength=n)
    first = sales.groupby("person")["time"].min().reindex(range(n)).to_numpy()
    last = pos.groupby("person")["time"].max().reindex(range(n)).to_numpy()
    member = people["member"].to_numpy()
    kind, segment = people["kind"].to_numpy(), people["segment"].to_numpy()
    existing = member & ((kind == "member_only") | ((people["start"].to_numpy() == 0)
                                                     & np.isin(segment, ("loyal", "regular", "lapsed"))))
    pre_count = np.where(existing, np.where(segment == "loyal", rng.integers(20, 60, n), rng.integers(1, 14, n)), 0)
    pre_spend = np.round(pre_count * 160 * rng.lognormal(0, 0.35, n), 1)
    join_old = _days(rng, "2018-03-01", "2022-11-30", n).astype("datetime64[s]")
    pre_last = np.maximum(join_old, _days(rng, "2020-01-01", "2022-12-31", n).astype("datetime64[s]")
                          + rng.integers(36000, 72000, n).astype("timedelta64[s]"))
    join = np.where(existing, join_old, first.astype("datetime64[D]").astype("datetime64[s]"))
    total = np.where(member, pre_spend + spend, np.nan)
    people["join_date"] = np.where(member, join, np.datetime64("NaT")).astype("datetime64[s]")
    people["agg_spend"] = np.round(total, 2)
    people["agg_count"] = np.where(member, pre_count + count, 0)
    people["agg_last"] = np.where(member, np.fmax(np.where(existing, pre_last, np.datetime64("NaT")), last),
                                  np.datetime64("NaT")).astype("datetime64[s]")
    people["level"] = np.select([total >= t for t, _ in reversed(LEVELS)], [name for _, name in reversed(LEVELS)],
                                "")
    people["points"] = np.where(member, np.floor(np.nan_to_num(total) * rng.uniform(0.4, 1.0, n)), 0).astype(int)
    people["birthday"] = np.where(rng.random(n) < 0.8, _days(rng, "1956-01-01", "2004-12-31", n),
                                  np.datetime64("NaT"))
    order = np.lexsort((np.arange(n), people["join_date"].to_numpy()))
    numbers = np.full(n, "", dtype=object)
    ranked = [i for i in order if member[i]]
    numbers[ranked] = [f"{i + 1:06d}" for i in range(len(ranked))]
    people["member_no"] = numbers


def _follower_columns(rng, people: pd.DataFrame) -> None:
    n = len(people)
    kind = people["kind"].to_numpy()
    member = people["member"].to_numpy()
    chance = np.select([kind == "follower_only", member, people["home"].to_numpy() == POS,
                        people["home"].to_numpy() == TAOBAO], [1.0, 0.45, 0.2, 0.08], 0.0)
    follower = rng.random(n) < chance
    people["follower"] = follower
    people["wx_phone"] = follower & ((kind != "follower_only") | (rng.random(n) < 0.3))
    codes = OPENID_CHARS[rng.integers(0, len(OPENID_CHARS), (n, 27))]
    openids = np.asarray(["o" + "".join(row) for row in codes])
    people["openid"] = np.where(follower, openids, "")
    people["follow_time"] = np.where(follower, _days(rng, "2019-06-01", "2024-12-31", n).astype("datetime64[s]")
                                     + rng.integers(28800, 86000, n).astype("timedelta64[s]"), np.datetime64("NaT"))
