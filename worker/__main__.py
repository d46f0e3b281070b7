"""``python -m worker`` is the ``worker`` command."""

import sys

from worker.cli import main

if __name__ == "__main__":  # not in a prepare child, which imports this module under another name
    sys.exit(main())
