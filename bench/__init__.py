"""Benchmarks, run on demand: python -m bench.<name>."""
