"""The HTTP API for registries, versioned under /v1 (README: Service).

app         the FastAPI app: what the routes share, its middleware and error handlers
requests    reading a request: JSON bodies, media types, the language asked for
guard       the middleware: request id, body limits, privacy headers, the log line
ndjson      batches streamed in and out as NDJSON
screening, law, lab, operations   the routes, by the scope a key needs
access      API keys, scopes and rate limits;  config  the service's settings
problems    errors as RFC 9457 problem details
openapi     the OpenAPI document;  examples  the data its examples are made from
serve       `nationality serve`: check the configuration and the law, then run uvicorn
"""
