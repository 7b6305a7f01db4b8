"""Benchmarks: scripts that print figures (python -m bench.<name>); results in bench/RESULTS.md."""
