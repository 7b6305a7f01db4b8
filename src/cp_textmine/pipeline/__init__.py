"""Layer 5: one file through every step (process), many files on workers, the batch (run).

May import store, classify, read, pdf and layer 0.
"""
