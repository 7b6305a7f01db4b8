"""Document -> classifications: type, topics, requested, decision, norms, links."""
