"""The annotation loop: export documents for labelling, import labels, review, measure agreement."""
