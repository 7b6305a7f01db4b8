-- Scan views on top of advice_outcomes (views.sql); store/db.py applies this file after views.sql.
-- Analysts may query: scan_indicators_full (per council and year, a superset of scan_indicators),
-- scan_indicators_municipality (per municipality and year), annual_report_crosscheck and
-- annual_report_unlisted. scan_topic_groups is a replaceable table like scan_norms.

-- Which topics count as work and income, and which as care and youth (taxonomy v1 groups).
-- Rows are only added when missing, so an analyst's UPDATE of a topic's group survives.
CREATE TABLE IF NOT EXISTS scan_topic_groups (topic VARCHAR PRIMARY KEY, topic_group VARCHAR NOT NULL);
INSERT OR IGNORE INTO scan_topic_groups VALUES
    ('bijstand', 'werk_en_inkomen'), ('werk_reintegratie', 'werk_en_inkomen'),
    ('armoede_minima', 'werk_en_inkomen'), ('schulden', 'werk_en_inkomen'),
    ('handhaving', 'werk_en_inkomen'), ('wmo_zorg', 'zorg_en_jeugd'), ('jeugd', 'zorg_en_jeugd');

-- Timeliness if the norm were `days` (sensitivity): the same rule as advice_outcomes.timely.
CREATE OR REPLACE MACRO scan_timely_at(answered, response_days, advice_date, reference_date, days) AS
    CASE
        WHEN answered THEN CASE WHEN response_days IS NULL THEN NULL ELSE response_days <= days END
        WHEN advice_date IS NULL THEN NULL
        WHEN date_diff('day', advice_date, reference_date) > days THEN false
        ELSE NULL
    END;

-- One row per advice: advice_outcomes plus the topic groups and the sensitivity columns.
CREATE OR REPLACE VIEW scan_advice_facts AS
WITH grouped AS (
    SELECT
        o.*,
        len(o.topics) > 0 AS has_topic,
        list_has_any(o.topics, (SELECT list(topic) FROM scan_topic_groups
                                 WHERE topic_group = 'werk_en_inkomen')) AS work_income,
        list_has_any(o.topics, (SELECT list(topic) FROM scan_topic_groups
                                 WHERE topic_group = 'zorg_en_jeugd')) AS care,
        scan_timely_at(o.answered, o.response_days, o.advice_date, s.reference_date, 28) AS timely_28,
        scan_timely_at(o.answered, o.response_days, o.advice_date, s.reference_date, 56) AS timely_56
    FROM advice_outcomes o CROSS JOIN scan_settings s
)
SELECT
    *,
    -- a broad council: any of its advices (any year) is on Wmo or Jeugd
    bool_or(care) OVER (PARTITION BY council, municipality) AS council_broad,
    bool_or(care) OVER (PARTITION BY municipality) AS municipality_broad
FROM grouped;

-- The indicators, per (council, municipality, year) and per (municipality, year) in one pass.
-- `council_filter` (part of a council name, or NULL) is applied before grouping, so municipality
-- rows of a filtered scan count only that council's advices.
CREATE OR REPLACE MACRO scan_indicators_for(council_filter) AS TABLE
SELECT
    CASE WHEN grouping(council) = 1 THEN 'municipality' ELSE 'council' END AS level,
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
    count(requested) AS n_requested_known,
    count(decision) AS n_decided,
    count(timely) AS n_timely_known,
    count(CASE WHEN decision IN ('not_adopted', 'partially_adopted') THEN 1 END) AS n_rejections,
    quantile_cont(response_days, 0.9) AS p90_response_days,
    count(*) FILTER (WHERE NOT answered) AS n_unanswered,
    median(lead_days) AS median_lead_days,
    count(lead_days) AS n_lead_known,
    avg((lead_days < 28)::INTEGER) AS share_lead_under_28,
    -- added by the scan
    list_sort(list_distinct(list(council) FILTER (WHERE council IS NOT NULL))) AS councils,
    count(*) FILTER (WHERE answered) AS n_answered,
    count(response_days) AS n_response_days,
    avg(((decision IN ('adopted', 'partially_adopted'))::INTEGER)) AS share_adopted_incl_partial,
    avg(timely_28::INTEGER) AS timely_rate_28,
    count(timely_28) AS n_timely_known_28,
    avg(timely_56::INTEGER) AS timely_rate_56,
    count(timely_56) AS n_timely_known_56,
    count(*) FILTER (WHERE has_topic) AS n_with_topics,
    count(*) FILTER (WHERE work_income) AS n_work_income,
    count(*) FILTER (WHERE care) AS n_care,
    avg(work_income::INTEGER) FILTER (WHERE has_topic) AS work_income_share,
    avg(care::INTEGER) FILTER (WHERE has_topic) AS care_share,
    -- per topic: advices on it, and their share of the advices with a topic
    coalesce(list_aggregate(flatten(list(topics)), 'histogram'), MAP {}) AS topic_counts,
    map_from_entries(list_transform(
        map_entries(coalesce(list_aggregate(flatten(list(topics)), 'histogram'), MAP {})),
        e -> {'k': e.key, 'v': e.value / count(*) FILTER (WHERE has_topic)})) AS topic_shares,
    CASE WHEN grouping(council) = 1 THEN bool_or(municipality_broad) ELSE bool_or(council_broad) END
        AS broad_council,
    CASE
        WHEN NOT (CASE WHEN grouping(council) = 1 THEN bool_or(municipality_broad)
                       ELSE bool_or(council_broad) END) THEN NULL
        WHEN count(*) FILTER (WHERE has_topic) = 0 THEN NULL
        ELSE avg(work_income::INTEGER) FILTER (WHERE has_topic)
             < coalesce((SELECT threshold FROM scan_norms WHERE id = 'work_income_share_min'), 1 / 3)
    END AS snowed_under
