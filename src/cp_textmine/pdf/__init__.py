"""Layer 1: PDF files -> pages. Discovery and hashing, text and tables (pdfium, pdfplumber), OCR.

Imports only the layer-0 modules (records, config, errors).
"""
