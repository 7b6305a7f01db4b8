"""Dutch-language helpers shared by all stages: dates, terms, references, places."""
