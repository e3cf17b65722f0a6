"""ShopLens: customer profiles, segments and campaigns from a shop's spreadsheets."""

__version__ = "0.1.0"
APP_NAME = "ShopLens"
