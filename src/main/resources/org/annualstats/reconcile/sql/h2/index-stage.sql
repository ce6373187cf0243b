CREATE INDEX IF NOT EXISTS {stage}_key_ix ON {stage} ({key})
