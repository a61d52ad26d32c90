"""Validates documents against botocore's own RegisterTaskDefinition input shape, offline.

Reads JSON lines on stdin, one document per line; prints one JSON line per document:
{"ok": true} or {"ok": false, "report": "<botocore's report>"}. This is the check the AWS CLI runs
before it sends anything; it never touches the network.
"""
import json
import sys

import botocore.session
from botocore.validate import ParamValidator

operation = botocore.session.get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition")
validator = ParamValidator()
for line in sys.stdin:
    if not line.strip():
        continue
    report = validator.validate(json.loads(line), operation.input_shape)
    if report.has_errors():
        print(json.dumps({"ok": False, "report": report.generate_report()}))
    else:
        print(json.dumps({"ok": True}))
    sys.stdout.flush()