FROM scan_advice_facts
WHERE council_filter IS NULL OR council ILIKE '%' || council_filter || '%'
GROUP BY GROUPING SETS ((council, municipality, year), (municipality, year));

CREATE OR REPLACE VIEW scan_indicators_full AS
SELECT f.* EXCLUDE (level),
       (SELECT c.council_id FROM councils c
         WHERE c.name = f.council AND c.municipality = f.municipality) AS council_id
FROM scan_indicators_for(NULL) f WHERE level = 'council';

-- The contract view: its columns, in its order, from the same computation as the full view.
CREATE OR REPLACE VIEW scan_indicators AS
SELECT council, municipality, year, n_advices, share_requested, response_rate, timely_rate,
       median_response_days, share_adopted, share_partially_adopted, share_not_adopted, share_noted,
       share_motivated_rejections, topics_covered,
       -- ours: the n behind each rate, and responsiveness and lead-time figures
       n_requested_known, n_decided, n_timely_known, n_rejections, p90_response_days, n_unanswered,
       median_lead_days, n_lead_known, share_lead_under_28, council_id
FROM scan_indicators_full;

CREATE OR REPLACE VIEW scan_indicators_municipality AS
SELECT * EXCLUDE (level, council) FROM scan_indicators_for(NULL) WHERE level = 'municipality';

-- Subject words for matching annual-report rows to letters: lower case, no accents, no numbers,
-- no words that every advice subject shares.
CREATE OR REPLACE MACRO scan_subject_words(s) AS
    list_distinct(list_filter(
        regexp_split_to_array(lower(strip_accents(coalesce(s, ''))), '[^a-z0-9]+'),
        w -> length(w) >= 3 AND NOT regexp_full_match(w, '[0-9]+')
             AND NOT list_contains(['advies', 'adviezen', 'gevraagd', 'ongevraagd', 'reactie',
                                    'concept', 'het', 'een', 'van', 'voor', 'over', 'bij', 'met',
                                    'aan', 'uit', 'door', 'naar', 'uw', 'onze', 'ons', 'inzake',
                                    'betreft', 'onderwerp', 'de', 'en', 'op', 'in', 'te'], w)));

-- Overlap coefficient: shared words over the shorter subject's words (a report row is usually a
-- shortened subject line).
CREATE OR REPLACE MACRO scan_subject_similarity(a, b) AS
    CASE WHEN least(len(scan_subject_words(a)), len(scan_subject_words(b))) = 0 THEN 0.0
         ELSE len(list_intersect(scan_subject_words(a), scan_subject_words(b)))
              / least(len(scan_subject_words(a)), len(scan_subject_words(b)))
    END;

-- Same council: equal names, or the same municipality with a missing or closely similar council
-- name ("Cliëntenraad Tilburg" / "Cliëntenraad Werk en Inkomen Tilburg"), so a report of one
-- council is not matched against letters of another council in the same municipality.
CREATE OR REPLACE MACRO scan_same_council(council_a, municipality_a, council_b, municipality_b) AS
    CASE
        WHEN council_a = council_b THEN true
        WHEN municipality_a IS NULL OR municipality_b IS NULL OR municipality_a <> municipality_b THEN false
        WHEN council_a IS NULL OR council_b IS NULL THEN true
        ELSE jaro_winkler_similarity(lower(council_a), lower(council_b)) >= 0.85
    END;

