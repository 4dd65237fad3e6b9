"""The caseworker's pages: a guided interview at `/` and the screening report as its answer
(docs/interview.md). `routes` serves them, `interview` holds the questions and turns the form
into a case and back; templates/ and static/ are theirs."""
