-- Views analysts query. Re-created on every open, so they always match the code.

CREATE OR REPLACE VIEW scan_settings AS
SELECT
    coalesce(try_cast((SELECT value FROM settings WHERE key = 'reference_date') AS DATE), current_date)
        AS reference_date,
    coalesce(try_cast((SELECT value FROM settings WHERE key = 'default_norm_days') AS INTEGER), 42)
        AS default_norm_days;

-- The applicable norm per advice: the latest verordening of its municipality in force on the
-- advice date, else the default (42 days unless settings say otherwise).
CREATE OR REPLACE VIEW advice_norms AS
SELECT
    a.doc_id,
    coalesce(
        (SELECT r.response_norm_days FROM regulations r
          WHERE r.municipality = a.municipality AND r.response_norm_days IS NOT NULL
            AND (r.valid_from IS NULL OR a.advice_date IS NULL OR r.valid_from <= a.advice_date)
          ORDER BY r.valid_from DESC NULLS LAST, r.doc_id LIMIT 1),
        (SELECT default_norm_days FROM scan_settings)) AS norm_days,
    (SELECT r.doc_id FROM regulations r
      WHERE r.municipality = a.municipality AND r.response_norm_days IS NOT NULL
        AND (r.valid_from IS NULL OR a.advice_date IS NULL OR r.valid_from <= a.advice_date)
      ORDER BY r.valid_from DESC NULLS LAST, r.doc_id LIMIT 1) AS norm_doc_id
FROM advices a;

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

CREATE OR REPLACE VIEW scan_indicators AS
SELECT
    council,
    municipality,
    year,
    count(*) AS n_advices,
    avg(requested::INTEGER) AS share_requested,
    avg(answered::INTEGER) AS response_rate,
    avg(timely::INTEGER) AS timely_rate,
    median(response_days) AS median_response_days,
    avg((decision = 'adopted')::INTEGER) AS share_adopted,
    avg((decision = 'partially_adopted')::INTEGER) AS share_partially_adopted,
    avg((decision = 'not_adopted')::INTEGER) AS share_not_adopted,
    avg((decision = 'noted')::INTEGER) AS share_noted,
    avg(CASE WHEN decision IN ('not_adopted', 'partially_adopted') THEN motivated::INTEGER END)
        AS share_motivated_rejections,
    list_sort(list_distinct(flatten(list(topics)))) AS topics_covered,
    -- ours: the n behind each rate, so small denominators can be flagged
    count(requested) AS n_requested_known,
    count(decision) AS n_decided,
    count(timely) AS n_timely_known,
    count(CASE WHEN decision IN ('not_adopted', 'partially_adopted') THEN 1 END) AS n_rejections,
    quantile_cont(response_days, 0.9) AS p90_response_days,
    count(*) FILTER (WHERE NOT answered) AS n_unanswered,
    median(lead_days) AS median_lead_days,
    count(lead_days) AS n_lead_known,
    avg((lead_days < 28)::INTEGER) AS share_lead_under_28
FROM advice_outcomes
GROUP BY council, municipality, year;
