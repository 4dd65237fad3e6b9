"""python -m service.cli: the `nationality` command."""

import sys

from service.cli import main

sys.exit(main())
