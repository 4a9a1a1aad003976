#!/usr/bin/env python3
"""Validates kinerja JSON outputs against Schemas/kinerja.schema.json with the real
`jsonschema` validator (Draft 2020-12). Usage: validate_schema.py FILE.json...
Prints one line per invalid file and exits 1 when any is invalid."""
import json
import os
import sys

import jsonschema

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "Schemas", "kinerja.schema.json"), encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
    bad += bool(errors)
print(f"{len(sys.argv) - 1 - bad} valid, {bad} invalid")
sys.exit(1 if bad else 0)
