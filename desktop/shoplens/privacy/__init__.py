"""Privacy: the consent ledger (every change of consent, per customer and channel) and erasure ("forget")."""
