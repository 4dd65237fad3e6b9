"""Schemathesis hooks for tests/test_http_schemathesis.py: NDJSON bodies are sent as text."""

import schemathesis

schemathesis.serializer.alias("application/x-ndjson", "text/plain")
