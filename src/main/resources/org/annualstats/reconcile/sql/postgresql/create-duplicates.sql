-- PostgreSQL sorts 64-bit hashes of the keys: hashing millions of distinct text keys spills to
-- disk and takes three times as long, and a hash is cheaper to sort than text under a collation.
-- The few hashes that repeat are then resolved into keys exactly.
SET LOCAL enable_hashagg = off;
SET LOCAL work_mem = '256MB';
CREATE UNLOGGED TABLE {keys} AS
SELECT hashtextextended(g.{key}, 0) AS key_hash
FROM {stage} g
GROUP BY 1
HAVING COUNT(*) > 1;
ANALYZE {keys};
RESET enable_hashagg;
CREATE UNLOGGED TABLE {dup} AS
SELECT x.record_key, x.file_seq, x.row_no, x.copies,
       ROW_NUMBER() OVER (PARTITION BY x.record_key ORDER BY x.file_seq DESC, x.row_no DESC) AS pos
FROM (SELECT s.{key} AS record_key, s.file_seq, s.row_no, COUNT(*) OVER (PARTITION BY s.{key}) AS copies
      FROM {keys} k
      JOIN {stage} s ON hashtextextended(s.{key}, 0) = k.key_hash) x
WHERE x.copies > 1
