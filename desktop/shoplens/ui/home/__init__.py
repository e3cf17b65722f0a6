"""Home: the period's figures with 环比 and 同比, the trend, what changed since the last import, this week's
actions and the campaigns."""
