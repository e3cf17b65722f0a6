"""Purchase-probability and lifetime-value models (BG/NBD, Gamma-Gamma) and each customer's predictions."""
