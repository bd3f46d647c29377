/**
 * The ranking of a call's shortlist, computed in one SQL statement ($1: the call).
 * - Ranked: the call's shortlisted and selected applications, and any other (not withdrawn) that has assignments.
 * - Counted: submitted evaluations without a conflict of interest; a conflict is excluded and reported.
 * - Per panel: mean of each criterion, overall = mean over evaluations of the criteria-weighted score
 *   (Σ weight × score / Σ weight, the call's weights), population standard deviation of those scores.
 * - Combined: the panel means weighted by the call's panel weights, over the panels that have evaluations;
 *   dispersion over every counted evaluation.
 * - expected = assignments; missing = assignments without a counted evaluation nor a declared conflict.
 * - rank: by combined overall (rounded to 6 decimals), descending, unscored last; equal ranks are flagged as ties.
 */
export const RANKING_SQL = `
WITH w AS (
  SELECT general_interest_weight AS gw, impact_weight AS iw, maturity_weight AS mw, carrier_weight AS cw, shared_governance_weight AS sw,
         general_interest_weight + impact_weight + maturity_weight + carrier_weight + shared_governance_weight AS total,
         jury_weight, citizen_weight
    FROM calls WHERE id = $1
), ranked AS (
  SELECT a.id, a.reference, a.project_name, a.carrier_name, a.status, a.laureate_id
    FROM applications a
   WHERE a.call_id = $1 AND a.status <> 'withdrawn'
     AND (a.status IN ('shortlisted', 'selected') OR EXISTS (SELECT 1 FROM evaluator_assignments ea WHERE ea.application_id = a.id))
), ev AS (
  SELECT ea.application_id, ea.panel,
         coalesce(e.conflict_of_interest, false) AS conflict,
         coalesce(e.status = 'submitted' AND NOT e.conflict_of_interest, false) AS counted,
         e.general_interest, e.impact, e.maturity, e.carrier, e.shared_governance,
         (e.general_interest * w.gw + e.impact * w.iw + e.maturity * w.mw + e.carrier * w.cw + e.shared_governance * w.sw) / w.total AS score
    FROM evaluator_assignments ea
    JOIN ranked r ON r.id = ea.application_id
    CROSS JOIN w
    LEFT JOIN evaluations e ON e.application_id = ea.application_id AND e.evaluator_id = ea.evaluator_id
), per_panel AS (
  SELECT application_id, panel,
         count(*)::int AS expected,
         count(*) FILTER (WHERE counted)::int AS evaluations,
         count(*) FILTER (WHERE conflict)::int AS conflicts,
         avg(general_interest) FILTER (WHERE counted) AS general_interest,
         avg(impact) FILTER (WHERE counted) AS impact,
         avg(maturity) FILTER (WHERE counted) AS maturity,
         avg(carrier) FILTER (WHERE counted) AS carrier,
         avg(shared_governance) FILTER (WHERE counted) AS shared_governance,
         avg(score) FILTER (WHERE counted) AS overall,
         stddev_pop(score) FILTER (WHERE counted) AS stddev,
         CASE panel WHEN 'jury' THEN (SELECT jury_weight FROM w) ELSE (SELECT citizen_weight FROM w) END AS weight
    FROM ev GROUP BY application_id, panel
), combined AS (
  SELECT r.*,
         coalesce(sum(p.expected), 0)::int AS expected,
         coalesce(sum(p.evaluations), 0)::int AS evaluations,
         coalesce(sum(p.conflicts), 0)::int AS conflicts,
         sum(p.weight * p.general_interest) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS general_interest,
         sum(p.weight * p.impact) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS impact,
         sum(p.weight * p.maturity) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS maturity,
         sum(p.weight * p.carrier) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS carrier,
         sum(p.weight * p.shared_governance) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS shared_governance,
         sum(p.weight * p.overall) FILTER (WHERE p.evaluations > 0) / nullif(sum(p.weight) FILTER (WHERE p.evaluations > 0), 0) AS overall,
         (SELECT stddev_pop(score) FILTER (WHERE counted) FROM ev WHERE ev.application_id = r.id) AS stddev,
         coalesce(jsonb_object_agg(p.panel, jsonb_build_object(
           'expected', p.expected, 'evaluations', p.evaluations, 'conflicts', p.conflicts, 'missing', p.expected - p.evaluations - p.conflicts,
           'overall', round(p.overall, 4), 'stddev', round(p.stddev, 4),
           'criteria', jsonb_build_object('generalInterest', round(p.general_interest, 4), 'impact', round(p.impact, 4), 'maturity', round(p.maturity, 4),
                                          'carrier', round(p.carrier, 4), 'sharedGovernance', round(p.shared_governance, 4))
         )) FILTER (WHERE p.panel IS NOT NULL), '{}') AS panels
    FROM ranked r LEFT JOIN per_panel p ON p.application_id = r.id
   GROUP BY r.id, r.reference, r.project_name, r.carrier_name, r.status, r.laureate_id
)
SELECT id AS "applicationId", reference, project_name AS "projectName", carrier_name AS "carrierName", status, laureate_id AS "laureateId",
       rank() OVER (ORDER BY round(overall, 6) DESC NULLS LAST)::int AS rank,
       (overall IS NOT NULL AND count(*) OVER (PARTITION BY round(overall, 6)) > 1) AS tied,
       round(overall, 4)::float8 AS overall, round(stddev, 4)::float8 AS stddev,
       expected, evaluations, conflicts, expected - evaluations - conflicts AS missing,
       jsonb_build_object('generalInterest', round(general_interest, 4), 'impact', round(impact, 4), 'maturity', round(maturity, 4),
                          'carrier', round(carrier, 4), 'sharedGovernance', round(shared_governance, 4)) AS criteria,
       panels
  FROM combined
 ORDER BY rank, reference`;