-- The jaarverslag's "ja / deels / nee / kennisgenomen" as a decision code; NULL when unreadable.
CREATE OR REPLACE MACRO scan_listed_decision(adopted) AS
    CASE
        WHEN adopted IS NULL THEN NULL
        WHEN regexp_matches(lower(adopted), '^(ja|volledig|overgenomen)') THEN 'adopted'
        WHEN regexp_matches(lower(adopted), 'deels|gedeeltelijk|grotendeels|ten dele') THEN 'partially_adopted'
        WHEN regexp_matches(lower(adopted), 'kennis|n\.?v\.?t|staand beleid|reeds|meegenomen') THEN 'noted'
        WHEN regexp_matches(lower(adopted), '^(nee|niet)') THEN 'not_adopted'
        ELSE NULL
    END;

-- One row per row of a jaarverslag's advice table, with the letter it matches (if any).
-- Match: same council (scan_same_council), the report's year; advice date within 3 days, else
-- subject similarity >= 0.5. Each row and each advice is used at most once (mutual best).
CREATE OR REPLACE VIEW annual_report_crosscheck AS
WITH listed AS (
    SELECT ar.doc_id AS report_doc_id, ar.council, ar.municipality,
           coalesce(ar.year, year(x.advice_date)) AS year, x.row_no,
           x.advice_date AS listed_date, x.subject AS listed_subject,
           x.requested AS listed_requested, x.answered AS listed_answered,
           x.adopted AS listed_adopted, scan_listed_decision(x.adopted) AS listed_decision, x.raw
    FROM annual_report_advices x JOIN annual_reports ar USING (doc_id)
),
candidates AS (
    SELECT l.report_doc_id, l.row_no, o.doc_id AS advice_doc_id,
           abs(date_diff('day', l.listed_date, o.advice_date)) AS date_gap,
           scan_subject_similarity(l.listed_subject, o.subject) AS subject_similarity,
           o.council IS NOT DISTINCT FROM l.council AS same_council
    FROM listed l JOIN advice_outcomes o
      ON scan_same_council(l.council, l.municipality, o.council, o.municipality) AND o.year = l.year
),
scored AS (
    SELECT *,
           CASE WHEN date_gap <= 3 THEN 'date' WHEN subject_similarity >= 0.5 THEN 'subject' END
               AS match_method
    FROM candidates
),
ranked AS (
    SELECT *,
           row_number() OVER (PARTITION BY report_doc_id, row_no
               ORDER BY match_method = 'date' DESC, date_gap NULLS LAST, subject_similarity DESC,
                        same_council DESC, advice_doc_id) AS rank_for_row,
           row_number() OVER (PARTITION BY advice_doc_id
               ORDER BY match_method = 'date' DESC, date_gap NULLS LAST, subject_similarity DESC,
                        same_council DESC, report_doc_id, row_no) AS rank_for_advice
    FROM scored WHERE match_method IS NOT NULL
),
matched AS (SELECT * FROM ranked WHERE rank_for_row = 1 AND rank_for_advice = 1),
joined AS (
    SELECT l.*, m.advice_doc_id, m.match_method, m.date_gap, m.subject_similarity,
           o.advice_date AS letter_date, o.subject AS letter_subject,
           o.requested AS letter_requested, o.answered AS letter_answered,
           o.decision AS letter_decision, o.response_doc_id
    FROM listed l
    LEFT JOIN matched m USING (report_doc_id, row_no)
    LEFT JOIN advice_outcomes o ON o.doc_id = m.advice_doc_id
)
SELECT
    *,
    list_filter([
        CASE WHEN listed_requested <> letter_requested THEN 'requested' END,
        CASE WHEN listed_answered <> letter_answered THEN 'answered' END,
        CASE WHEN listed_decision <> letter_decision THEN 'decision' END], x -> x IS NOT NULL)
        AS disagreements,
    CASE
        WHEN advice_doc_id IS NULL THEN 'no_letter'
        WHEN listed_requested <> letter_requested OR listed_answered <> letter_answered
             OR listed_decision <> letter_decision THEN 'disagrees'
        ELSE 'agrees'
    END AS status
FROM joined;

-- Advices found as letters for a council-year whose jaarverslag lists advices but not this one.
CREATE OR REPLACE VIEW annual_report_unlisted AS
WITH reports AS (
    SELECT DISTINCT report_doc_id, council, municipality, year FROM annual_report_crosscheck
)
SELECT r.report_doc_id, r.council AS report_council, o.doc_id AS advice_doc_id, o.council,
       o.municipality, o.year, o.advice_date, o.subject, o.answered, o.decision
FROM reports r
JOIN advice_outcomes o
  ON scan_same_council(r.council, r.municipality, o.council, o.municipality) AND o.year = r.year
WHERE o.doc_id NOT IN (SELECT advice_doc_id FROM annual_report_crosscheck WHERE advice_doc_id IS NOT NULL);
