"""Every way into the engine.

cli         the `nationality` command
api         the HTTP API for registries (and `nationality serve`)
pages       the caseworker's guided interview and its report, in a browser
reports     what people read: the screening report, the reform lab's reports
documents   reading case files and batch lines, writing answers: shared by all of them
catalog     the law as the interfaces list it: states, rules, citations, shipped reforms
"""
