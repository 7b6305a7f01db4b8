"""PDF -> pages -> document: discovery, extraction, OCR, metadata and the batch pipeline."""
