"""What people read: the screening report (text, Markdown, HTML), shared by the command line and
the caseworker's pages, and the reform lab's reports (text, CSV, HTML), shared by the command
line and the HTTP service."""
