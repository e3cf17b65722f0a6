"""Small helpers every layer may use (no ShopLens imports, no Qt)."""
