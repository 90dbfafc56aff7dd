"""Schemathesis hooks for the Chanjiao Atlas API.

A serializer for `application/x-ndjson`, so `POST /api/import` is fuzzed too: the generated
string is sent as one raw line (exercising the NDJSON parser with arbitrary text; for strings of
odd length) followed by a well-formed node record that uses the same string as its key and names (exercising record
validation, key rules and the store with arbitrary Unicode). Lists and objects become one JSON
line per item.
"""
import json

import schemathesis


def _line(value):
    return json.dumps(value, ensure_ascii=False)


@schemathesis.serializer("application/x-ndjson")
def ndjson_serializer(ctx, value):
    if isinstance(value, bytes):
        return {"data": value}
    if isinstance(value, str):
        record = {
            "type": "node",
            "kind": "Competency",
            "key": value,
            "props": {"name_zh": value or "x", "name_en": value or "x", "dimension": "skill"},
        }
        # Half the cases carry only the record, so the import gets past the parser and writes.
        raw = "" if len(value) % 2 == 0 else value.replace("\n", " ") + "\n"
        text = raw + _line(record) + "\n"
    elif isinstance(value, list):
        text = "".join(_line(item) + "\n" for item in value)
    else:
        text = _line(value) + "\n"
    return {"data": text.encode("utf-8", "surrogatepass")}
