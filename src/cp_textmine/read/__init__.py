"""Layer 2: pages -> the document's text. Sentences, header fields, metadata, Dutch dates, places, terms.

Imports only pdf-free layer-0 modules (records, config, errors).
"""
