"""Every way into the engine: the command line (cli), and later the HTTP service and pages."""
