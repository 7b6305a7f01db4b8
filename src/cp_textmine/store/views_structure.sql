-- The structure half of the scan (issue 13; contract: council_structure).
-- One row per (municipality, council, norm): the verordening in force (latest valid_from on the
-- peildatum) and the latest annual report of each council. Only norms with a row in scan_norms
-- appear, so a researcher swaps the norm set by replacing those rows.

CREATE OR REPLACE VIEW structure_sources AS
WITH regs AS (
    SELECT d.doc_id, d.municipality, d.council, 'verordening' AS source_type, NULL::INTEGER AS year,
           row_number() OVER (PARTITION BY d.municipality
                              ORDER BY r.valid_from DESC NULLS LAST, d.doc_date DESC NULLS LAST, d.doc_id)
               AS rn
    FROM documents d
    JOIN regulations r USING (doc_id)
    WHERE d.municipality IS NOT NULL
      AND (r.valid_from IS NULL OR r.valid_from <= (SELECT reference_date FROM scan_settings))
),
reports AS (
    SELECT d.doc_id, d.municipality, coalesce(a.council, d.council) AS council,
           'jaarverslag' AS source_type, a.year,
           row_number() OVER (PARTITION BY d.municipality, coalesce(a.council, d.council)
                              ORDER BY a.year DESC NULLS LAST, d.doc_id) AS rn
    FROM documents d
    JOIN annual_reports a USING (doc_id)
    WHERE d.municipality IS NOT NULL
)
SELECT doc_id, municipality, council, source_type, year FROM regs WHERE rn = 1
UNION ALL
SELECT doc_id, municipality, council, source_type, year FROM reports WHERE rn = 1;

CREATE OR REPLACE VIEW council_structure AS
SELECT
    s.municipality,
    -- the council the source names (any of its name variants), else the municipality's most
    -- documented council: a verordening sets the norms for the council of its municipality
    coalesce(
        (SELECT c.council_id FROM councils c
          WHERE c.municipality = s.municipality AND list_contains(c.aliases, s.council)),
        (SELECT c.council_id FROM councils c WHERE c.municipality = s.municipality
          ORDER BY len(c.aliases) DESC, c.council_id LIMIT 1),
        s.council) AS council_id,
    v.norm_id,
    v.value,
    CASE
        WHEN v.value IS NULL THEN NULL
        WHEN v.norm_id = 'response_term_days'
            THEN try_cast(v.value AS INTEGER) <= coalesce(n.threshold, (SELECT default_norm_days FROM scan_settings))
        WHEN v.norm_id = 'vacancies' THEN v.value = 'false'
        WHEN v.norm_id = 'achterban_activities'
            THEN len(list_filter(string_split(v.value, ','), x -> x <> '')) >= coalesce(n.threshold, 1)
        WHEN v.value IN ('true', 'false') THEN v.value = 'true'
        WHEN n.threshold IS NULL THEN NULL
        ELSE try_cast(v.value AS DOUBLE) >= n.threshold
    END AS met,
    v.doc_id AS source_doc_id,
    v.page,
    v.snippet,
    v.valid_from,
    -- ours
    s.source_type,
    v.year,
    n.threshold,
    v.char_start,
    v.char_end,
    v.article
FROM structure_sources s
JOIN structure_values v ON v.doc_id = s.doc_id
JOIN scan_norms n ON n.id = v.norm_id;
