"""Where the command line's output goes: a file, or stdout."""

from pathlib import Path


def emit(text: str, path: Path | None) -> None:
    if path:
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    else:
        print(text, end="" if text.endswith("\n") else "\n")
