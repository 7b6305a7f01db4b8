-- Views analysts query. Re-created on every open, so they always match the code.

CREATE OR REPLACE VIEW scan_settings AS
SELECT
    coalesce(try_cast((SELECT value FROM settings WHERE key = 'reference_date') AS DATE), current_date)
        AS reference_date,
    coalesce(try_cast((SELECT value FROM settings WHERE key = 'default_norm_days') AS INTEGER), 42)
        AS default_norm_days;

-- The applicable norm per advice: the latest verordening of its municipality in force on the
-- advice date; when the corpus holds only later verordeningen of that municipality, the
-- earliest of them (a municipality's own term is a better estimate than a national default,
-- and terms rarely change between versions); else the default (42 days unless settings say
-- otherwise). norm_basis says which: 'in_force', 'later_verordening' or 'default'.
CREATE OR REPLACE VIEW advice_norms AS
WITH candidates AS (
    SELECT a.doc_id, r.doc_id AS norm_doc_id, r.response_norm_days,
           (r.valid_from IS NULL OR a.advice_date IS NULL OR r.valid_from <= a.advice_date) AS in_force,
           r.valid_from
    FROM advices a
    JOIN regulations r ON r.municipality = a.municipality AND r.response_norm_days IS NOT NULL
),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY doc_id
        ORDER BY in_force DESC,
                 CASE WHEN in_force THEN valid_from END DESC NULLS LAST,
                 CASE WHEN NOT in_force THEN valid_from END ASC NULLS LAST,
                 norm_doc_id) AS rn
    FROM candidates
)
SELECT
    a.doc_id,
    coalesce(k.response_norm_days, (SELECT default_norm_days FROM scan_settings)) AS norm_days,
    k.norm_doc_id,
    CASE WHEN k.norm_doc_id IS NULL THEN 'default'
         WHEN k.in_force THEN 'in_force' ELSE 'later_verordening' END AS norm_basis
FROM advices a
LEFT JOIN ranked k ON k.doc_id = a.doc_id AND k.rn = 1;

CREATE OR REPLACE VIEW advice_outcomes AS
WITH first_response AS (
    SELECT * EXCLUDE (rn) FROM (
        SELECT r.advice_doc_id, r.doc_id AS response_doc_id, r.response_date, r.decision,
               r.motivated, r.decision_detail, r.link_confidence,
               row_number() OVER (PARTITION BY r.advice_doc_id
                                  ORDER BY r.response_date NULLS LAST, r.doc_id) AS rn
        FROM responses r WHERE r.advice_doc_id IS NOT NULL)
    WHERE rn = 1
),
topic_lists AS (
    SELECT doc_id, list(topic ORDER BY score DESC, topic) AS topics FROM advice_topics GROUP BY doc_id
)
SELECT
    a.doc_id,
    a.council,
    a.municipality,
    year(a.advice_date) AS year,
    a.advice_date,
    a.requested,
    coalesce(t.topics, []::VARCHAR[]) AS topics,
    f.response_doc_id,
    f.response_date,
    f.decision,
    CASE WHEN f.response_date IS NOT NULL AND a.advice_date IS NOT NULL
         THEN date_diff('day', a.advice_date, f.response_date) END AS response_days,
    n.norm_days,
    f.response_doc_id IS NOT NULL AS answered,
    CASE
        WHEN f.response_doc_id IS NOT NULL THEN
            CASE WHEN f.response_date IS NULL OR a.advice_date IS NULL THEN NULL
                 ELSE date_diff('day', a.advice_date, f.response_date) <= n.norm_days END
        WHEN a.advice_date IS NULL THEN NULL
        WHEN date_diff('day', a.advice_date, s.reference_date) > n.norm_days THEN false
        ELSE NULL
    END AS timely,
    -- ours
    f.motivated,
    f.decision_detail,
    f.link_confidence,
    a.request_date,
    CASE WHEN a.request_date IS NOT NULL AND a.advice_date IS NOT NULL
         THEN date_diff('day', a.request_date, a.advice_date) END AS lead_days,
    a.subject,
    a.n_recommendations,
    n.norm_doc_id
FROM advices a
LEFT JOIN first_response f ON f.advice_doc_id = a.doc_id
LEFT JOIN topic_lists t ON t.doc_id = a.doc_id
LEFT JOIN advice_norms n ON n.doc_id = a.doc_id
CROSS JOIN scan_settings s;

-- scan_indicators (the contract view, one row per council and year) is defined in
-- views_scan.sql as the contract's columns of scan_indicators_full, so both are computed once.
