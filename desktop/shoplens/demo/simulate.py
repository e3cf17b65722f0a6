"""Simulate the demo shop (people, orders, order lines) for a seed; the files are written from this."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .members import members_and_followers
from .people import buyers, choose_members
from .pricing import price_orders, returns
from .sales import anonymous_tickets, order_lines, person_orders


@dataclass
class DemoShop:
    """Everything the demo files are written from: one row per person, per order and per order line."""

    people: pd.DataFrame
    orders: pd.DataFrame
    lines: pd.DataFrame


def simulate(seed: int, customers: int) -> DemoShop:
    """People (buyers, members without orders in the period, WeChat-only followers), orders and lines."""
    rng = np.random.default_rng(seed)
    people = buyers(rng, customers)
    orders = person_orders(rng, people)
    people["member"] = choose_members(rng, people, orders)
    orders = pd.concat([orders, anonymous_tickets(rng, orders)], ignore_index=True)
    lines = order_lines(rng, orders, people)
    orders = price_orders(rng, orders, lines, people)
    extra, extra_lines = returns(rng, orders, lines)
    orders = pd.concat([orders, extra])
    lines = pd.concat([lines, extra_lines], ignore_index=True)
    people = members_and_followers(rng, people, orders)
    return DemoShop(people, orders, lines)
