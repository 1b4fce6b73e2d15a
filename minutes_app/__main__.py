"""``python -m minutes_app``: the same entry point as ``minutes-app``."""

import sys

from minutes_app.cli import main

sys.exit(main())
