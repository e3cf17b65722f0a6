"""Numerics the models and campaign statistics need, in numpy and the math module (no scipy in the app).

special: log-gamma, digamma, log-beta and the BG/NBD hypergeometric bracket; optimize: a bounded quasi-Newton
minimiser; distributions: Student's t and Fisher's exact test. tests/test_numeric_*.py check them against scipy.
"""
