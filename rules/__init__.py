"""Rule packs (YAML) shipped with lettercheck; this file only makes the folder importable as lettercheck.rulepacks."""
